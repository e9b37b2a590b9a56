package io.github.bankcrm.core.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to packages and types instead of per-type
 * {@code @Value.Style}: strict builders (an attribute is set once), no Guava, no staged builders, and
 * nothing but the JDK in generated code.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    stagedBuilder = false,
    visibility = Value.Style.ImplementationVisibility.SAME,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = true))
public @interface CrmStyle {}
