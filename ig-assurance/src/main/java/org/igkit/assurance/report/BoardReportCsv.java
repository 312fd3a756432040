package org.igkit.assurance.report;

import java.util.ArrayList;
import java.util.List;

import org.igkit.assets.Csv;
import org.igkit.breach.facts.RiskTier;

/**
 * The board report as RFC 4180 CSV for a spreadsheet: one figure a row, with the ids behind it in the last column
 * (space-separated). Written through the asset register's CSV writer, so every cell passes ig-core's formula guard:
 * an id or a status a spreadsheet would run as a formula is written with a leading {@code '}.
 */
final class BoardReportCsv {
    static final List<String> HEADER = List.of("section", "figure", "value", "of", "percent", "band", "ids");

    private final List<List<String>> rows = new ArrayList<>();

    private BoardReportCsv() {
    }

    static String of(BoardReport report) {
        BoardReportCsv csv = new BoardReportCsv();
        csv.rows.add(HEADER);
        csv.text("period", "from", report.period().startInclusive().toString());
        csv.text("period", "to", report.period().endInclusive().toString());
        csv.text("period", "asOf", report.asOf().toString());
        for (RequestFigures.Line line : report.requests().timeliness()) {
            String section = "requests." + line.group().name();
            csv.share(section, "answeredInTime", line.inTime(), line.share(),
                    line.band() == null ? "" : line.band().name());
            csv.count(section, "notAnsweredInTime", line.notInTime());
        }
        csv.count("requests", "overdue", report.requests().overdue());
        BreachFigures breaches = report.breaches();
        csv.count("breaches", "logged", breaches.logged());
        for (RiskTier tier : RiskTier.values()) {
            csv.count("breaches", "tier." + tier.name(), breaches.byTier().get(tier));
        }
        csv.count("breaches", "reportable", breaches.reportable());
        csv.count("breaches", "reportedToIco", breaches.reportedToIco());
        csv.count("breaches", "reportedLate", breaches.reportedLate());
        csv.count("breaches", "reportableNotReported", breaches.reportableNotReported());
        csv.count("disposal", "backlog", report.disposal().backlog());
        csv.count("disposal", "disposed", report.disposal().disposed());
        csv.count("disposal", "batchesExecuted", report.disposal().batchesExecuted());
        csv.assurance(report.assurance());
        return Csv.write(csv.rows);
    }

    private void assurance(AssuranceFigures assurance) {
        count("policies", "onLog", assurance.policies().onLog());
        count("policies", "overdueForReview", assurance.policies().overdueForReview());
        count("policies", "dueForReviewInPeriod", assurance.policies().dueForReviewInPeriod());
        count("policies", "neverApproved", assurance.policies().neverApproved());
        AttestationFigures attestation = assurance.attestation();
        text("attestation", "period", attestation.period());
        for (AttestationFigures.Line line : attestation.perPolicy()) {
            share("attestation." + line.policyId(), "covered", line.covered(), line.share(), "");
            count("attestation." + line.policyId(), "missing", line.missing());
        }
        share("attestation", "coveredForAll", attestation.coveredForAll(), attestation.overall(), "");
        TrainingFigures training = assurance.training();
        share("training", "compliant", training.compliant(), training.share(),
                training.meetsTarget() ? "MEETS_TARGET" : "BELOW_TARGET");
        count("training", "notCompliant", training.notCompliant());
        text("training", "target", training.target().toPlainString());
        DpiaFigures dpias = assurance.dpias();
        count("dpias", "screenedInPeriod", dpias.screenedInPeriod());
        count("dpias", "required", dpias.required());
        count("dpias", "requiredNotSignedOff", dpias.requiredNotSignedOff());
        count("dpias", "reviewOverdue", dpias.reviewOverdue());
        count("dpias", "reviewDueInPeriod", dpias.reviewDueInPeriod());
        count("dpias", "priorConsultation", dpias.priorConsultation());
        SharingFigures sharing = assurance.sharing();
        count("sharingAgreements", "active", sharing.active());
        count("sharingAgreements", "reviewOverdue", sharing.reviewOverdue());
        count("sharingAgreements", "expiringInPeriod", sharing.expiringInPeriod());
        count("sharingAgreements", "expired", sharing.expired());
        DsptFigures dspt = assurance.dspt();
        text("dspt", "assessmentYear", dspt.assessmentYear());
        text("dspt", "status", dspt.status());
        text("dspt", "deadline", dspt.deadline() == null ? null : dspt.deadline().toString());
        text("dspt", "daysToDeadline", dspt.daysToDeadline() == null ? null : dspt.daysToDeadline().toString());
        count("dspt", "openActions", dspt.openActions());
    }

    private void count(String section, String figure, Counted counted) {
        rows.add(List.of(section, figure, Integer.toString(counted.count()), "", "", "", String.join(" ", counted.ids())));
    }

    private void share(String section, String figure, Counted counted, Percentage share, String band) {
        rows.add(List.of(section, figure, Integer.toString(counted.count()), Integer.toString(share.denominator()),
                share.toText(), band, String.join(" ", counted.ids())));
    }

    private void text(String section, String figure, String value) {
        List<String> row = new ArrayList<>(List.of(section, figure, value == null ? "" : value, "", "", "", ""));
        rows.add(row);
    }
}
