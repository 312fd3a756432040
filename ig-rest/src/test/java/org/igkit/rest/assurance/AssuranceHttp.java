package org.igkit.rest.assurance;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationMethod;
import org.igkit.assurance.dspt.DsptAssessment;
import org.igkit.assurance.dspt.DsptStandards;
import org.igkit.assurance.policy.Approval;
import org.igkit.assurance.policy.Policy;
import org.igkit.assurance.policy.PolicyVersion;
import org.igkit.assurance.roles.RoleAppointment;
import org.igkit.assurance.roles.RoleKind;
import org.igkit.assurance.sharing.AgreementStatus;
import org.igkit.assurance.sharing.Party;
import org.igkit.assurance.sharing.SharingAgreement;
import org.igkit.assurance.staff.StaffMember;
import org.igkit.assurance.training.Completion;
import org.igkit.assurance.training.Course;
import org.igkit.assurance.training.NewStarterDeadline;
import org.igkit.json.JsonMapping;
import org.igkit.rest.fixture.RunningServer;
import org.igkit.rest.fixture.RunningServer.Reply;

/**
 * A fixture server with an IG_LEAD key beside the usual ones, and request bodies for the assurance resources
 * written from domain values by the API's own mapping (so a test sends what a client reading the API would).
 */
public final class AssuranceHttp {
    /** An IG_LEAD key. */
    public static final String IG_LEAD = "ig-lead-key-0123456789";
    private static final ObjectMapper JSON = JsonMapping.newMapper();

    private AssuranceHttp() {
    }

    /** A server on a temporary SQLite file with the fixture keys and {@link #IG_LEAD}. */
    public static RunningServer start() {
        return RunningServer.start(Map.of("ig.auth.keys", RunningServer.ADMIN + ":ADMIN," + RunningServer.READER
                + ":READER," + RunningServer.RECORDS_MANAGER + ":RECORDS_MANAGER," + RunningServer.DPO + ":DPO,"
                + IG_LEAD + ":IG_LEAD"));
    }

    /** {@code method path} with {@code key}, a JSON {@code body} (or none) and more header name, value pairs. */
    public static Reply as(RunningServer server, String key, String method, String path, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + key;
        headers[2] = "Content-Type";
        headers[3] = "application/json";
        System.arraycopy(more, 0, headers, 4, more.length);
        return server.send(method, path, body, headers);
    }

    /** {@code value} as the API writes it. */
    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    public static String policy(String id) {
        return json(Policy.of(id, "Data protection policy", "DPO", "Headteacher and Governing Board",
                Period.ofMonths(12), version("1.0", "2024-06-10")));
    }

    public static PolicyVersion version(String label, String approvedOn) {
        LocalDate on = LocalDate.parse(approvedOn);
        return PolicyVersion.approved(label, "DPO", on, "First issue", List.of(Approval.of("Headteacher", "A Head", on)),
                false);
    }

    public static String staff(String id) {
        return json(StaffMember.of(id, "Ann Staff", "Office", LocalDate.of(2020, 9, 1)));
    }

    public static String course(String id) {
        return json(Course.mandatory(id, "Data protection essentials", Period.ofMonths(12),
                NewStarterDeadline.afterStart(Period.ofDays(30))));
    }

    public static String completion(String staffId, String courseId, String on) {
        return json(Completion.of(staffId, courseId, LocalDate.parse(on)));
    }

    public static String attestation(String staffId, String policyId, String on) {
        return json(Attestation.of(staffId, policyId, "1.0", LocalDate.parse(on), AttestationMethod.ELECTRONIC));
    }

    public static String newDpia(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"New cloud MIS\",\"assets\":[\"MIS\"],\"answers\":"
                + "{\"art35Cases\":[\"LARGE_SCALE_SPECIAL_CATEGORY\"],\"icoList\":[],\"criteria\":[\"SENSITIVE_DATA\"],"
                + "\"residualHighRisk\":false}}";
    }

    public static String agreement(String id) {
        return json(new SharingAgreement(id, "Pupil data to the local authority",
                List.of(Party.controller("School", "Art 6(1)(e)"), Party.controller("County Council", "Art 6(1)(e)")),
                List.of("census"), List.of("name", "date of birth"), "6 years", "encrypted transfer",
                LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31), null, List.of(), AgreementStatus.ACTIVE, null, 0));
    }

    public static String appointment(String id, RoleKind role) {
        return json(RoleAppointment.of(id, role, "Person " + id, LocalDate.of(2024, 9, 1)));
    }

    public static String dspt(String id) {
        return json(DsptAssessment.start(id, "Trust", "2025-26", DsptStandards.ndg10(), "SIRO"));
    }
}
