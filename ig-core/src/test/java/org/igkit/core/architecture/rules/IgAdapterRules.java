package org.igkit.core.architecture.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules of the inbound adapters (ig-rest): a resource maps HTTP to an application service and back, so it
 * imports no port or repository and no other resource (DESIGN.md, "the two sides of the hexagon").
 */
public final class IgAdapterRules {

    private IgAdapterRules() {
    }

    /**
     * Resources ({@code *Resource} classes in a {@code rest} package) import no {@code port} package, no
     * {@code *Repository} and no other resource; {@code notYet} names the resources still to be moved behind their
     * service, which the rule skips.
     */
    public static ArchRule resourcesTalkOnlyToServices(String... notYet) {
        return classes()
                .that().resideInAPackage("..rest..").and().haveSimpleNameEndingWith("Resource")
                .and().areTopLevelClasses()
                .should(importNoPortOrOtherResource(Set.of(notYet)))
                .because("a resource maps HTTP to an application service and back; the service alone changes state "
                        + "and audits it (DESIGN.md)");
    }

    private static ArchCondition<JavaClass> importNoPortOrOtherResource(Set<String> notYet) {
        return new ArchCondition<>("import no port, repository or other resource") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                if (notYet.contains(resource.getSimpleName())) {
                    return;
                }
                String own = topLevelName(resource.getName());
                for (Dependency dependency : resource.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String top = topLevelName(target.getName());
                    boolean port = ("." + target.getPackageName() + ".").contains(".port.");
                    boolean repository = target.getSimpleName().endsWith("Repository");
                    boolean otherResource = !top.equals(own) && top.endsWith("Resource")
                            && ("." + target.getPackageName() + ".").contains(".rest.");
                    if (port || repository || otherResource) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String topLevelName(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }
}
