package io.github.bankcrm.core.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * A mobile phone number. Mainland China numbers ({@code 1[3-9]} + 9 digits) are kept as their 11
 * digits, whatever {@code +86}/{@code 0086} prefix, spaces or hyphens they were typed with; other
 * numbers are kept in E.164 form ({@code +} and 8 to 15 digits). Personal data: {@link #toString()}
 * shows the first three and last four characters.
 *
 * @param value the canonical number
 */
public record MobileNumber(String value) {

  private static final Pattern MAINLAND = Pattern.compile("1[3-9][0-9]{9}");
  // mainland numbers are kept as 11 digits, never as +86...: one number, one canonical form
  private static final Pattern E164 = Pattern.compile("\\+(?!86)[1-9][0-9]{7,14}");
  private static final Pattern SEPARATORS = Pattern.compile("[ \\-()]");

  public MobileNumber {
    FieldError.valueOrThrow(validateCanonical(value));
  }

  /** Parses a typed mobile number into its canonical form. */
  public static Validation<FieldError, MobileNumber> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String compact = SEPARATORS.matcher(text.strip()).replaceAll("");
    if (compact.startsWith("0086")) {
      compact = compact.substring(4);
    } else if (compact.startsWith("+86")) {
      compact = compact.substring(3);
    }
    return validateCanonical(compact).map(MobileNumber::new);
  }

  /** The value in JSON: a string, never a number, so that errors do not echo personal data. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static MobileNumber fromJson(Object json) {
    return of(TextInput.fromJson(json, "a mobile number"));
  }

  /** The number in canonical form; throws {@link IllegalArgumentException} if invalid. */
  public static MobileNumber of(String value) {
    return FieldError.valueOrThrow(parse(value));
  }

  private static Validation<FieldError, String> validateCanonical(String value) {
    if (value != null && (MAINLAND.matcher(value).matches() || E164.matcher(value).matches())) {
      return Validation.valid(value);
    }
    return Validation.invalid(
        FieldError.invalidFormat("", "a mainland mobile number or an E.164 number"));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return Mask.mobile(value);
  }
}
