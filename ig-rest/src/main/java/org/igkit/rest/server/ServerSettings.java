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
 * @param corsAllowedOrigins     {@code ig.http.cors.allowed-origins}: the origins (scheme://host[:port]) whose browser
 *                               pages may call the API; empty (the default) answers no cross-origin request
 * @param nisAuthorityName       {@code ig.breach.nis-authority}: the NIS competent authority named in the NIS duty
 *                               (default "NIS competent authority"; for health, the Department of Health and Social
 *                               Care)
 * @param consoleIdleTimeout     {@code ig.console.idle-timeout}: how long a console session lasts unused (docs/console.md)
 */
public record ServerSettings(String host, int port, int threads, long maxBodyBytes, long importLimitBytes,
                             Duration shutdownGrace,
                             Path storePath, ApiKeyring keyring, boolean openCalculators, String regulatorName,
                             Nation nation, MonthDay financialYearStart, MonthDay academicYearStart,
                             MonthDay taxYearStart, String leapDayPolicy, OrganisationSettings organisation,
                             ConnectionLimits connectionLimits, RateLimits rateLimits, AuditSealing auditSealing,
                             StoreSettings store, List<String> corsAllowedOrigins, String nisAuthorityName,
                             Duration consoleIdleTimeout) {

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
        String host = read.value("ig.http.host", s -> s);
        int port = read.value("ig.http.port", s -> inRange(Integer.parseInt(s.trim()), 0, 65535));
        int threads = read.value("ig.http.threads", s -> inRange(Integer.parseInt(s.trim()), 1, 1024));
        long maxBody = read.value("ig.http.max-body-bytes", s -> inRange(Long.parseLong(s.trim()), 1L, (long) Integer.MAX_VALUE));
        long importLimit = read.value("ig.http.import-limit", s -> inRange(Long.parseLong(s.trim()), 1L, Long.MAX_VALUE));
        Duration grace = read.value("ig.http.shutdown-grace", s -> nonNegative(duration(s)));
        Path store = read.value("ig.store.path", Path::of);
        ApiKeyring keys = read.value("ig.auth.keys", ApiKeyring::parse);
        boolean open = read.value("ig.auth.open-calculators", ServerSettings::parseBoolean);
        String regulator = read.value("ig.regulator.name", s -> s);
        Nation nation = read.value("ig.nation", ServerSettings::nation);
        MonthDay financial = read.value("ig.calendar.financial-year-start", ServerSettings::monthDay);
        MonthDay academic = read.value("ig.calendar.academic-year-start", ServerSettings::monthDay);
        MonthDay tax = read.value("ig.calendar.tax-year-start", ServerSettings::monthDay);
        String leap = read.value("ig.calendar.leap-day-policy", ServerSettings::leapDayPolicy);
        OrganisationSettings organisation = new OrganisationSettings(
                read.value("ig.organisation.name", s -> s),
                read.value("ig.organisation.contact", s -> s),
                read.value("ig.organisation.dpo", s -> s));
        Duration headerTimeout = read.value("ig.http.header-timeout", s -> positive(duration(s)));
        Duration readTimeout = read.value("ig.http.read-timeout", s -> positive(duration(s)));
        int perClient = read.value("ig.http.connections-per-client", s -> inRange(Integer.parseInt(s.trim()), 1, 100_000));
        boolean limiting = read.value("ig.rate.enabled", ServerSettings::parseBoolean);
        RateLimits.Bucket anonymous = new RateLimits.Bucket(
                read.value("ig.rate.anonymous.burst", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)),
                read.value("ig.rate.anonymous.per-minute", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)));
        RateLimits.Bucket failed = new RateLimits.Bucket(
                read.value("ig.rate.failed-auth.burst", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)),
                read.value("ig.rate.failed-auth.per-minute", s -> inRange(Integer.parseInt(s.trim()), 1, Integer.MAX_VALUE)));
        AuditSealing sealing = auditSealing(read);
        StoreSettings database = storeSettings(read);
        List<String> origins = read.value("ig.http.cors.allowed-origins", ServerSettings::origins);
        String nisAuthority = read.value("ig.breach.nis-authority", ServerSettings::notBlank);
        Duration idle = read.value("ig.console.idle-timeout", s -> positive(duration(s)));
        read.problems.throwIfAny();
        return new ServerSettings(host, port, threads, maxBody, importLimit, grace, store, keys, open, regulator, nation,
                financial, academic, tax, leap, organisation, new ConnectionLimits(headerTimeout, readTimeout, perClient),
                new RateLimits(limiting, anonymous, failed), sealing, database, origins, nisAuthority, idle);
    }

    /** A copy listening on {@code newPort}. */
    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, threads, maxBodyBytes, importLimitBytes, shutdownGrace, storePath, keyring,
                openCalculators, regulatorName, nation, financialYearStart, academicYearStart, taxYearStart,
                leapDayPolicy, organisation, connectionLimits, rateLimits, auditSealing, store, corsAllowedOrigins,
                nisAuthorityName, consoleIdleTimeout);
    }

    /** The store's kind and, for PostgreSQL, where the database is; a PostgreSQL store needs its URL. */
    private static StoreSettings storeSettings(Reader read) {
        StoreKind kind = read.value("ig.store.kind", ServerSettings::storeKind);
        String url = read.value("ig.store.url", String::trim);
        String user = read.value("ig.store.user", String::trim);
        String password = read.value("ig.store.password", s -> s);
        int poolSize = read.value("ig.store.pool-size", s -> inRange(Integer.parseInt(s.trim()), 1, 1000));
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
        Optional<AuditKey> current = read.value("ig.audit.key", s -> s.isBlank() ? Optional.<AuditKey>empty() : Optional.of(AuditKey.parse(s.trim())));
        List<AuditKey> retired = read.value("ig.audit.retired-keys", s -> Arrays.stream(s.split(","))
                .map(String::trim).filter(k -> !k.isEmpty()).map(AuditKey::parse).toList());
        int every = read.value("ig.audit.checkpoint-every", s -> inRange(Integer.parseInt(s.trim()), 1, 100_000_000));
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

    /**
     * Origins as a browser sends them: scheme, host and any port, no path ({@code https://app.example.org:8443}).
     * A {@code *} is refused: the guarded endpoints take a key, and a key belongs to named pages only.
     */
    private static List<String> origins(String text) {
        List<String> origins = Arrays.stream(text.split(",")).map(String::trim).filter(o -> !o.isEmpty()).toList();
        for (String origin : origins) {
            if (!origin.matches("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?")) {
                throw new IllegalArgumentException("must be origins such as https://app.example.org or "
                        + "http://localhost:3000, comma-separated, each a scheme, host and optional port with no path "
                        + "and no '*'; '" + origin + "' is not one");
            }
        }
        return origins;
    }

    /** A nation by its name, any case; a wrong one is refused listing the four (not Java's "No enum constant"). */
    private static Nation nation(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(Nation.values()).filter(n -> n.name().equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be one of " + Arrays.toString(Nation.values())));
    }

    /** An ISO-8601 duration; java.time's "Text cannot be parsed to a Duration" does not say what would be. */
    private static Duration duration(String text) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO-8601 duration such as PT10S (10 seconds), PT2M or PT1H30M");
        }
    }

    private static MonthDay monthDay(String text) {
        try {
            return MonthDay.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a month and day as --MM-DD, such as --04-01 for 1 April");
        }
    }

    private static String notBlank(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("must not be blank");
        }
        return text.strip();
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

        /** The value of {@code key}, or its default from {@link KnownSettings}, parsed. */
        <T> T value(String key, Function<String, T> parse) {
            String fallback = KnownSettings.named(key).defaultValue();
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
