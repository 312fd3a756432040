package org.igkit.rest.server;

import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.microprofile.config.Config;
import org.igkit.core.Nation;
import org.igkit.core.audit.AuditKey;
import org.igkit.core.audit.AuditKeyring;
import org.igkit.core.audit.AuditSealing;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.ApiKeyring;
import org.igkit.rest.edge.ConnectionLimits;
import org.igkit.rest.edge.RateLimits;

/**
 * Every setting of the server, read once at start from MicroProfile Config (system properties, then environment
 * variables such as {@code IG_HTTP_PORT}, then {@code META-INF/microprofile-config.properties}). Defaults start a
 * working server on {@code 127.0.0.1:8080} with an embedded SQLite file; docs/http.md lists every key.
 *
 * @param host                   {@code ig.http.host}: the interface to listen on
 * @param port                   {@code ig.http.port}: the TCP port, 0 for any free one
 * @param threads                {@code ig.http.threads}: request-handling threads
 * @param maxBodyBytes           {@code ig.http.max-body-bytes}: the largest request body accepted
 * @param importLimitBytes       {@code ig.http.import-limit}: the largest body of a bulk import
 *                               ({@code POST /v1/records/imports}), which is streamed, not buffered
 * @param shutdownGrace          {@code ig.http.shutdown-grace}: how long in-flight requests may run on at shutdown
 * @param storePath              {@code ig.store.path}: the SQLite file
 * @param keyring                {@code ig.auth.keys}: the API keys and their roles
 * @param openCalculators        {@code ig.auth.open-calculators}: whether the stateless calculators need no key
 * @param regulatorName          {@code ig.regulator.name}: the supervisory authority named in breach answers
 * @param nation                 {@code ig.nation}: the organisation's nation, the default for calculators
 * @param financialYearStart     {@code ig.calendar.financial-year-start}
 * @param academicYearStart      {@code ig.calendar.academic-year-start}
 * @param taxYearStart           {@code ig.calendar.tax-year-start}
 * @param leapDayPolicy          {@code ig.calendar.leap-day-policy}: FEB_28 or MARCH_1
 * @param organisation           {@code ig.organisation.name}, {@code .contact}, {@code .dpo}: the controller on the RoPA
 * @param connectionLimits       {@code ig.http.header-timeout}, {@code ig.http.read-timeout},
 *                               {@code ig.http.connections-per-client}: what one client may hold and how slowly
 * @param rateLimits             {@code ig.rate.*}: the per-client token buckets (docs/security.md)
 * @param auditSealing           {@code ig.audit.key} (also {@code IG_AUDIT_KEY}), {@code ig.audit.retired-keys},
 *                               {@code ig.audit.checkpoint-every}: the audit log's key and checkpoints; never logged
 * @param store                  {@code ig.store.kind} and, for PostgreSQL, {@code ig.store.url}, {@code .user},
 *                               {@code .password} (also {@code IG_STORE_PASSWORD}; never logged), {@code .pool-size}
 * @param consoleIdleTimeout     {@code ig.console.idle-timeout}: how long a console session lasts unused (docs/console.md)
 */
public record ServerSettings(String host, int port, int threads, long maxBodyBytes, long importLimitBytes,
                             Duration shutdownGrace,
                             Path storePath, ApiKeyring keyring, boolean openCalculators, String regulatorName,
                             Nation nation, MonthDay financialYearStart, MonthDay academicYearStart,
                             MonthDay taxYearStart, String leapDayPolicy, OrganisationSettings organisation,
                             ConnectionLimits connectionLimits, RateLimits rateLimits, AuditSealing auditSealing,
                             StoreSettings store, Duration consoleIdleTimeout) {

    /** The stores the server can keep its registers in. */
    public enum StoreKind {
        /** One SQLite file, {@code ig.store.path}: one server process. */
        SQLITE,
        /** A PostgreSQL database, {@code ig.store.url}: one or several server processes. */
        POSTGRES
    }

    /**
     * Which store the server opens, and how it reaches a PostgreSQL database ({@code ig.store.kind=postgres}).
     *
     * @param kind     {@code ig.store.kind}: {@code sqlite} (the default) or {@code postgres}
     * @param url      {@code ig.store.url}: the JDBC URL, {@code jdbc:postgresql://host:5432/database}; empty for SQLite
     * @param user     {@code ig.store.user}, or empty
     * @param password {@code ig.store.password} (the environment's {@code IG_STORE_PASSWORD}), or empty; never shown
     * @param poolSize {@code ig.store.pool-size}: the most connections this server holds
     */
    public record StoreSettings(StoreKind kind, String url, String user, String password, int poolSize) {
        /** The settings without the password, which must not reach a log. */
        @Override
        public String toString() {
            return "StoreSettings[kind=" + kind + ", url=" + url + ", user=" + user + ", password=(redacted), poolSize="
                    + poolSize + "]";
        }
    }

    /**
     * The organisation named as controller on the record of processing.
     *
     * @param name    {@code ig.organisation.name}
     * @param contact {@code ig.organisation.contact}
     * @param dpo     {@code ig.organisation.dpo}, or empty
     */
    public record OrganisationSettings(String name, String contact, String dpo) {
    }

    /** The default of {@code ig.http.import-limit}: 1 GiB. */
    public static final long DEFAULT_IMPORT_LIMIT = 1L << 30;

    /** The leap-day policies a calendar setting may name. */
    public static final List<String> LEAP_DAY_POLICIES = List.of("FEB_28", "MARCH_1");

    /**
     * Reads every setting, collecting every bad one before failing.
     *
     * @throws ValidationException naming each key whose value is refused
     */
    public static ServerSettings from(Config config) {
        Reader read = new Reader(config);
        String host = read.value("ig.http.host", "127.0.0.1", s -> s);
        int port = read.value("ig.http.port", "8080", s -> inRange(Integer.parseInt(s.trim()), 0, 65535));
        int threads = read.value("ig.http.threads", "16", s -> inRange(Integer.parseInt(s.trim()), 1, 1024));
        long maxBody = read.value("ig.http.max-body-bytes", "1048576",
                s -> inRange(Long.parseLong(s.trim()), 1L, (long) Integer.MAX_VALUE));
        long importLimit = read.value("ig.http.import-limit", String.valueOf(DEFAULT_IMPORT_LIMIT),
                s -> inRange(Long.parseLong(s.trim()), 1L, Long.MAX_VALUE));
        Duration grace = read.value("ig.http.shutdown-grace", "PT10S", s -> nonNegative(Duration.parse(s.trim())));
        Path store = read.value("ig.store.path", "./igkit.db", Path::of);
        ApiKeyring keys = read.value("ig.auth.keys", "", ApiKeyring::parse);
        boolean open = read.value("ig.auth.open-calculators", "true", ServerSettings::parseBoolean);
        String regulator = read.value("ig.regulator.name", "Information Commissioner's Office", s -> s);
        Nation nation = read.value("ig.nation", "ENGLAND", s -> Nation.valueOf(s.trim().toUpperCase(Locale.ROOT)));
        MonthDay financial = read.value("ig.calendar.financial-year-start", "--04-01", s -> MonthDay.parse(s.trim()));
        MonthDay academic = read.value("ig.calendar.academic-year-start", "--09-01", s -> MonthDay.parse(s.trim()));
        MonthDay tax = read.value("ig.calendar.tax-year-start", "--04-06", s -> MonthDay.parse(s.trim()));
        String leap = read.value("ig.calendar.leap-day-policy", "FEB_28", ServerSettings::leapDayPolicy);
        OrganisationSettings organisation = new OrganisationSettings(
                read.value("ig.organisation.name", "Unnamed organisation (set ig.organisation.name)", s -> s),
                read.value("ig.organisation.contact", "(set ig.organisation.contact)", s -> s),
                read.value("ig.organisation.dpo", "", s -> s));
        Duration headerTimeout = read.value("ig.http.header-timeout", "PT10S", s -> positive(Duration.parse(s.trim())));
        Duration readTimeout = read.value("ig.http.read-timeout", "PT20S", s -> positive(Duration.parse(s.trim())));
        int perClient = read.value("ig.http.connections-per-client", "32", s -> inRange(Integer.parseInt(s.trim()), 1, 100_000));
        boolean limiting = read.value("ig.rate.enabled", "true", ServerSettings::parseBoolean);
        RateLimits.Bucket anonymous = new RateLimits.Bucket(
                read.value("ig.rate.anonymous.burst", "100", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)),
                read.value("ig.rate.anonymous.per-minute", "600", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)));
        RateLimits.Bucket failed = new RateLimits.Bucket(
                read.value("ig.rate.failed-auth.burst", "10", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)),
                read.value("ig.rate.failed-auth.per-minute", "6", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)));
        AuditSealing sealing = auditSealing(read);
        StoreSettings database = storeSettings(read);
        Duration idle = read.value("ig.console.idle-timeout", "PT30M", s -> positive(Duration.parse(s.trim())));
        read.problems.throwIfAny();
        return new ServerSettings(host, port, threads, maxBody, importLimit, grace, store, keys, open, regulator, nation,
                financial, academic, tax, leap, organisation, new ConnectionLimits(headerTimeout, readTimeout, perClient),
                new RateLimits(limiting, anonymous, failed), sealing, database, idle);
    }

    /** A copy listening on {@code newPort}. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, threads, maxBodyBytes, importLimitBytes, shutdownGrace, storePath, keyring,
                openCalculators, regulatorName, nation, financialYearStart, academicYearStart, taxYearStart,
                leapDayPolicy, organisation, connectionLimits, rateLimits, auditSealing, store, consoleIdleTimeout);
    }

    /** The store's kind and, for PostgreSQL, where the database is; a PostgreSQL store needs its URL. */
    private static StoreSettings storeSettings(Reader read) {
        StoreKind kind = read.value("ig.store.kind", "sqlite", ServerSettings::storeKind);
        String url = read.value("ig.store.url", "", String::trim);
        String user = read.value("ig.store.user", "", String::trim);
        String password = read.value("ig.store.password", "", s -> s);
        int poolSize = read.value("ig.store.pool-size", "10", s -> inRange(Integer.parseInt(s.trim()), 1, 1000));
        if (kind == StoreKind.POSTGRES && !url.startsWith("jdbc:postgresql:")) {
            read.problems.add("ig.store.url", "must be a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://127.0.0.1:5432/igkit when ig.store.kind is postgres", url);
        }
        return new StoreSettings(kind, url, user, password, poolSize);
    }

    private static StoreKind storeKind(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("sqlite")) {
            return StoreKind.SQLITE;
        }
        if (t.equals("postgres")) {
            return StoreKind.POSTGRES;
        }
        throw new IllegalArgumentException("must be sqlite or postgres");
    }

    /**
     * The audit key {@code id:base64secret} (none: the unkeyed chain), the retired keys that still check what they
     * sealed (comma-separated, same form), and how many entries lie between automatic checkpoints.
     */
    private static AuditSealing auditSealing(Reader read) {
        Optional<AuditKey> current = read.value("ig.audit.key", "",
                s -> s.isBlank() ? Optional.<AuditKey>empty() : Optional.of(AuditKey.parse(s.trim())));
        List<AuditKey> retired = read.value("ig.audit.retired-keys", "", s -> Arrays.stream(s.split(","))
                .map(String::trim).filter(k -> !k.isEmpty()).map(AuditKey::parse).toList());
        int every = read.value("ig.audit.checkpoint-every", String.valueOf(AuditSealing.DEFAULT_EVERY),
                s -> inRange(Integer.parseInt(s.trim()), 1, 100_000_000));
        if (current.isEmpty()) {
            if (!retired.isEmpty()) {
                read.problems.add("ig.audit.retired-keys", "needs ig.audit.key: retired keys only check entries "
                        + "beside a current key", "(redacted)");
            }
            return AuditSealing.none();
        }
        try {
            return AuditSealing.with(AuditKeyring.of(current.get(), retired.toArray(AuditKey[]::new)))
                    .withCheckpointEvery(every);
        } catch (ValidationException e) {
            read.problems.addAll("ig.audit.retired-keys", e);
            return AuditSealing.none();
        }
    }

    private static <T extends Comparable<T>> T inRange(T value, T min, T max) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be between " + min + " and " + max);
        }
        return value;
    }

    private static Duration positive(Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("must be positive");
        }
        return value;
    }

    private static Duration nonNegative(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
        }
        return value;
    }

    private static boolean parseBoolean(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (!t.equals("true") && !t.equals("false")) {
            throw new IllegalArgumentException("must be true or false");
        }
        return t.equals("true");
    }

    private static String leapDayPolicy(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!LEAP_DAY_POLICIES.contains(t)) {
            throw new IllegalArgumentException("must be one of " + LEAP_DAY_POLICIES);
        }
        return t;
    }

    /** Reads keys with defaults and turns every unreadable value into a violation named by its key. */
    private static final class Reader {
        private final Config config;
        private final ValidationException.Collector problems = ValidationException.collector();

        Reader(Config config) {
            this.config = config;
        }

        <T> T value(String key, String fallback, Function<String, T> parse) {
            String text = config.getOptionalValue(key, String.class).orElse(fallback);
            try {
                return parse.apply(text);
            } catch (ValidationException e) {
                problems.addAll(key, e);
            } catch (NumberFormatException e) {
                problems.add(key, "must be a whole number", redact(key, text));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(key, Optional.ofNullable(e.getMessage()).orElse("is not valid"), redact(key, text));
            }
            return parse.apply(fallback);
        }

        private static String redact(String key, String text) {
            return key.startsWith("ig.auth.keys") || key.startsWith("ig.audit.") || key.equals("ig.store.password")
                    ? "(redacted)" : text;
        }
    }
}
