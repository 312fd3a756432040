package org.igkit.retention.rule;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.igkit.core.error.ValidationException;

/**
 * The canonical text form of a {@link RetentionRule}, as retention schedules write it.
 *
 * <pre>
 * rule      = primary { "+" offset }
 * primary   = "permanent" | fact | "(" rule ")"
 *           | ("later" | "earlier") "(" rule "," rule { "," rule } ")"
 *           | "if" "(" condition "," rule "," rule ")"
 *           | period "(" rule [ "," monthDay ] ")"
 * period    = "CY" | "CFY" | "CAY" | "TY" | "EOM" | "EOQ" | "YEAR"    (YEAR needs the monthDay; CY takes none)
 * offset    = number unit { number unit }                             unit = "y" | "m" | "d", e.g. 6y, 1y6m
 * condition = "present(" fact ")" | "flag(" fact ")" | "not(" condition ")"
 *           | ("all" | "any") "(" condition "," condition { "," condition } ")"
 *           | "ageAt(" fact [ "," birthFact ] ")" (">=" | "&lt;") number
 * monthDay  = "--MM-DD", e.g. --09-01
 * </pre>
 *
 * {@link #print(RetentionRule)} writes the canonical spelling and {@code parse(print(rule))} equals {@code rule}.
 * {@code ageAt(x) < n} is read as {@code not(ageAt(x) >= n)}.
 */
public final class RuleText {
    /** The word for {@link RetentionRule.Permanent}. */
    public static final String PERMANENT = "permanent";

    private static final Map<String, PeriodKind> PERIODS = Map.of("CY", PeriodKind.CALENDAR_YEAR,
            "CFY", PeriodKind.FINANCIAL_YEAR, "CAY", PeriodKind.ACADEMIC_YEAR, "TY", PeriodKind.TAX_YEAR,
            "EOM", PeriodKind.MONTH, "EOQ", PeriodKind.QUARTER, "YEAR", PeriodKind.YEAR_STARTING);

    /**
     * The longest text read. Real schedules' rules are under 100 characters; the bound keeps a hostile text from
     * costing more than a moment to reject.
     */
    public static final int MAX_LENGTH = 1000;

    /**
     * The deepest rule read: nesting (parentheses, later/earlier/if/period operands) plus links of a {@code + offset}
     * chain. Evaluating and printing a rule recurse over its tree, so an unbounded depth would overflow the stack.
     */
    public static final int MAX_DEPTH = 32;

    private RuleText() {
    }

    /** Reads a rule; errors name the field {@code rule}. */
    public static RetentionRule parse(String text) {
        return parse(text, "rule");
    }

    /** Reads a rule; errors name the field {@code path} and carry the column and what was expected. */
    public static RetentionRule parse(String text, String path) {
        if (text == null) {
            throw new ValidationException(path, "a rule is required", null);
        }
        if (text.length() > MAX_LENGTH) {
            throw new ValidationException(path, "a rule is at most " + MAX_LENGTH + " characters; this one has "
                    + text.length(), text.substring(0, 40) + "...");
        }
        Parser parser = new Parser(text, path);
        RetentionRule rule = parser.rule();
        parser.skipSpace();
        if (!parser.atEnd()) {
            throw parser.error("'+', ',' or end of text");
        }
        return rule;
    }

    /** The canonical text of a rule. */
    public static String print(RetentionRule rule) {
        if (rule instanceof RetentionRule.Fact f) {
            return f.name();
        } else if (rule instanceof RetentionRule.Plus p) {
            return print(p.of()) + " + " + p.offset();
        } else if (rule instanceof RetentionRule.EndOf e) {
            String start = e.yearStart() == null ? "" : ", " + e.yearStart();
            return symbolOf(e.kind()) + "(" + print(e.of()) + start + ")";
        } else if (rule instanceof RetentionRule.LaterOf l) {
            return "later(" + l.operands().stream().map(RuleText::print).collect(Collectors.joining(", ")) + ")";
        } else if (rule instanceof RetentionRule.EarlierOf e) {
            return "earlier(" + e.operands().stream().map(RuleText::print).collect(Collectors.joining(", ")) + ")";
        } else if (rule instanceof RetentionRule.When w) {
            return "if(" + print(w.condition()) + ", " + print(w.then()) + ", " + print(w.otherwise()) + ")";
        }
        return PERMANENT;
    }

    /** The canonical text of a condition. */
    public static String print(Condition condition) {
        if (condition instanceof Condition.Present p) {
            return "present(" + p.fact() + ")";
        } else if (condition instanceof Condition.Flag f) {
            return "flag(" + f.fact() + ")";
        } else if (condition instanceof Condition.AgeAtLeast a) {
            String birth = a.birthFact().equals(Condition.DATE_OF_BIRTH) ? "" : ", " + a.birthFact();
            return "ageAt(" + a.atFact() + birth + ") >= " + a.years();
        } else if (condition instanceof Condition.Not n) {
            return "not(" + print(n.operand()) + ")";
        } else if (condition instanceof Condition.AllOf a) {
            return "all(" + a.operands().stream().map(RuleText::print).collect(Collectors.joining(", ")) + ")";
        }
        Condition.AnyOf any = (Condition.AnyOf) condition;
        return "any(" + any.operands().stream().map(RuleText::print).collect(Collectors.joining(", ")) + ")";
    }

    static String symbolOf(PeriodKind kind) {
        return PERIODS.entrySet().stream().filter(e -> e.getValue() == kind).findFirst().orElseThrow().getKey();
    }

    /** A recursive-descent parser over one text. */
    private static final class Parser {
        private final String text;
        private final String path;
        private int pos;
        private int depth;

        Parser(String text, String path) {
            this.text = text;
            this.path = path;
        }

        RetentionRule rule() {
            int entered = depth;
            deeper();
            RetentionRule rule = primary();
            skipSpace();
            while (peek() == '+') {
                deeper();
                pos++;
                skipSpace();
                rule = new RetentionRule.Plus(rule, offset());
                skipSpace();
            }
            depth = entered;
            return rule;
        }

        private void deeper() {
            if (++depth > MAX_DEPTH) {
                throw new RuleSyntaxException(path, text.length() > 40 ? text.substring(0, 40) + "..." : text, pos + 1,
                        "a rule nested at most " + MAX_DEPTH + " deep (counting each '+ offset')",
                        "a deeper rule");
            }
        }

        private RetentionRule primary() {
            skipSpace();
            if (peek() == '(') {
                pos++;
                RetentionRule inner = rule();
                expect(')');
                return inner;
            }
            int start = pos;
            String word = identifier("a fact name, 'permanent', 'later', 'earlier', 'if', a period (CY, CFY, CAY, TY, "
                    + "EOM, EOQ, YEAR) or '('");
            if (word.equals(PERMANENT)) {
                return RetentionRule.permanent();
            }
            if (word.equals("later") || word.equals("earlier")) {
                expect('(');
                List<RetentionRule> operands = new ArrayList<>();
                operands.add(rule());
                do {
                    expect(',');
                    operands.add(rule());
                    skipSpace();
                } while (peek() == ',');
                expect(')');
                return word.equals("later") ? new RetentionRule.LaterOf(operands) : new RetentionRule.EarlierOf(operands);
            }
            if (word.equals("if")) {
                expect('(');
                Condition condition = condition();
                expect(',');
                RetentionRule then = rule();
                expect(',');
                RetentionRule otherwise = rule();
                expect(')');
                return new RetentionRule.When(condition, then, otherwise);
            }
            PeriodKind kind = PERIODS.get(word);
            if (kind != null) {
                expect('(');
                RetentionRule of = rule();
                skipSpace();
                MonthDay start2 = null;
                int startAt = pos;
                if (peek() == ',') {
                    pos++;
                    skipSpace();
                    startAt = pos;
                    start2 = monthDay();
                } else if (kind == PeriodKind.YEAR_STARTING) {
                    throw error("',' and the year's first day (--MM-DD)");
                }
                expect(')');
                MonthDay yearStart = start2;
                try {
                    return new RetentionRule.EndOf(of, kind, yearStart);
                } catch (ValidationException e) {
                    throw new RuleSyntaxException(path, text, startAt + 1, "a year start allowed for " + word,
                            e.violations().get(0).message());
                }
            }
            if (FactNames.RESERVED.contains(word)) {
                pos = start;
                throw error("a fact name, 'permanent', 'later', 'earlier', 'if' or a period (CY, CFY, CAY, TY, EOM, EOQ, YEAR)");
            }
            return new RetentionRule.Fact(word);
        }

        private Condition condition() {
            int entered = depth;
            deeper();
            Condition condition = conditionHere();
            depth = entered;
            return condition;
        }

        private Condition conditionHere() {
            skipSpace();
            int start = pos;
            String word = identifier("a condition: present, flag, ageAt, not, all or any");
            switch (word) {
                case "present": {
                    expect('(');
                    String fact = fact();
                    expect(')');
                    return new Condition.Present(fact);
                }
                case "flag": {
                    expect('(');
                    String fact = fact();
                    expect(')');
                    return new Condition.Flag(fact);
                }
                case "not": {
                    expect('(');
                    Condition inner = condition();
                    expect(')');
                    return new Condition.Not(inner);
                }
                case "all":
                case "any": {
                    expect('(');
                    List<Condition> operands = new ArrayList<>();
                    operands.add(condition());
                    do {
                        expect(',');
                        operands.add(condition());
                        skipSpace();
                    } while (peek() == ',');
                    expect(')');
                    return word.equals("all") ? new Condition.AllOf(operands) : new Condition.AnyOf(operands);
                }
                case "ageAt": {
                    expect('(');
                    String at = fact();
                    skipSpace();
                    String birth = Condition.DATE_OF_BIRTH;
                    if (peek() == ',') {
                        pos++;
                        birth = fact();
                    }
                    expect(')');
                    skipSpace();
                    boolean atLeast;
                    if (text.startsWith(">=", pos)) {
                        atLeast = true;
                        pos += 2;
                    } else if (peek() == '<') {
                        atLeast = false;
                        pos++;
                    } else {
                        throw error("'>=' or '<'");
                    }
                    skipSpace();
                    int numberAt = pos;
                    int years = number();
                    if (years > 200) {
                        pos = numberAt;
                        throw error("an age of 0 to 200");
                    }
                    Condition.AgeAtLeast age = new Condition.AgeAtLeast(birth, at, years);
                    return atLeast ? age : new Condition.Not(age);
                }
                default:
                    pos = start;
                    throw error("a condition: present, flag, ageAt, not, all or any");
            }
        }

        private String fact() {
            skipSpace();
            int start = pos;
            String word = identifier("a fact name");
            if (FactNames.RESERVED.contains(word)) {
                pos = start;
                throw error("a fact name (not a word of the shorthand)");
            }
            return word;
        }

        private Offset offset() {
            int start = pos;
            int years = 0;
            int months = 0;
            int days = 0;
            boolean any = false;
            String seen = "";
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                int n = number();
                char unit = peek();
                int unitAt = pos;
                if (unit == 'y' && !seen.contains("y") && !seen.contains("m") && !seen.contains("d")) {
                    years = n;
                } else if (unit == 'm' && !seen.contains("m") && !seen.contains("d")) {
                    months = n;
                } else if (unit == 'd' && !seen.contains("d")) {
                    days = n;
                } else {
                    pos = unitAt;
                    throw error(seen.isEmpty() ? "a unit: y, m or d" : "a unit after '" + seen + "' in the order y, m, d");
                }
                seen += unit;
                pos++;
                any = true;
            }
            if (!any) {
                throw error("an offset such as 6y, 18m, 30d or 1y6m");
            }
            if (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
                throw error("'+', ',', ')' or end of text after the offset");
            }
            try {
                return new Offset(years, months, days);
            } catch (ValidationException e) {
                throw new RuleSyntaxException(path, text, start + 1, "a non-zero offset of at most " + Offset.MAX
                        + " years or months", text.substring(start, pos));
            }
        }

        private MonthDay monthDay() {
            int start = pos;
            int end = Math.min(text.length(), pos + 7);
            String candidate = text.substring(pos, end);
            try {
                MonthDay day = MonthDay.parse(candidate);
                pos = end;
                return day;
            } catch (DateTimeParseException e) {
                pos = start;
                throw error("a year start --MM-DD such as --09-01");
            }
        }

        private int number() {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("a number");
            }
            if (pos - start > 6) {
                pos = start;
                throw error("a number of at most 6 digits");
            }
            return Integer.parseInt(text.substring(start, pos));
        }

        private String identifier(String expected) {
            skipSpace();
            int start = pos;
            if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')
                    && text.charAt(pos) < 128) {
                pos++;
                while (pos < text.length() && text.charAt(pos) < 128
                        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                    pos++;
                }
                return text.substring(start, pos);
            }
            throw error(expected);
        }

        private void expect(char c) {
            skipSpace();
            if (peek() != c) {
                throw error("'" + c + "'");
            }
            pos++;
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        private char peek() {
            return pos < text.length() ? text.charAt(pos) : '\0';
        }

        RuleSyntaxException error(String expected) {
            String found = atEnd() ? "end of text" : "'" + text.substring(pos, Math.min(text.length(), pos + 12)) + "'";
            return new RuleSyntaxException(path, text, pos + 1, expected, found);
        }
    }
}
