package io.github.bankcrm.core.warning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The number of an early warning: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the warning number
 */
public record WarningId(String value) implements Comparable<WarningId> {

  public WarningId {
    IdentifierForm.require(value, "warning ID");
  }

  /**
   * Parses a warning number.
   *
   * @param text the typed number
   * @return the warning number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, WarningId> parse(String text) {
    return IdentifierForm.parse(text).map(WarningId::new);
  }

  /**
   * The warning with this number.
   *
   * @param value the number
   * @return the warning number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static WarningId of(String value) {
    return new WarningId(value);
  }

  /**
   * A new random warning number (a UUID).
   *
   * @return the number
   */
  public static WarningId random() {
    return new WarningId(UUID.randomUUID().toString());
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
   * Orders warning numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(WarningId other) {
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
