package org.igkit.assets;

import java.util.Optional;

/**
 * A transfer of the asset's personal data outside the UK. The safeguard may be absent here so that an entry
 * can say what it knows; the asset refuses a transfer without one (UK GDPR Art 44), or without a destination,
 * naming the transfer's index ({@code transfers[1].safeguard}).
 *
 * @param destination the third country or international organisation, e.g. "United States"
 * @param recipient   who receives the data there, or {@code null}
 * @param safeguard   what makes the transfer lawful, or {@code null} when none is recorded
 * @param documentation where the safeguard is documented (a contract, a transfer risk assessment), or {@code null}
 */
public record InternationalTransfer(String destination, String recipient, TransferSafeguard safeguard,
        String documentation) {


    /** A transfer to {@code destination} under {@code safeguard}. */
    public static InternationalTransfer to(String destination, TransferSafeguard safeguard) {
        return new InternationalTransfer(destination, null, safeguard, null);
    }

    /** A copy naming the recipient. */
    public InternationalTransfer withRecipient(String recipientName) {
        return new InternationalTransfer(destination, recipientName, safeguard, documentation);
    }

    /** A copy naming where the safeguard is documented. */
    public InternationalTransfer withDocumentation(String reference) {
        return new InternationalTransfer(destination, recipient, safeguard, reference);
    }

    /** The safeguard, if one is recorded. */
    public Optional<TransferSafeguard> findSafeguard() {
        return Optional.ofNullable(safeguard);
    }
}
