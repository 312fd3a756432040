package org.igkit.rest.retention;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.igkit.core.csv.CsvReader;
import org.igkit.core.csv.CsvRecord;
import org.igkit.core.error.ConflictException;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.audit.AuditTrail;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.json.JsonMapping;
import org.igkit.rest.openapi.OpenApiDocument;
import org.igkit.rest.problem.JsonProcessingExceptionMapper;
import org.igkit.rest.problem.Problem;
import org.igkit.rest.problem.ValidationExceptionMapper;
import org.igkit.rest.retention.RecordImporter.ImportResult;
import org.igkit.rest.retention.RetentionRegisterResource.NewRecord;
import org.igkit.retention.calculation.RetentionCalculator;
import org.igkit.retention.calculation.RetentionResult;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.record.RetainedRecord;
import org.igkit.retention.rule.RecordFacts;
import org.igkit.retention.schedule.EntryRef;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * {@code POST /v1/records/imports}: files many records at once from NDJSON (one {@code /v1/records} body per
 * line) or CSV ({@code id,scheduleId,entryId,fact:<name>...}). The body is streamed: each line is parsed, its
 * due date and status computed as {@code POST /v1/records} does, and handed to the {@link RecordImporter} in
 * batches. A bad line stops the import before its batch is written; the 422 says how many batches were committed,
 * so the client fixes the line and reruns with the same {@code importId}, which skips or re-adds nothing.
 */
@Path("/v1/records/imports")
@RequiresRole(Role.RECORDS_MANAGER)
@Tag(name = "retention")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public final class RecordImportResource {
    /** The media type of a newline-delimited JSON body. */
    public static final String NDJSON = "application/x-ndjson";
    /** Rows per batch when the client does not choose. */
    public static final int DEFAULT_BATCH_SIZE = 1_000;
    /** The largest batch: a batch is held in memory until it is written. */
    public static final int MAX_BATCH_SIZE = 10_000;
    /** The longest import id accepted. */
    public static final int MAX_IMPORT_ID_LENGTH = 200;
    /** The CSV columns every import row has, before its {@code fact:<name>} columns. */
    public static final List<String> CSV_KEY_COLUMNS = List.of("id", "scheduleId", "entryId");
    private static final String FACT_PREFIX = "fact:";

    private final RecordImporter importer;
    private final ScheduleRepository schedules;
    private final RetentionCalculator calculator;
    private final AuditTrail trail;
    private final Clock clock;
    private final ObjectMapper json = JsonMapping.newMapper();
    /** Import ids being imported now: a second run of one id must wait, as both would write its first batch. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    public RecordImportResource(RecordImporter importer, ScheduleRepository schedules, RetentionCalculator calculator,
                                AuditTrail trail, Clock clock) {
        this.importer = importer;
        this.schedules = schedules;
        this.calculator = calculator;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * The 422 of an import stopped by a bad line (or a refused rerun): a problem detail plus where to resume.
     *
     * @param type             the problem type
     * @param title            its title
     * @param status           422
     * @param detail           what went wrong
     * @param instance         the request path
     * @param errors           every field refused, the line named ({@code lines[17].facts.closed})
     * @param importId         the import's id, to rerun with
     * @param batchesCommitted batches committed (by this run or an earlier one under the same id) before the error;
     *                         they stay committed and a rerun skips them
     * @param rowsCommitted    rows in those batches
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ImportFailure(String type, String title, int status, String detail, String instance,
                                List<Problem.FieldError> errors, String importId, long batchesCommitted,
                                long rowsCommitted) {
    }

    @POST
    @Consumes({NDJSON, "text/csv"})
    @Operation(summary = "Import records from NDJSON or CSV (?importId=, batchSize=): streamed, batched, idempotent, "
            + "resumable; a bad line names its line and nothing of its batch is written")
    public Response importRecords(InputStream body, @QueryParam("importId") String importId,
                                  @QueryParam("batchSize") String batchSize, @Context HttpHeaders headers,
                                  @Context UriInfo uri, @Context SecurityContext security) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(importId != null && !importId.isBlank() && importId.length() <= MAX_IMPORT_ID_LENGTH,
                "importId", "is required (query parameter), at most " + MAX_IMPORT_ID_LENGTH + " characters", importId);
        int rowsPerBatch = batchSizeOf(batchSize, problems);
        problems.throwIfAny();
        if (!running.add(importId)) {
            throw new ConflictException(ConflictException.Reason.INVALID_STATE, "import '" + importId
                    + "' is running already; rerun it with the same importId once that run has answered");
        }
        try {
            return importOnce(body, importId, rowsPerBatch, headers, uri, security);
        } finally {
            running.remove(importId);
        }
    }

    private Response importOnce(InputStream body, String importId, int rowsPerBatch, HttpHeaders headers, UriInfo uri,
                                SecurityContext security) {
        boolean csv = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.valueOf("text/csv"));
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        LocalDate today = LocalDate.now(clock);
        AtomicLong batchesDone = new AtomicLong();
        try (Stream<RetainedRecord> rows = csv ? csvRows(reader, today) : ndjsonRows(reader, today)) {
            ImportResult result = importer.importRecords(rows, importId, rowsPerBatch, batchesDone::set);
            trail.record(security, "records.imported", "import", importId, Map.of(
                    "format", csv ? "csv" : "ndjson",
                    "rowsRead", String.valueOf(result.rowsRead()),
                    "rowsAdded", String.valueOf(result.rowsAdded()),
                    "batchesCommitted", String.valueOf(result.batchesCommitted()),
                    "batchesSkipped", String.valueOf(result.batchesSkipped())));
            return Response.ok(result).build();
        } catch (ValidationException refused) {
            long batches = batchesDone.get();
            if (batches > 0) {
                // batches were written before the bad line: that change is audited; a refusal that wrote nothing is not
                trail.record(security, "records.import-stopped", "import", importId, Map.of(
                        "format", csv ? "csv" : "ndjson",
                        "batchesCommitted", String.valueOf(batches),
                        "firstError", refused.violations().get(0).path()));
            }
            return failure(refused, importId, batches, batches * rowsPerBatch, "/" + uri.getPath());
        } catch (UncheckedIOException unreadable) {
            throw new ValidationException("", "the body could not be read: it is not text in UTF-8, or the connection "
                    + "broke before its end", null);
        }
    }

    private static Response failure(ValidationException refused, String importId, long batches, long rows,
                                    String instance) {
        Problem problem = ValidationExceptionMapper.problemOf(refused, instance);
        String detail = "the import stopped at " + refused.violations().get(0).path() + "; " + batches
                + " batch(es) before it are committed: fix the input and rerun with the same importId";
        ImportFailure failure = new ImportFailure(problem.type(), problem.title(), problem.status(), detail, instance,
                problem.errors(), importId, batches, rows);
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(failure).build();
    }

    private static int batchSizeOf(String text, ValidationException.Collector problems) {
        if (text == null) {
            return DEFAULT_BATCH_SIZE;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size >= 1 && size <= MAX_BATCH_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below, with the same message as an out-of-range number
        }
        problems.add("batchSize", "must be a whole number from 1 to " + MAX_BATCH_SIZE, text);
        return DEFAULT_BATCH_SIZE;
    }

    private Stream<RetainedRecord> ndjsonRows(BufferedReader reader, LocalDate today) {
        return numbered(reader, 0).map(line -> {
            String at = "lines[" + line.number() + "]";
            NewRecord given;
            try {
                given = json.readValue(line.text(), NewRecord.class);
            } catch (JsonProcessingException e) {
                // Jackson's own message names Java types and features; say it in the API's words instead
                throw new ValidationException(at, "is not a record as JSON ("
                        + JsonProcessingExceptionMapper.describe(e) + ")", line.text());
            }
            if (given == null) {
                throw new ValidationException(at, "is not a record as JSON", line.text());
            }
            return recordOf(at, given, today);
        });
    }

    private Stream<RetainedRecord> csvRows(BufferedReader reader, LocalDate today) {
        // one RFC 4180 reader for the whole body: a quoted cell may span lines, and an unclosed quote is a
        // CsvFormatException naming its line and column instead of a cell that silently swallows the rest
        CsvReader csv = CsvReader.of(reader);
        Optional<CsvRecord> headerRecord = csv.next().filter(r -> r.line() == 1 && !isBlank(r));
        if (headerRecord.isEmpty()) {
            throw new ValidationException("lines[1]", "a CSV header is required: "
                    + String.join(",", CSV_KEY_COLUMNS) + ",fact:<name>...", null);
        }
        List<String> header = headerRecord.get().fields().stream().map(String::strip).toList();
        ValidationException.Collector problems = ValidationException.collector();
        for (int i = 0; i < CSV_KEY_COLUMNS.size(); i++) {
            String expected = CSV_KEY_COLUMNS.get(i);
            problems.require(i < header.size() && header.get(i).equals(expected), "lines[1][" + i + "]",
                    "must be the column " + expected, i < header.size() ? header.get(i) : null);
        }
        for (int i = CSV_KEY_COLUMNS.size(); i < header.size(); i++) {
            String column = header.get(i);
            problems.require(column.startsWith(FACT_PREFIX) && column.length() > FACT_PREFIX.length(),
                    "lines[1][" + i + "]", "must be a fact column, fact:<name>", column);
        }
        problems.throwIfAny();
        return csv.records().filter(r -> !isBlank(r)).map(line -> {
            String at = "lines[" + line.line() + "]";
            List<String> cells = line.fields();
            if (cells.size() != header.size()) {
                throw new ValidationException(at, "has " + cells.size() + " cells; the header has " + header.size(),
                        String.join(",", cells));
            }
            Map<String, JsonNode> facts = new LinkedHashMap<>();
            for (int i = CSV_KEY_COLUMNS.size(); i < header.size(); i++) {
                String cell = cells.get(i).strip();
                if (!cell.isEmpty()) {
                    facts.put(header.get(i).substring(FACT_PREFIX.length()), cellValue(cell));
                }
            }
            return recordOf(at, new NewRecord(cells.get(0).strip(), cells.get(1).strip(), cells.get(2).strip(), facts),
                    today);
        });
    }

    private static JsonNode cellValue(String cell) {
        return switch (cell) {
            case "true" -> BooleanNode.TRUE;
            case "false" -> BooleanNode.FALSE;
            default -> TextNode.valueOf(cell);
        };
    }

    /** The record of one line, its due date and status computed as {@code POST /v1/records} computes them. */
    private RetainedRecord recordOf(String at, NewRecord given, LocalDate today) {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(given.id() != null && !given.id().isBlank(), at + ".id", "is required", given.id());
        problems.require(given.schedule() != null && !given.schedule().isBlank(), at + ".schedule", "is required",
                given.schedule());
        problems.require(given.entry() != null && !given.entry().isBlank(), at + ".entry", "is required", given.entry());
        ValidationException.Collector factProblems = ValidationException.collector();
        RecordFacts facts = RetentionCalculationResource.facts(given.facts(), factProblems);
        factProblems.violations().forEach(v -> problems.add(v.under(at).path(), v.message(), v.rejectedValue()));
        problems.throwIfAny();
        EntryRef ref = EntryRef.of(given.schedule(), given.entry());
        Optional<ScheduleEntry> entry = schedules.findEntry(ref, today);
        if (entry.isEmpty()) {
            throw new ValidationException(at + ".entry", "names no entry of schedule '" + given.schedule()
                    + "' in force on " + today, given.entry());
        }
        RetentionResult result = calculator.assess(entry.get(), facts, List.of(), List.of(), today);
        try {
            return RetainedRecord.of(given.id(), ref, facts).withResult(result, today);
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream().map(v -> v.under(at)).toList());
        }
    }

    /** The non-blank lines after the first {@code linesBefore}, numbered from 1 as the body's lines are. */
    private static Stream<NumberedLine> numbered(BufferedReader reader, long linesBefore) {
        AtomicLong number = new AtomicLong(linesBefore);
        Function<String, NumberedLine> numberOf = text -> new NumberedLine(number.incrementAndGet(), text);
        return reader.lines().map(numberOf).filter(line -> !line.text().isBlank());
    }

    private record NumberedLine(long number, String text) {
    }

    /** A blank line between records is skipped, as the NDJSON form skips one. */
    private static boolean isBlank(CsvRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }
}
