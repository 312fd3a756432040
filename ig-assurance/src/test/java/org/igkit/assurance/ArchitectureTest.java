package org.igkit.assurance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

import org.igkit.core.architecture.rules.IgArchitectureRules;
import org.igkit.core.architecture.rules.IgDomainRules;

@AnalyzeClasses(packages = "org.igkit.assurance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchTests common = ArchTests.in(IgArchitectureRules.class);
    @ArchTest
    static final ArchTests domain = ArchTests.in(IgDomainRules.class);
}
