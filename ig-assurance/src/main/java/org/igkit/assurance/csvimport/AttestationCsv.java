package org.igkit.assurance.csvimport;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import org.igkit.assurance.attestation.Attestation;
import org.igkit.assurance.attestation.AttestationMethod;

/**
 * Attestations from a sign-in sheet or policy portal: {@code staffId,policyId,policyVersion,attestedOn,method}
 * ({@code method} one of {@link AttestationMethod}'s names).
 */
public final class AttestationCsv {
    /** The required columns. */
    public static final List<String> REQUIRED = List.of("staffId", "policyId", "policyVersion", "attestedOn", "method");

    private AttestationCsv() {
    }

    /**
     * Every attestation in {@code csv}, in file order.
     *
     * @throws org.igkit.core.error.ValidationException every fault, each at {@code line N, column NAME}
     */
    public static List<Attestation> parse(Reader csv) {
        return parseWithLines(csv).values();
    }

    /** As {@link #parse}, with the line each value came from. */
    public static Parsed<Attestation> parseWithLines(Reader csv) {
        return CsvColumns.read(csv, REQUIRED, row -> {
            String staff = row.text("staffId");
            String policy = row.text("policyId");
            String version = row.text("policyVersion");
            LocalDate on = row.requiredDate("attestedOn");
            AttestationMethod method = row.constant("method", AttestationMethod.class);
            return staff == null || policy == null || version == null || on == null || method == null ? null
                    : new Attestation(staff, policy, version, on, method);
        });
    }
}
