package org.igkit.breach.assessment;

import java.util.ArrayList;
import java.util.List;

import org.igkit.breach.facts.BreachFacts;
import org.igkit.breach.facts.Regime;
import org.igkit.core.explain.Citation;
import org.igkit.core.explain.Explanation;

/**
 * What the report to the Commissioner must contain (UK GDPR Art 33(3)(a)-(d), or DPA 2018 s.67(4) under Part 3
 * alone) and whether the facts provide it yet, plus the reasons for the delay when late. Missing items are normal
 * early on: Art 33(4) lets the information follow in phases.
 */
final class Art33Checklist {
    private Art33Checklist() {
    }

    /** The checklist of {@code facts}, explained into {@code why}. */
    static List<ChecklistItem> of(BreachFacts facts, boolean late, Explanation.Builder why) {
        List<ChecklistItem> items = items(facts, late);
        long missing = items.stream().filter(ChecklistItem::isMissing).count();
        why.step(missing == 0 ? "The report has everything Art 33(3) asks for"
                : missing + " item(s) of the Art 33(3) content are still missing; they may follow in phases",
                Sources.ART_33_3, Citation.of(Sources.UK_GDPR, "Art 33(4)"));
        return items;
    }

    private static List<ChecklistItem> items(BreachFacts facts, boolean late) {
        String a = provision(facts, "(a)");
        List<ChecklistItem> items = new ArrayList<>();
        items.add(new ChecklistItem("nature of the breach", a, facts.report().description() != null));
        items.add(new ChecklistItem("categories of data subjects", a,
                facts.report().categoriesOfDataSubjects() != null));
        items.add(new ChecklistItem("approximate number of data subjects", a, facts.individuals() != null));
        items.add(new ChecklistItem("categories of personal data records", a,
                facts.report().categoriesOfPersonalData() != null || !facts.enisa().dataCategories().isEmpty()));
        items.add(new ChecklistItem("approximate number of personal data records", a,
                facts.report().approximateRecords() != null));
        items.add(new ChecklistItem("name and contact details of the DPO or other contact point",
                provision(facts, "(b)"), facts.report().contactPoint() != null));
        items.add(new ChecklistItem("likely consequences of the breach", provision(facts, "(c)"),
                facts.report().likelyConsequences() != null));
        items.add(new ChecklistItem("measures taken or proposed, including mitigation", provision(facts, "(d)"),
                facts.report().measuresTaken() != null || !facts.mitigations().isEmpty()));
        if (late) {
            items.add(new ChecklistItem("reasons for the delay", partThreeOnly(facts) ? "DPA 2018 s.67(3)"
                    : "UK GDPR Art 33(1)", facts.reasonsForDelay() != null));
        }
        return items;
    }

    private static boolean partThreeOnly(BreachFacts facts) {
        return facts.isUnder(Regime.DPA_PART3) && !facts.isUnder(Regime.UK_GDPR);
    }

    private static String provision(BreachFacts facts, String letter) {
        return partThreeOnly(facts) ? "DPA 2018 s.67(4)" + letter : "UK GDPR Art 33(3)" + letter;
    }
}
