package org.igkit.retention.rule;

import java.util.HashSet;
import java.util.Set;

/** Collects the fact names a rule reads. */
final class RuleFacts {
    private RuleFacts() {
    }

    static Set<String> of(RetentionRule rule) {
        Set<String> names = new HashSet<>();
        collect(rule, names);
        return Set.copyOf(names);
    }

    private static void collect(RetentionRule rule, Set<String> names) {
        if (rule instanceof RetentionRule.Fact f) {
            names.add(f.name());
        } else if (rule instanceof RetentionRule.Plus p) {
            collect(p.of(), names);
        } else if (rule instanceof RetentionRule.EndOf e) {
            collect(e.of(), names);
        } else if (rule instanceof RetentionRule.LaterOf l) {
            l.operands().forEach(o -> collect(o, names));
        } else if (rule instanceof RetentionRule.EarlierOf e) {
            e.operands().forEach(o -> collect(o, names));
        } else if (rule instanceof RetentionRule.When w) {
            collect(w.condition(), names);
            collect(w.then(), names);
            collect(w.otherwise(), names);
        }
    }

    private static void collect(Condition condition, Set<String> names) {
        if (condition instanceof Condition.Present p) {
            names.add(p.fact());
        } else if (condition instanceof Condition.Flag f) {
            names.add(f.fact());
        } else if (condition instanceof Condition.AgeAtLeast a) {
            names.add(a.birthFact());
            names.add(a.atFact());
        } else if (condition instanceof Condition.Not n) {
            collect(n.operand(), names);
        } else if (condition instanceof Condition.AllOf a) {
            a.operands().forEach(o -> collect(o, names));
        } else if (condition instanceof Condition.AnyOf a) {
            a.operands().forEach(o -> collect(o, names));
        }
    }
}
