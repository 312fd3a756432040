package org.igkit.store.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.igkit.core.architecture.rules.IgArchitectureRules;

@AnalyzeClasses(packages = "org.igkit.store.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);

    @ArchTest
    static final ArchRule knowsNoParticularDatabase = noClasses()
            .that().resideInAPackage("org.igkit.store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.igkit.store.sqlite..", "org.igkit.store.postgres..",
                    "org.sqlite..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..")
            .because("what differs between the databases is said through SqlDialect and Transactions, which each "
                    + "store implements; the shared code depends on no store, driver, pool or migration tool");
}
