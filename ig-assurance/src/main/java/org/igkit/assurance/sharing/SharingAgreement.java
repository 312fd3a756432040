package org.igkit.assurance.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.IdRule;
import org.igkit.core.error.ValidationException;

/**
 * An information sharing agreement on the central log (ICO Accountability Framework, "Data sharing agreements";
 * spec §2.2's fields).
 *
 * @param id             the reference flows on assets use ({@code InformationFlow.sharingAgreement})
 * @param title          its title
 * @param parties        the parties, at least two
 * @param purposes       the purposes of the sharing
 * @param dataItems      the data items shared (the minimum)
 * @param retention      the agreed retention and secure deletion
 * @param security       the security standards agreed
 * @param effectiveFrom  when it took effect
 * @param effectiveTo    when it ends, or {@code null} when open-ended
 * @param lastReviewedOn the last review, or {@code null}
 * @param events         triggers recorded since it started, oldest first
 * @param status         draft, active or terminated
 * @param dpiaReference  the DPIA covering it, or {@code null}
 * @param version        the optimistic-locking version: 0 before the first save
 */
public record SharingAgreement(String id, String title, List<Party> parties, List<String> purposes,
        List<String> dataItems, String retention, String security, LocalDate effectiveFrom, LocalDate effectiveTo,
        LocalDate lastReviewedOn, List<AgreementEvent> events, AgreementStatus status, String dpiaReference,
        long version) {

    public SharingAgreement {
        ValidationException.Collector problems = ValidationException.collector();
        IdRule.check(problems, "id", id);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        parties = List.copyOf(Objects.requireNonNullElse(parties, List.of()));
        purposes = List.copyOf(Objects.requireNonNullElse(purposes, List.of()));
        dataItems = List.copyOf(Objects.requireNonNullElse(dataItems, List.of()));
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        problems.require(parties.size() >= 2, "parties", "must name at least two parties", parties.size());
        problems.require(!purposes.isEmpty(), "purposes", "must name at least one purpose", null);
        problems.require(!dataItems.isEmpty(), "dataItems", "must name the data items shared", null);
        problems.require(retention != null && !retention.isBlank(), "retention", "must record the agreed retention",
                retention);
        problems.require(security != null && !security.isBlank(), "security", "must record the security standards",
                security);
        problems.require(effectiveFrom != null, "effectiveFrom", "is required", null);
        if (effectiveFrom != null) {
            problems.require(effectiveTo == null || !effectiveTo.isBefore(effectiveFrom), "effectiveTo",
                    "must be on or after effectiveFrom (" + effectiveFrom + ")", effectiveTo);
            problems.require(lastReviewedOn == null || !lastReviewedOn.isBefore(effectiveFrom), "lastReviewedOn",
                    "must be on or after effectiveFrom (" + effectiveFrom + ")", lastReviewedOn);
        }
        problems.require(status != null, "status", "is required: DRAFT, ACTIVE or TERMINATED", null);
        problems.require(version >= 0, "version", "must be 0 (never saved) or more", version);
        problems.throwIfAny();
    }

    /** The end date, if any. */
    public Optional<LocalDate> findEffectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    /** True when active and {@code date} falls between its start and end dates. */
    public boolean isInForceOn(LocalDate date) {
        return status == AgreementStatus.ACTIVE && !effectiveFrom.isAfter(date)
                && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    /** The events after the last review (or the start): those still to be considered. */
    public List<AgreementEvent> pendingEvents() {
        LocalDate since = lastReviewedOn == null ? effectiveFrom.minusDays(1) : lastReviewedOn;
        return events.stream().filter(e -> e.on().isAfter(since)).toList();
    }

    /** A copy with one more event recorded. */
    public SharingAgreement withEvent(AgreementEvent event) {
        List<AgreementEvent> more = new ArrayList<>(events);
        more.add(Objects.requireNonNull(event, "event"));
        return new SharingAgreement(id, title, parties, purposes, dataItems, retention, security, effectiveFrom,
                effectiveTo, lastReviewedOn, more, status, dpiaReference, version);
    }

    /** A copy reviewed on {@code on}. */
    public SharingAgreement reviewedOn(LocalDate on) {
        return new SharingAgreement(id, title, parties, purposes, dataItems, retention, security, effectiveFrom,
                effectiveTo, on, events, status, dpiaReference, version);
    }

    /** A copy renewed to {@code newEnd} (or open-ended with {@code null}). */
    public SharingAgreement renewedTo(LocalDate newEnd) {
        return new SharingAgreement(id, title, parties, purposes, dataItems, retention, security, effectiveFrom,
                newEnd, lastReviewedOn, events, status, dpiaReference, version);
    }

    /** A copy with another status. */
    public SharingAgreement withStatus(AgreementStatus newStatus) {
        return new SharingAgreement(id, title, parties, purposes, dataItems, retention, security, effectiveFrom,
                effectiveTo, lastReviewedOn, events, newStatus, dpiaReference, version);
    }

    /** A copy with another version (used by stores when they save). */
    public SharingAgreement withVersion(long newVersion) {
        return new SharingAgreement(id, title, parties, purposes, dataItems, retention, security, effectiveFrom,
                effectiveTo, lastReviewedOn, events, status, dpiaReference, newVersion);
    }
}
