package org.igkit.json;

import java.util.Arrays;

import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * Writes the records of the packages under a prefix by their components only. Jackson also writes every
 * {@code isX()} of a record as a property ({@code Proportion.isEmpty()} as {@code "empty"}, a DSPT assessment's
 * {@code isPublished()} as {@code "published"}), which the strict reader then refuses on the way back in; the
 * assurance domain has many such derived checks, so they are left out by rule rather than one mix-in each.
 */
final class RecordComponentsOnly extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    private final String packagePrefix;

    RecordComponentsOnly(String packagePrefix) {
        this.packagePrefix = packagePrefix;
    }

    @Override
    public boolean hasIgnoreMarker(AnnotatedMember member) {
        if (member instanceof AnnotatedMethod method && method.getParameterCount() == 0) {
            Class<?> type = method.getDeclaringClass();
            if (type.isRecord() && type.getName().startsWith(packagePrefix)) {
                return Arrays.stream(type.getRecordComponents()).noneMatch(c -> c.getName().equals(method.getName()));
            }
        }
        return false;
    }
}
