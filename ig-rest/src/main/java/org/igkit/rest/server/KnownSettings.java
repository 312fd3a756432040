package org.igkit.rest.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigSource;

import org.igkit.core.audit.AuditSealing;

/**
 * The one table of the settings the server reads: key, default and meaning. {@link ServerSettings} takes its defaults
 * from it, {@code --help} prints it, and a key under {@code ig.} that is not in it is reported with the nearest key
 * that is, because MicroProfile Config itself ignores a misspelt key without a word.
 */
public final class KnownSettings {
    /**
     * One setting.
     *
     * @param key          the MicroProfile Config key, e.g. {@code ig.http.port}
     * @param defaultValue the value used when none is given ({@code ""} for none)
     * @param meaning      what it sets, for a person reading {@code --help}
     */
    public record Setting(String key, String defaultValue, String meaning) {
        /** The environment variable that sets it: {@code IG_HTTP_PORT} (MicroProfile Config's mapping). */
        public String environmentName() {
            return environmentNameOf(key);
        }
    }

    private static final List<Setting> ALL = List.of(
            new Setting("ig.http.host", "127.0.0.1", "interface to listen on; 0.0.0.0 for all"),
            new Setting("ig.http.port", "8080", "TCP port, 0 to 65535; 0 picks a free one"),
            new Setting("ig.http.threads", "16", "request-handling threads, 1 to 1024"),
            new Setting("ig.http.max-body-bytes", "1048576", "largest request body in bytes; larger is 413"),
            new Setting("ig.http.import-limit", String.valueOf(ServerSettings.DEFAULT_IMPORT_LIMIT),
                    "largest body of POST /v1/records/imports in bytes (streamed)"),
            new Setting("ig.http.shutdown-grace", "PT10S",
                    "how long requests in flight may run on at shutdown (ISO-8601 duration)"),
            new Setting("ig.http.header-timeout", "PT10S", "time a client has to send a request's headers"),
            new Setting("ig.http.read-timeout", "PT20S", "longest pause while a client sends a body"),
            new Setting("ig.http.connections-per-client", "32", "open connections one client address may hold"),
            new Setting("ig.http.cors.allowed-origins", "",
                    "origins whose browser pages may call the API, comma-separated (https://app.example.org); none by default"),
            new Setting("ig.store.kind", "sqlite", "the store: sqlite or postgres"),
            new Setting("ig.store.path", "./igkit.db", "the SQLite file (created on first start)"),
            new Setting("ig.store.url", "", "for postgres: the JDBC URL, jdbc:postgresql://host:5432/igkit"),
            new Setting("ig.store.user", "", "for postgres: the database role"),
            new Setting("ig.store.password", "", "for postgres: the role's password; give it as IG_STORE_PASSWORD"),
            new Setting("ig.store.pool-size", "10", "for postgres: the most database connections, 1 to 1000"),
            new Setting("ig.auth.keys", "", "API keys: comma-separated secret:ROLE[|ROLE...], secrets of 16+ characters"),
            new Setting("ig.auth.open-calculators", "true", "whether the three calculators need no key (true or false)"),
            new Setting("ig.regulator.name", "Information Commissioner's Office",
                    "the supervisory authority named in breach answers"),
            new Setting("ig.breach.nis-authority", "NIS competent authority",
                    "the NIS competent authority named in the NIS duty (for health: Department of Health and Social Care)"),
            new Setting("ig.console.idle-timeout", "PT30M", "how long a console session lasts unused (ISO-8601 duration)"),
            new Setting("ig.nation", "ENGLAND", "the calculators' default nation: ENGLAND, WALES, SCOTLAND or NORTHERN_IRELAND"),
            new Setting("ig.calendar.financial-year-start", "--04-01", "start of the financial year (--MM-DD)"),
            new Setting("ig.calendar.academic-year-start", "--09-01", "start of the academic year (--MM-DD)"),
            new Setting("ig.calendar.tax-year-start", "--04-06", "start of the tax year (--MM-DD)"),
            new Setting("ig.calendar.leap-day-policy", "FEB_28", "where +N years from 29 February lands: FEB_28 or MARCH_1"),
            new Setting("ig.organisation.name", "Unnamed organisation (set ig.organisation.name)",
                    "the controller named on the record of processing"),
            new Setting("ig.organisation.contact", "(set ig.organisation.contact)", "the controller's contact details"),
            new Setting("ig.organisation.dpo", "", "the data protection officer, if any"),
            new Setting("ig.rate.enabled", "true", "whether per-client rate limits apply (true or false)"),
            new Setting("ig.rate.anonymous.burst", "100", "requests a client without a key may send at once"),
            new Setting("ig.rate.anonymous.per-minute", "600", "requests a minute a client without a key may send"),
            new Setting("ig.rate.failed-auth.burst", "10", "failed authentications a client may make at once"),
            new Setting("ig.rate.failed-auth.per-minute", "6", "failed authentications a minute after the burst"),
            new Setting("ig.audit.key", "", "id:base64secret (32+ bytes) sealing the audit log; give it as IG_AUDIT_KEY"),
            new Setting("ig.audit.retired-keys", "", "earlier audit keys, comma-separated, that still check what they sealed"),
            new Setting("ig.audit.checkpoint-every", String.valueOf(AuditSealing.DEFAULT_EVERY), "audit entries between signed checkpoints"));

    private static final Map<String, Setting> BY_KEY = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Setting::key, Function.identity()));

    private KnownSettings() {
    }

    /** Every setting, in the order {@code --help} lists them. */
    public static List<Setting> all() {
        return ALL;
    }

    /**
     * The setting {@code key}.
     *
     * @throws IllegalArgumentException when the server reads a key this table does not declare (a bug here)
     */
    public static Setting named(String key) {
        Setting setting = BY_KEY.get(key);
        if (setting == null) {
            throw new IllegalArgumentException("'" + key + "' is not declared in KnownSettings");
        }
        return setting;
    }

    /**
     * One warning for each key given under {@code ig.} (or {@code IG_} in the environment) that is not a setting,
     * naming the nearest one that is.
     */
    public static List<String> warningsFor(Config config) {
        Set<String> given = new TreeSet<>();
        for (ConfigSource source : config.getConfigSources()) {
            Set<String> names = source.getPropertyNames();
            // the environment's source lists IG_HTTP_PROT and its dotted reading ig.http.prot: warn once, as given
            names.stream().filter(name -> name.equals(environmentNameOf(name)) || !names.contains(environmentNameOf(name)))
                    .forEach(given::add);
        }
        List<String> warnings = new ArrayList<>();
        for (String name : given) {
            nearestIfUnknown(name).ifPresent(nearest -> warnings.add("the setting " + name
                    + " is not one igkit knows, so it is ignored; did you mean " + nearest
                    + "? (java -jar igkit-server.jar --help lists them all)"));
        }
        return warnings;
    }

    private static String environmentNameOf(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** For an unknown {@code ig.} key or {@code IG_} variable, the nearest known one in the same form. */
    static Optional<String> nearestIfUnknown(String name) {
        Function<Setting, String> form;
        if (name.startsWith("ig.")) {
            form = Setting::key;
        } else if (name.startsWith("IG_")) {
            form = Setting::environmentName;
        } else {
            return Optional.empty();
        }
        if (ALL.stream().map(form).anyMatch(name::equals)) {
            return Optional.empty();
        }
        return ALL.stream().map(form).min(Comparator.comparingInt((String known) -> distance(name, known))
                .thenComparing(Comparator.naturalOrder()));
    }

    /** The Levenshtein distance: the fewest single-character insertions, deletions and substitutions. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** What {@code --help} prints: how to run the server and every setting with its default. */
    static String help(String version) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder("igkit server ").append(version).append(nl).append(nl)
                .append("usage: java -jar igkit-server.jar [--help | --version]").append(nl).append(nl)
                .append("Settings are system properties (-Dig.http.port=9090) or environment variables (IG_HTTP_PORT=9090);")
                .append(nl).append("docs/http.md explains each. Key, default and meaning:").append(nl);
        int width = ALL.stream().mapToInt(s -> s.key().length()).max().orElse(0);
        for (Setting setting : ALL) {
            String value = setting.defaultValue().isEmpty() ? "(none)" : setting.defaultValue();
            text.append(nl).append("  ").append(String.format(Locale.ROOT, "%-" + width + "s", setting.key()))
                    .append("  ").append(value).append(nl)
                    .append("  ").append(" ".repeat(width)).append("  ").append(setting.meaning());
        }
        return text.append(nl).toString();
    }
}
