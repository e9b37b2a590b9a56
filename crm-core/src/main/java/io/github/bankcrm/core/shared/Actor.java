package io.github.bankcrm.core.shared;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;

/**
 * Who performed a change: a staff member's user ID, or a system job ({@code system:nightly-batch}).
 * Written into every change record and transition log.
 */
public record Actor(String id) {

  private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}");

  public Actor {
    requireNonNull(id, "id");
    if (!FORM.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "actor id must be 1-64 characters of letters, digits and . _ : @ -");
    }
  }

  /** A staff member or system, by its ID. */
  @JsonCreator
  public static Actor of(String id) {
    return new Actor(id);
  }

  /** A system job, written as {@code system:<name>}. */
  public static Actor system(String name) {
    return new Actor("system:" + name);
  }

  @JsonValue
  @Override
  public String id() {
    return id;
  }

  @Override
  public String toString() {
    return id;
  }
}
