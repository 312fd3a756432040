package org.igkit.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.igkit.core.architecture.rules.IgAdapterRules;
import org.igkit.core.architecture.rules.IgArchitectureRules;

/** ig-rest is an adapter: the common rules, and only the composition root may touch a store (SQLite, PostgreSQL). */
@AnalyzeClasses(packages = "org.igkit.rest", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);

    @ArchTest
    static final ArchRule ONLY_THE_COMPOSITION_ROOT_TOUCHES_THE_STORE = noClasses()
            .that().doNotHaveFullyQualifiedName("org.igkit.rest.server.CompositionRoot")
            .should().dependOnClassesThat().resideInAPackage("org.igkit.store..")
            .because("resources speak to ports; which adapter serves them is decided in one place (DESIGN.md)");

    /** Resources talk only to the application services: no port, no repository, no other resource. */
    @ArchTest
    static final ArchRule RESOURCES_TALK_ONLY_TO_SERVICES = IgAdapterRules.resourcesTalkOnlyToServices();
}
