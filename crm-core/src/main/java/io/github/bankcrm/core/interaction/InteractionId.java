package io.github.bankcrm.core.interaction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The number of a contact record: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the interaction number
 */
public record InteractionId(String value) implements Comparable<InteractionId> {

  private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,39}");

  public InteractionId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("interaction ID must be 1-40 letters, digits or hyphens");
    }
  }

  /**
   * Parses a interaction number.
   *
   * @param text the typed number
   * @return the interaction number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, InteractionId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String value = text.strip();
    return FORM.matcher(value).matches()
        ? Validation.valid(new InteractionId(value))
        : Validation.invalid(FieldError.invalidFormat("", "1-40 letters, digits or hyphens"));
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
