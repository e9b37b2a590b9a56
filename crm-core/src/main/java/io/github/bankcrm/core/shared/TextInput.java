package io.github.bankcrm.core.shared;

import io.vavr.control.Validation;
import java.text.Normalizer;

/**
 * The rules every free-text input field follows: surrounding white space is stripped, the text is
 * normalised to Unicode NFC (so that the same name typed on two systems compares equal), and control
 * characters are refused.
 */
public final class TextInput {

  private TextInput() {}

  /** A mandatory text of at most {@code maxLength} characters. */
  public static Validation<FieldError, String> required(@Nullable String value, int maxLength) {
    String text = normalise(value);
    if (text == null) {
      return Validation.invalid(FieldError.required(""));
    }
    return check(text, maxLength);
  }

  /** An optional text of at most {@code maxLength} characters; blank becomes {@code null}. */
  public static Validation<FieldError, @Nullable String> optional(
      @Nullable String value, int maxLength) {
    String text = normalise(value);
    return text == null ? Validation.valid(null) : check(text, maxLength);
  }

  /** The stripped NFC form of a text, or {@code null} for a null or blank one. */
  public static @Nullable String normalise(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
  }

  /**
   * The text of a JSON value that must be a string. Digit-only personal data (a mobile, an identity
   * number) sent as a JSON number is refused here with a message that does not repeat it; Jackson's own
   * message for a number where text is expected would.
   *
   * @param value what Jackson read: a {@code String}, a number, a boolean, a map or a list
   * @param what the name of the value for the message, e.g. {@code "a mobile number"}
   * @return the string
   * @throws IllegalArgumentException if the value is not a string
   */
  public static String fromJson(Object value, String what) {
    if (value instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException(what + " is written as a JSON string");
  }

  private static Validation<FieldError, String> check(String text, int maxLength) {
    if (text.codePointCount(0, text.length()) > maxLength) {
      return Validation.invalid(FieldError.tooLong("", maxLength));
    }
    if (text.codePoints().anyMatch(Character::isISOControl)) {
      return Validation.invalid(
          new FieldError("control_character", "", "must not contain control characters"));
    }
    return Validation.valid(text);
  }
}
