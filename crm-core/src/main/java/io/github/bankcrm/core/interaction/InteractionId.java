package io.github.bankcrm.core.interaction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The number of a contact record: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the interaction number
 */
public record InteractionId(String value) implements Comparable<InteractionId> {

  public InteractionId {
    IdentifierForm.require(value, "interaction ID");
  }

  /**
   * Parses a interaction number.
   *
   * @param text the typed number
   * @return the interaction number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, InteractionId> parse(String text) {
    return IdentifierForm.parse(text).map(InteractionId::new);
  }

  /**
   * The interaction with this number.
   *
   * @param value the number
   * @return the interaction number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static InteractionId of(String value) {
    return new InteractionId(value);
  }

  /**
   * A new random interaction number (a UUID).
   *
   * @return the number
   */
  public static InteractionId random() {
    return new InteractionId(UUID.randomUUID().toString());
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
   * Orders interaction numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(InteractionId other) {
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
