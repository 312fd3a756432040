package org.igkit.rest.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a key needs for a resource method (or every method of a class that does not say otherwise). A
 * method with none of {@code OpenEndpoint}, {@code Calculator} or {@code RequiresRole} needs {@link Role#ADMIN}:
 * forgetting the annotation fails closed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {
    /** The role required; {@link Role#grants} says which roles satisfy it. */
    Role value();
}
