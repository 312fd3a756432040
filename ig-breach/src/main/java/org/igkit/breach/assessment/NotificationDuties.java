package org.igkit.breach.assessment;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.igkit.breach.assessment.NotificationDuty.ByPecrChangeover;
import org.igkit.breach.assessment.NotificationDuty.Fixed;
import org.igkit.breach.assessment.NotificationDuty.FromDsptGrid;
import org.igkit.breach.assessment.NotificationDuty.Recipient;
import org.igkit.breach.assessment.NotificationDuty.Trigger;
import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.breach.facts.RiskTier;
import org.igkit.breach.severity.DsptGrading;
import org.igkit.core.explain.Explanation;

/**
 * The notification duty of every regime as a table (docs/breach.md "Decisions" and "Deadlines"), and the deadlines
 * it gives for a breach: awareness plus exactly the policy's hours for the regime, shown in the policy's zone.
 */
final class NotificationDuties {
    private static final String SIGNIFICANT_ONLY =
            "; only an incident with a significant impact on the service must be notified";

    private final Map<Regime, NotificationDuty> table;

    private NotificationDuties(List<NotificationDuty> rows) {
        Map<Regime, NotificationDuty> byRegime = new EnumMap<>(Regime.class);
        rows.forEach(row -> byRegime.put(row.regime(), row));
        if (byRegime.size() != Regime.values().length) {
            throw new IllegalArgumentException("the table must have one row per regime: " + byRegime.keySet());
        }
        this.table = byRegime;
    }

    /** The duties in force (law, with the DSPT row from NHS guidance). */
    static NotificationDuties standard() {
        return new NotificationDuties(List.of(
                new NotificationDuty(Regime.UK_GDPR, Recipient.REGULATOR, Trigger.RISK_UNLESS_PECR,
                        new Fixed(Sources.ART_33_1),
                        "; the PECR duty takes the place of the UK GDPR duty for a communications provider"),
                new NotificationDuty(Regime.DPA_PART3, Recipient.REGULATOR, Trigger.RISK, new Fixed(Sources.DPA_S67),
                        ""),
                new NotificationDuty(Regime.PECR, Recipient.REGULATOR, Trigger.EVERY_BREACH,
                        new ByPecrChangeover(Sources.PECR_24H, Sources.PECR_72H),
                        "; PECR requires every personal data breach to be notified"),
                new NotificationDuty(Regime.UK_EIDAS, Recipient.REGULATOR, Trigger.SIGNIFICANT_SERVICE_IMPACT,
                        new Fixed(Sources.EIDAS_19_2), SIGNIFICANT_ONLY),
                new NotificationDuty(Regime.NIS, Recipient.NIS_AUTHORITY, Trigger.SIGNIFICANT_SERVICE_IMPACT,
                        new Fixed(Sources.NIS_11), SIGNIFICANT_ONLY),
                new NotificationDuty(Regime.NHS_DSPT, Recipient.DSPT_TOOL, Trigger.DSPT_GRID, new FromDsptGrid(), "")));
    }

    /** The row of {@code regime}. */
    NotificationDuty of(Regime regime) {
        return table.get(regime);
    }

    /**
     * The deadline of every regime that applies, earliest first (regimes in their declared order at equal instants),
     * each explained into {@code why}.
     */
    List<NotificationDeadline> deadlines(BreachFacts facts, RiskTier tier, DsptGrading dspt, AssessmentPolicy policy,
            Explanation.Builder why) {
        List<NotificationDeadline> all = new ArrayList<>();
        for (NotificationDuty duty : table.values()) {
            if (!facts.isUnder(duty.regime())) {
                continue;
            }
            Instant aware = facts.awarenessFor(duty.regime()).toInstant();
            String own = facts.hasOwnAwareness(duty.regime()) ? " (its clock started at "
                    + Wording.show(aware, policy.displayZone()) + ", its own awareness)" : "";
            int hours = policy.hoursFor(duty.regime(), aware);
            OffsetDateTime due = aware.plus(Duration.ofHours(hours)).atZone(policy.displayZone()).toOffsetDateTime();
            String recipient = duty.recipient().nameIn(policy);
            boolean required = duty.trigger().requires(facts, tier, dspt);
            NotificationDeadline deadline = new NotificationDeadline(duty.regime(), recipient, required, hours, due,
                    duty.source().citation(aware, policy));
            all.add(deadline);
            why.step(duty.regime() + ": " + recipient + " within " + hours + " hours of awareness" + own + ", by "
                    + Wording.show(due.toInstant(), policy.displayZone())
                    + (required ? "" : " (not required on these facts)")
                    + (duty.trigger().showsNote(facts) ? duty.note() : ""), deadline.source(), Sources.INSTANT_LINE);
        }
        all.sort(Comparator.comparing(NotificationDeadline::toInstant));
        return all;
    }
}
