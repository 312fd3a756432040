package org.igkit.retention.assets;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.igkit.assets.AssetQuery;
import org.igkit.assets.InformationAsset;
import org.igkit.assets.RetentionReference;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;
import org.igkit.core.paging.Page;
import org.igkit.assets.port.AssetRepository;
import org.igkit.retention.port.ScheduleRepository;
import org.igkit.retention.rule.RuleText;
import org.igkit.retention.schedule.Schedule;
import org.igkit.retention.schedule.ScheduleEntry;

/**
 * Checks that every asset's retention reference resolves to an entry of the schedule in force, and reports per
 * asset that entry's rule and disposal action. Registers that keep retention as free text cannot do this: a
 * schedule change silently leaves the register behind.
 */
public final class AssetRetentionCheck {
    private static final String UK_GDPR = "UK GDPR";
    static final Citation STORAGE_LIMITATION = Citation.of(UK_GDPR, "Art 5(1)(e)");
    static final Citation RETENTION_IN_ROPA = Citation.of(UK_GDPR, "Art 30(1)(f)")
            .withNote("the envisaged time limits for erasure, where possible");
    static final Citation RECORDS_CODE = Citation.of("Lord Chancellor's Code of Practice on the management of records "
            + "issued under section 46 of the Freedom of Information Act 2000", "Part 2, disposal schedules")
            .withNote("records are kept and disposed of as the authority's schedule says");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final ScheduleRepository schedules;

    private AssetRetentionCheck(ScheduleRepository schedules) {
        this.schedules = schedules;
    }

    /** A check against the schedules in {@code schedules}. */
    public static AssetRetentionCheck against(ScheduleRepository schedules) {
        return new AssetRetentionCheck(Objects.requireNonNull(schedules, "schedules"));
    }

    /** The links of {@code assets}, looking up the entry versions in force on {@code asOf}. */
    public AssetRetentionReport check(Iterable<InformationAsset> assets, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<AssetRetentionLink> links = new ArrayList<>();
        for (InformationAsset asset : assets) {
            links.add(link(asset, asOf));
        }
        return new AssetRetentionReport(asOf, links);
    }

    /** The links of every asset on the register (active and retired), a page at a time, in id order. */
    public AssetRetentionReport checkRegister(AssetRepository register, LocalDate asOf) {
        return check(Page.all(request -> register.search(AssetQuery.all(), request)).toList(), asOf);
    }

    /** One asset's link as of {@code asOf}. */
    public AssetRetentionLink link(InformationAsset asset, LocalDate asOf) {
        Explanation.Builder explain = Explanation.builder();
        RetentionReference reference = asset.retention();
        if (reference == null) {
            explain.step("Asset " + asset.id() + " names no retention schedule entry"
                    + (asset.personalData() ? "; it holds personal data, whose time limits for erasure the record of "
                    + "processing must give" : ""), asset.personalData()
                    ? List.of(STORAGE_LIMITATION, RETENTION_IN_ROPA) : List.of(RECORDS_CODE));
            return unresolved(asset, null, LinkStatus.NO_REFERENCE, explain);
        }
        Optional<Schedule> schedule = schedules.find(reference.scheduleId());
        if (schedule.isEmpty()) {
            explain.step("Asset " + asset.id() + " follows " + reference + ", but there is no schedule '"
                    + reference.scheduleId() + "'", RECORDS_CODE);
            return unresolved(asset, reference, LinkStatus.NO_SUCH_SCHEDULE, explain);
        }
        Optional<ScheduleEntry> inForce = schedule.get().findEntry(reference.entryId(), asOf);
        if (inForce.isPresent()) {
            ScheduleEntry entry = inForce.get();
            String ruleText = RuleText.print(entry.rule());
            explain.step("Asset " + asset.id() + " follows entry " + reference + " (" + entry.title() + "), the version in "
                    + "force on " + DAY.format(asOf) + " since " + DAY.format(entry.effectiveFrom()) + ": keep for "
                    + ruleText + ", then " + entry.action().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    withEntryCitations(entry, asset.personalData()));
            return new AssetRetentionLink(asset.id(), asset.name(), asset.personalData(), reference, LinkStatus.RESOLVED,
                    entry, ruleText, explain.build());
        }
        Optional<ScheduleEntry> latest = schedule.get().findLatestEntry(reference.entryId());
        if (latest.isEmpty()) {
            explain.step("Asset " + asset.id() + " follows " + reference + ", but schedule '" + reference.scheduleId()
                    + "' has no entry '" + reference.entryId() + "'", RECORDS_CODE);
            return unresolved(asset, reference, LinkStatus.NO_SUCH_ENTRY, explain);
        }
        ScheduleEntry last = latest.get();
        explain.step("Asset " + asset.id() + " follows " + reference + ", but no version of that entry is in force on "
                + DAY.format(asOf) + " (its latest version runs from " + DAY.format(last.effectiveFrom())
                + last.findEffectiveTo().map(to -> " to " + DAY.format(to)).orElse("") + "): point the asset at the "
                + "entry that replaced it", RECORDS_CODE);
        return unresolved(asset, reference, LinkStatus.NOT_IN_FORCE, explain);
    }

    private static AssetRetentionLink unresolved(InformationAsset asset, RetentionReference reference, LinkStatus status,
                                                 Explanation.Builder explain) {
        return new AssetRetentionLink(asset.id(), asset.name(), asset.personalData(), reference, status, null, null,
                explain.build());
    }

    private static List<Citation> withEntryCitations(ScheduleEntry entry, boolean personalData) {
        List<Citation> citations = new ArrayList<>(entry.citations());
        if (personalData) {
            citations.add(RETENTION_IN_ROPA);
        }
        return citations;
    }
}
