package org.igkit.core.architecture.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The rules every igkit module holds, domain or adapter. A module applies them with
 * {@code @ArchTest static final ArchTests common = ArchTests.in(IgArchitectureRules.class);}.
 */
public final class IgArchitectureRules {

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.igkit.(**)")
            .should().beFreeOfCycles()
            .because("a package is a concept; concepts that need each other are one concept or need a port");

    @ArchTest
    public static final ArchRule NO_DUMPING_GROUNDS = noClasses()
            .should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..helpers..", "..common..", "..misc..")
            .because("a function lives with the concept it serves (STYLE.md §8)");

    @ArchTest
    public static final ArchRule NO_CLOCKLESS_NOW = noClasses()
            .should().callMethodWhere(readsTheSystemClock())
            .because("time is injected as a java.time.Clock, so every answer can be reproduced and tested");

    @ArchTest
    public static final ArchRule NO_LEGACY_DATE_TIME = GeneralCodingRules.OLD_DATE_AND_TIME_CLASSES_SHOULD_NOT_BE_USED
            .because("java.time only: dates are LocalDate, instants are Instant");

    private IgArchitectureRules() {
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return new DescribedPredicate<>("a java.time now() without a Clock, or System.currentTimeMillis()") {
            @Override
            public boolean test(JavaMethodCall call) {
                var target = call.getTarget();
                String owner = target.getOwner().getName();
                boolean clocklessNow = target.getName().equals("now")
                        && owner.startsWith("java.time.")
                        && target.getRawParameterTypes().isEmpty();
                boolean wallClock = owner.equals("java.lang.System") && target.getName().equals("currentTimeMillis");
                return clocklessNow || wallClock;
            }
        };
    }
}
