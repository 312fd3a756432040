package org.igkit.assurance.csvimport;

import java.io.Reader;
import java.util.Objects;

import org.igkit.assurance.register.AssuranceRegister;
import org.igkit.core.error.ValidationException;

/**
 * Imports staff, completions and attestations from CSV into the registers. Each file is checked whole first: a file
 * with any fault (a malformed cell, an unknown person, course or policy version) is refused with every fault at its line
 * and column, and nothing is written. A clean file is written as one batch in one unit of work with one audit entry
 * naming {@code batchId}. Importing the same file again writes nothing new (facts are keyed; staff rows replace the
 * stored copies).
 */
public final class AssuranceImport {
    private final AssuranceRegister register;

    private AssuranceImport(AssuranceRegister register) {
        this.register = Objects.requireNonNull(register, "register");
    }

    /** An importer into {@code register}. */
    public static AssuranceImport into(AssuranceRegister register) {
        return new AssuranceImport(register);
    }

    /** What an import wrote. */
    public record Result(String batchId, int rows, int added) {
    }

    /** Adds or replaces the staff in {@code csv} (the HR export is the master: a row replaces the stored copy). */
    public Result staff(Reader csv, String batchId, String actor) {
        Parsed<org.igkit.assurance.staff.StaffMember> parsed = StaffCsv.parseWithLines(csv);
        try {
            int added = register.training().importStaff(batchId, parsed.values(), actor);
            return new Result(batchId, parsed.values().size(), added);
        } catch (ValidationException e) {
            throw parsed.atLines(e);
        }
    }

    /** Records the completions in {@code csv}. */
    public Result completions(Reader csv, String batchId, String actor) {
        Parsed<org.igkit.assurance.training.Completion> parsed = CompletionCsv.parseWithLines(csv);
        try {
            return new Result(batchId, parsed.values().size(),
                    register.training().recordCompletions(batchId, parsed.values(), actor));
        } catch (ValidationException e) {
            throw parsed.atLines(e);
        }
    }

    /** Records the attestations in {@code csv}. */
    public Result attestations(Reader csv, String batchId, String actor) {
        Parsed<org.igkit.assurance.attestation.Attestation> parsed = AttestationCsv.parseWithLines(csv);
        try {
            return new Result(batchId, parsed.values().size(),
                    register.attestations().recordAll(batchId, parsed.values(), actor));
        } catch (ValidationException e) {
            throw parsed.atLines(e);
        }
    }
}
