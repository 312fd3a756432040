package org.igkit.retention.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.igkit.retention.rule.RetentionRule.fact;

import java.time.MonthDay;

import org.igkit.core.error.ValidationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shorthand of ../shared/spec/retention.md section 6, read and written. */
class RuleTextTest {

    @Test
    @DisplayName("Spec 6: each shorthand of the table reads as its tree")
    void theSpecTable() {
        assertThat(RuleText.parse("dateOfBirth + 25y")).isEqualTo(fact("dateOfBirth").plusYears(25));
        assertThat(RuleText.parse("CY(received) + 1y")).isEqualTo(fact("received").endOf(PeriodKind.CALENDAR_YEAR).plusYears(1));
        assertThat(RuleText.parse("CFY(processed) + 6y")).isEqualTo(fact("processed").endOf(PeriodKind.FINANCIAL_YEAR).plusYears(6));
        assertThat(RuleText.parse("CAY(dated) + 2y")).isEqualTo(fact("dated").endOf(PeriodKind.ACADEMIC_YEAR).plusYears(2));
        assertThat(RuleText.parse("TY(payDate) + 3y")).isEqualTo(fact("payDate").endOf(PeriodKind.TAX_YEAR).plusYears(3));
        assertThat(RuleText.parse("later(employmentEnded + 6y, dateOfBirth + 70y)"))
                .isEqualTo(RetentionRule.laterOf(fact("employmentEnded").plusYears(6), fact("dateOfBirth").plusYears(70)));
        assertThat(RuleText.parse("earlier(discharged + 20y, dateOfDeath + 10y)"))
                .isEqualTo(RetentionRule.earlierOf(fact("discharged").plusYears(20), fact("dateOfDeath").plusYears(10)));
        assertThat(RuleText.parse("if(ageAt(treatmentEnded) >= 17, dateOfBirth + 26y, dateOfBirth + 25y)"))
                .isEqualTo(RetentionRule.when(Condition.ageAtLeast("treatmentEnded", 17),
                        fact("dateOfBirth").plusYears(26), fact("dateOfBirth").plusYears(25)));
        assertThat(RuleText.parse("permanent")).isEqualTo(RetentionRule.permanent());
    }

    @Test
    void yearStartsConditionsAndSpacingAreRead() {
        assertThat(RuleText.parse("YEAR(TY(d),--02-01)+5y")).isEqualTo(new RetentionRule.EndOf(
                fact("d").endOf(PeriodKind.TAX_YEAR), PeriodKind.YEAR_STARTING, MonthDay.of(2, 1)).plusYears(5));
        assertThat(RuleText.parse("if(any(flag(a), not(present(b)), all(flag(c), ageAt(x, born) < 18)), p, q)").toText())
                .isEqualTo("if(any(flag(a), not(present(b)), all(flag(c), not(ageAt(x, born) >= 18))), p, q)");
        assertThat(RuleText.parse("  ( d + 1y6m )  ")).isEqualTo(fact("d").plus(Offset.of(1, 6, 0)));
    }

    @Test
    void printingIsCanonical() {
        assertThat(RuleText.print(fact("d").plus(Offset.of(1, 2, 3)).endOf(PeriodKind.MONTH))).isEqualTo("EOM(d + 1y2m3d)");
        assertThat(RuleText.print(new RetentionRule.EndOf(fact("d"), PeriodKind.FINANCIAL_YEAR, MonthDay.of(9, 1))))
                .isEqualTo("CFY(d, --09-01)");
    }

    @ParameterizedTest(name = "''{0}'' fails at column {1}, expecting {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "dateOfBirth +           | 14 | an offset such as 6y, 18m, 30d or 1y6m",
            "dateOfBirth + 25        | 17 | a unit: y, m or d",
            "dateOfBirth + 25x       | 17 | a unit: y, m or d",
            "dateOfBirth + 6m1y      | 18 | a unit after 'm' in the order y, m, d",
            "later(a + 1y)           | 13 | ','",
            "later(a, b              | 11 | ')'",
            "CFY(a) 6y               | 8  | '+', ',' or end of text",
            "if(a, b, c)             | 4  | a condition: present, flag, ageAt, not, all or any",
            "if(ageAt(x) > 3, b, c)  | 13 | '>=' or '<'",
            "YEAR(d)                 | 7  | ',' and the year's first day (--MM-DD)",
            "CFY(d, 09-01)           | 8  | a year start --MM-DD such as --09-01",
            "CY(d, --09-01)          | 7  | a year start allowed for CY",
            "later                   | 6  | '('",
            "CFY                     | 4  | '('",
            "d + 0y                  | 5  | a non-zero offset of at most 12000 years or months",
            "                        | 1  | a fact name, 'permanent', 'later', 'earlier', 'if', a period (CY, CFY, CAY, TY, EOM, EOQ, YEAR) or '('",
            "present(x)              | 1  | a fact name, 'permanent', 'later', 'earlier', 'if' or a period (CY, CFY, CAY, TY, EOM, EOQ, YEAR)"})
    void parseErrorsGiveThePositionAndWhatWasExpected(String text, int column, String expected) {
        String given = text == null ? "" : text;
        assertThatThrownBy(() -> RuleText.parse(given))
                .isInstanceOfSatisfying(RuleSyntaxException.class, e -> {
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.expected()).isEqualTo(expected);
                    assertThat(e.violations().get(0).path()).isEqualTo("rule");
                    assertThat(e.getMessage()).contains("column " + column);
                });
    }

    @Test
    @DisplayName("Hostile input: 20,000 nested parentheses are refused as too deep, not a stack overflow")
    void deeplyNestedParenthesesAreRefused() {
        String text = "(".repeat(400) + "closed" + ")".repeat(400);
        assertThatThrownBy(() -> RuleText.parse(text)).isInstanceOf(RuleSyntaxException.class)
                .hasMessageContaining("nested at most " + RuleText.MAX_DEPTH);
        String huge = "(".repeat(20_000) + "closed" + ")".repeat(20_000);
        assertThatThrownBy(() -> RuleText.parse(huge)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most " + RuleText.MAX_LENGTH + " characters");
    }

    @Test
    @DisplayName("Hostile input: a chain of '+ 1y' longer than the depth bound is refused")
    void longOffsetChainsAreRefused() {
        assertThatThrownBy(() -> RuleText.parse("closed" + " + 1y".repeat(150)))
                .isInstanceOf(RuleSyntaxException.class).hasMessageContaining("counting each '+ offset'");
        assertThat(RuleText.parse("closed" + "+1y".repeat(RuleText.MAX_DEPTH - 1)).toText()).startsWith("closed + 1y");
    }

    @Test
    @DisplayName("The depth bound: 31 parentheses read, 32 refused; nested not() counts too")
    void theDepthBoundIsExact() {
        assertThat(RuleText.parse("(".repeat(RuleText.MAX_DEPTH - 1) + "closed" + ")".repeat(RuleText.MAX_DEPTH - 1)))
                .isEqualTo(fact("closed"));
        assertThatThrownBy(() -> RuleText.parse("(".repeat(RuleText.MAX_DEPTH) + "closed" + ")".repeat(RuleText.MAX_DEPTH)))
                .isInstanceOf(RuleSyntaxException.class);
        assertThatThrownBy(() -> RuleText.parse("if(" + "not(".repeat(40) + "flag(a)" + ")".repeat(40) + ", p, q)"))
                .isInstanceOf(RuleSyntaxException.class);
    }
}
