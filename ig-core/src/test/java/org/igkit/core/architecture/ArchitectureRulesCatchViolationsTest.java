package org.igkit.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.igkit.core.architecture.fixtures.LogsFromTheDomain;
import org.igkit.core.architecture.fixtures.ReadsTheWallClock;
import org.igkit.core.architecture.fixtures.cycle.a.A;
import org.igkit.core.architecture.fixtures.rest.BorrowingResource;
import org.igkit.core.architecture.fixtures.rest.CleanResource;
import org.igkit.core.architecture.fixtures.rest.LeakyResource;
import org.igkit.core.architecture.fixtures.cycle.b.B;
import org.igkit.core.architecture.fixtures.port.ConcretePort;
import org.igkit.core.architecture.fixtures.util.DumpingGround;
import org.igkit.core.architecture.rules.IgAdapterRules;
import org.igkit.core.architecture.rules.IgArchitectureRules;
import org.igkit.core.architecture.rules.IgDomainRules;
import org.igkit.core.explain.Explanation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Each rule is shown to fail on a class that breaks it, so that a green ArchitectureTest means something. */
class ArchitectureRulesCatchViolationsTest {

    @Test
    @DisplayName("a LocalDate.now() without a Clock is reported")
    void clocklessNowIsReported() {
        assertViolation(IgArchitectureRules.NO_CLOCKLESS_NOW, ReadsTheWallClock.class, "LocalDate.now()");
    }

    @Test
    @DisplayName("a logging framework in a domain class is reported")
    void frameworkInTheDomainIsReported() {
        assertViolation(IgDomainRules.NO_FRAMEWORKS, LogsFromTheDomain.class, "org.slf4j.Logger");
    }

    @Test
    @DisplayName("a class in a port package is reported")
    void concreteClassInAPortPackageIsReported() {
        assertViolation(IgDomainRules.PORTS_ARE_INTERFACES, ConcretePort.class, "ConcretePort");
    }

    @Test
    @DisplayName("a util package is reported")
    void dumpingGroundIsReported() {
        assertViolation(IgArchitectureRules.NO_DUMPING_GROUNDS, DumpingGround.class, "DumpingGround");
    }

    @Test
    @DisplayName("two packages that need each other are reported as a cycle")
    void packageCycleIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(A.class, B.class);
        EvaluationResult result = IgArchitectureRules.NO_PACKAGE_CYCLES.evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected");
    }

    @Test
    @DisplayName("a resource that imports a port is reported")
    void resourceImportingAPortIsReported() {
        assertViolation(IgAdapterRules.resourcesTalkOnlyToServices(), LeakyResource.class, "AuditLog");
    }

    @Test
    @DisplayName("a resource that borrows another resource is reported; one that does neither passes")
    void resourceBorrowingAResourceIsReported() {
        JavaClasses classes = new ClassFileImporter().importClasses(BorrowingResource.class, CleanResource.class);
        EvaluationResult result = IgAdapterRules.resourcesTalkOnlyToServices().evaluate(classes);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("CleanResource").doesNotContain("CleanResource.answer() calls");
        assertThat(IgAdapterRules.resourcesTalkOnlyToServices()
                .evaluate(new ClassFileImporter().importClasses(CleanResource.class)).hasViolation()).isFalse();
    }

    @Test
    @DisplayName("a clean class breaks no rule")
    void cleanClassPasses() {
        JavaClasses classes = new ClassFileImporter().importClasses(Explanation.class);
        assertThat(IgArchitectureRules.NO_CLOCKLESS_NOW.evaluate(classes).hasViolation()).isFalse();
        assertThat(IgDomainRules.NO_FRAMEWORKS.evaluate(classes).hasViolation()).isFalse();
    }

    private static void assertViolation(ArchRule rule, Class<?> fixture, String expectedInReport) {
        EvaluationResult result = rule.evaluate(new ClassFileImporter().importClasses(fixture));
        assertThat(result.hasViolation()).as("%s should be reported by: %s", fixture.getSimpleName(), rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().toString()).contains(expectedInReport);
    }
}
