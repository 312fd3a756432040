package org.igkit.core.architecture.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of the pure domain modules (ig-core, ig-assets, ig-requests, ig-retention, ig-breach), applied with
 * {@code @ArchTest static final ArchTests domain = ArchTests.in(IgDomainRules.class);} beside
 * {@link IgArchitectureRules}.
 */
public final class IgDomainRules {

    @ArchTest
    public static final ArchRule NO_FRAMEWORKS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.ws..", "org.glassfish..", "com.fasterxml..", "org.jdbi..", "com.zaxxer..",
                    "org.sqlite..", "org.flywaydb..", "org.eclipse.microprofile..", "io.smallrye..", "org.slf4j..")
            .because("the domain is JDK only: an embedder needs one jar and no framework (DESIGN.md)");

    @ArchTest
    public static final ArchRule PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage("..port..").and().areTopLevelClasses()
            .should().beInterfaces()
            .because("a port says what the domain needs; adapters say how");

    @ArchTest
    public static final ArchRule PORTS_KNOW_NO_ADAPTER = noClasses()
            .that().resideInAPackage("..port..")
            .should().dependOnClassesThat().resideInAnyPackage("..memory..", "..store..", "..rest..")
            .because("adapters implement ports, never the other way round");

    private IgDomainRules() {
    }
}
