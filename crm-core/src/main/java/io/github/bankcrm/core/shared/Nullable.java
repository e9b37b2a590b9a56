package io.github.bankcrm.core.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component, parameter or return value that may be {@code null}: an optional field of
 * an input form, or an optional attribute of a value. Immutables builders honour it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD,
  ElementType.FIELD,
  ElementType.TYPE_USE
})
public @interface Nullable {}
