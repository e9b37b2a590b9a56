package io.github.bankcrm.core.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * A fixed-line phone number such as {@code 010-12345678} or {@code +86 21 1234 5678 ext 12}: an
 * optional {@code +}, digits, and single spaces or hyphens between them, with an optional extension.
 * Kept as typed, stripped. Personal data: {@link #toString()} shows the last four digits only.
 *
 * @param value the number
 */
public record PhoneNumber(String value) {

  private static final Pattern FORM =
      Pattern.compile("\\+?[0-9]+([ -][0-9]+)*( ?(ext|x|转) ?[0-9]{1,6})?");
  private static final int MIN_DIGITS = 5;
  private static final int MAX_LENGTH = 30;

  public PhoneNumber {
    FieldError.valueOrThrow(validate(value));
  }

  /** Parses a typed phone number. */
  public static Validation<FieldError, PhoneNumber> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    return validate(text.strip()).map(PhoneNumber::new);
  }

  /** The value in JSON: a string, never a number, so that errors do not echo personal data. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static PhoneNumber fromJson(Object json) {
    return of(TextInput.fromJson(json, "a phone number"));
  }

  /** The phone number; throws {@link IllegalArgumentException} if invalid. */
  public static PhoneNumber of(String value) {
    return FieldError.valueOrThrow(parse(value));
  }

  private static Validation<FieldError, String> validate(String value) {
    if (value != null
        && value.length() <= MAX_LENGTH
        && FORM.matcher(value).matches()
        && value.chars().filter(c -> c >= '0' && c <= '9').count() >= MIN_DIGITS) {
      return Validation.valid(value);
    }
    return Validation.invalid(
        FieldError.invalidFormat("", "a phone number of digits, spaces and hyphens"));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return Mask.phone(value);
  }
}
