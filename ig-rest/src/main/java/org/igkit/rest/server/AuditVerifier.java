package org.igkit.rest.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.igkit.core.audit.AuditCheckpoint;
import org.igkit.core.audit.ChainVerification;
import org.igkit.core.error.ValidationException;

/**
 * Verifies the audit log of the store the server is configured with (the same settings: {@code ig.store.path},
 * {@code ig.audit.key}, {@code ig.audit.retired-keys}), optionally against a checkpoint kept elsewhere:
 *
 * <pre>{@code
 * java -cp igkit-server.jar org.igkit.rest.server.AuditVerifier [checkpoint-file]
 * }</pre>
 *
 * <p>Exit status 0: intact; 1: not intact (the first problem is printed); 2: the command or the configuration is
 * wrong. Use it on a copy of the database with the key from where it is kept; the store's schema is migrated on
 * opening, as the server would.
 */
public final class AuditVerifier {
    private AuditVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, IgServer.configuration(Map.of()), System.out, System.err));
    }

    /** Runs the verification and returns the exit status. */
    static int run(String[] args, Config config, PrintStream out, PrintStream err) {
        if (args.length > 1) {
            err.println("usage: java -cp igkit-server.jar " + AuditVerifier.class.getName() + " [checkpoint-file]");
            return 2;
        }
        ServerSettings settings;
        Optional<AuditCheckpoint> kept;
        try {
            settings = ServerSettings.from(config);
            kept = args.length == 1 ? Optional.of(AuditCheckpoint.parse(Files.readString(Path.of(args[0]))))
                    : Optional.empty();
        } catch (ValidationException e) {
            err.println("cannot verify: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read the checkpoint file " + args[0] + ": " + e.getMessage());
            return 2;
        }
        try (CompositionRoot root = CompositionRoot.open(settings, Clock.systemUTC())) {
            ChainVerification result = kept.map(root.auditLog()::verifyAgainst).orElseGet(root.auditLog()::verify);
            if (result.isIntact()) {
                out.println("intact: " + result.entriesChecked() + " entries checked (" + result.unsealedEntries()
                        + " unsealed), " + result.checkpointsChecked() + " checkpoints; " + root.describeStore());
                return 0;
            }
            out.println("NOT INTACT at entry " + result.firstBrokenAt() + ": " + result.problem() + "; "
                    + root.describeStore());
            return 1;
        }
    }
}
