package org.igkit.assets;

import java.util.Optional;

/**
 * Information leaving an asset: to whom or which system, why, how often, how, and under which information sharing
 * agreement. Required fields are checked by the asset, which names the flow's index in the field path.
 *
 * @param to               the recipient organisation or system
 * @param destination      inside the body or another organisation
 * @param purpose          why the information flows
 * @param frequency        how often
 * @param method           how it is sent, e.g. "SFTP", "secure email", "shared case system"
 * @param sharingAgreement the reference of the information sharing agreement, or {@code null} when there is none
 */
public record InformationFlow(String to, FlowDestination destination, String purpose, FlowFrequency frequency,
        String method, String sharingAgreement) {

    /** A flow to another organisation, without an agreement recorded yet. */
    public static InformationFlow toOrganisation(String to, String purpose, FlowFrequency frequency, String method) {
        return new InformationFlow(to, FlowDestination.EXTERNAL_ORGANISATION, purpose, frequency, method, null);
    }

    /** A flow to another system of the same body. */
    public static InformationFlow toSystem(String to, String purpose, FlowFrequency frequency, String method) {
        return new InformationFlow(to, FlowDestination.INTERNAL_SYSTEM, purpose, frequency, method, null);
    }

    /** A copy made under the information sharing agreement {@code reference}. */
    public InformationFlow withSharingAgreement(String reference) {
        return new InformationFlow(to, destination, purpose, frequency, method, reference);
    }

    /** The sharing agreement, if any. */
    public Optional<String> findSharingAgreement() {
        return Optional.ofNullable(sharingAgreement);
    }

    /** True for regular sharing with another organisation with no sharing agreement recorded. */
    public boolean isRegularSharingWithoutAgreement() {
        return destination == FlowDestination.EXTERNAL_ORGANISATION && frequency != null && frequency.isRegular()
                && (sharingAgreement == null || sharingAgreement.isBlank());
    }
}
