package org.igkit.examples;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import org.igkit.core.architecture.rules.IgArchitectureRules;

/** The examples follow the rules every module follows (they are not domain code, so IgDomainRules do not apply). */
@AnalyzeClasses(packages = "org.igkit.examples", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);
}
