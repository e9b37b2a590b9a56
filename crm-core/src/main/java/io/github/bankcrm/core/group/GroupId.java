package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The number of a static group: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the group number
 */
public record GroupId(String value) implements Comparable<GroupId> {

  private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,39}");

  public GroupId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("group ID must be 1-40 letters, digits or hyphens");
    }
  }

  /**
   * Parses a group number.
   *
   * @param text the typed number
   * @return the group number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, GroupId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String value = text.strip();
    return FORM.matcher(value).matches()
        ? Validation.valid(new GroupId(value))
        : Validation.invalid(FieldError.invalidFormat("", "1-40 letters, digits or hyphens"));
  }

  /**
   * The group with this number.
   *
   * @param value the number
   * @return the group number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  /**
   * A new random group number (a UUID).
   *
   * @return the number
   */
  public static GroupId random() {
    return new GroupId(UUID.randomUUID().toString());
  }

  /**
   * The number as text.
   *
   * @return the number
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * Orders group numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(GroupId other) {
    return value.compareTo(other.value);
  }

  /**
   * The number.
   *
   * @return the number
   */
  @Override
  public String toString() {
    return value;
  }
}
