package org.igkit.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;

import org.igkit.core.architecture.rules.IgArchitectureRules;

/** ig-json is an adapter of one technology: the common rules, and no HTTP or SQL in the JSON mapping. */
@AnalyzeClasses(packages = "org.igkit.json", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);

    @ArchTest
    static final ArchRule ONLY_JSON = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.glassfish..", "org.jdbi..", "java.sql..")
            .because("the mapping is shared by the HTTP adapter and the stores, so it carries neither's technology");
}
