package org.igkit.store.sqlite;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.igkit.core.architecture.rules.IgArchitectureRules;

@AnalyzeClasses(packages = "org.igkit.store.sqlite", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);

    @ArchTest
    static final ArchRule publicApiHidesTheDriver = noClasses()
            .that().resideInAnyPackage("org.igkit.store.sqlite", "org.igkit.store.sqlite.importing")
            .and().arePublic()
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.sqlite..", "com.zaxxer..",
                    "org.flywaydb..")
            .because("an embedder sees igkit's ports and values; Jdbi, the driver and the pool stay inside");
}
