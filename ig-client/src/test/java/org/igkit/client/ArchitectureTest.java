package org.igkit.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The client speaks HTTP only (docs/architecture.md): nothing of the server or the domain is on its class path. */
@AnalyzeClasses(packages = "org.igkit.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule HTTP_ONLY = classes().that().resideInAPackage("org.igkit.client..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.igkit.client..", "java..", "javax.net.ssl..",
                    "com.fasterxml.jackson..", "jakarta.annotation..")
            .because("a line-of-business application depends on ig-client alone: the JDK's HTTP client and Jackson");

    @ArchTest
    static final ArchRule HAND_WRITTEN_ABOVE_GENERATED = noClasses()
            .that().resideInAnyPackage("org.igkit.client.api..", "org.igkit.client.model..", "org.igkit.client.invoker..")
            .should().dependOnClassesThat().resideInAPackage("org.igkit.client")
            .because("the generated code is regenerated at every build; only the hand-written package may build on it");
}
