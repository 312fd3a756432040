package org.igkit.testkit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import org.igkit.core.architecture.rules.IgArchitectureRules;

@AnalyzeClasses(packages = "org.igkit.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);
}
