package io.github.bankcrm.core.group;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The number of a static group: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the group number
 */
public record GroupId(String value) implements Comparable<GroupId> {

  public GroupId {
    IdentifierForm.require(value, "group ID");
  }

  /**
   * Parses a group number.
   *
   * @param text the typed number
   * @return the group number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, GroupId> parse(String text) {
    return IdentifierForm.parse(text).map(GroupId::new);
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
