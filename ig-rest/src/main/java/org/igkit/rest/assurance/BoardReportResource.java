package org.igkit.rest.assurance;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.igkit.assurance.report.BoardReport;
import org.igkit.assurance.report.BoardReports;
import org.igkit.assurance.report.ReportPeriod;
import org.igkit.core.error.ValidationException;
import org.igkit.rest.auth.RequiresRole;
import org.igkit.rest.auth.Role;
import org.igkit.rest.openapi.OpenApiDocument;

/**
 * {@code /v1/reports/board} and {@code /v1/reports/board.csv}: the quarterly or annual information governance report to the board, as JSON or as
 * CSV for a spreadsheet, every figure with the ids of the records behind it. READER may read it.
 */
@Path("/v1/reports")
@RequiresRole(Role.READER)
@Tag(name = "reports")
@SecurityRequirement(name = OpenApiDocument.SECURITY_SCHEME)
public final class BoardReportResource {
    private static final String CSV = "text/csv";

    private final BoardReports reports;

    /** @param reports the report service over every register */
    public BoardReportResource(BoardReports reports) {
        this.reports = reports;
    }

    @GET
    @Path("/board")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The board report for the quarter or year from ?from= (?period=QUARTER, the default, or YEAR)")
    public BoardReport json(@QueryParam("from") String from, @QueryParam("period") String period) {
        return reports.report(periodOf(from, period));
    }

    @GET
    @Path("/board.csv")
    @Produces(CSV)
    @Operation(summary = "The board report as CSV, one figure a row with its ids")
    public Response csv(@QueryParam("from") String from, @QueryParam("period") String period) {
        ReportPeriod asked = periodOf(from, period);
        return Response.ok(reports.report(asked).toCsv(), CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"board-report-" + asked.startInclusive()
                        + ".csv\"").build();
    }

    static ReportPeriod periodOf(String from, String period) {
        ReportPeriod.Kind kind;
        if (period == null || period.equals("QUARTER")) {
            kind = ReportPeriod.Kind.QUARTER;
        } else if (period.equals("YEAR")) {
            kind = ReportPeriod.Kind.YEAR;
        } else {
            throw new ValidationException("period", "must be QUARTER or YEAR", period);
        }
        if (from == null || from.isBlank()) {
            throw new ValidationException("from", "is required: the first day of the period, YYYY-MM-DD", from);
        }
        try {
            return ReportPeriod.of(kind, LocalDate.parse(from));
        } catch (DateTimeParseException e) {
            throw new ValidationException("from", "must be a date, YYYY-MM-DD", from);
        }
    }
}
