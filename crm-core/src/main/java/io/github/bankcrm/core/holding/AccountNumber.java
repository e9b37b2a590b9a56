package io.github.bankcrm.core.holding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * The bank's number of an account or card [账号 / 卡号]: 8 to 32 digits, kept without the spaces or
 * hyphens it may be typed with. Personal financial information: {@link #toString()} shows only the
 * first and last four digits, and no error message repeats it.
 *
 * <p>Card numbers (ISO/IEC 7812: 13 to 19 digits with a Luhn check digit) are the same type, parsed
 * with {@link #parseCard}; a {@link ProductType#CARD} account must carry one.
 *
 * @param value the digits
 */
public record AccountNumber(String value) {

  private static final Pattern DIGITS = Pattern.compile("[0-9]{8,32}");
  private static final Pattern CARD = Pattern.compile("[0-9]{13,19}");
  private static final Pattern SEPARATORS = Pattern.compile("[ \\-]");

  public AccountNumber {
    FieldError.valueOrThrow(validateDigits(value));
  }

  /**
   * Parses a typed account number; spaces and hyphens are dropped.
   *
   * @param text the typed number
   * @return the number, or a {@link FieldError} (without the number) if blank or not 8-32 digits
   */
  public static Validation<FieldError, AccountNumber> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    return validateDigits(compact(text)).map(AccountNumber::new);
  }

  /**
   * Parses a typed card number: 13 to 19 digits whose last digit is the Luhn check digit.
   *
   * @param text the typed number
   * @return the number, or a {@link FieldError} (without the number) if blank, malformed or failing
   *     the check
   */
  public static Validation<FieldError, AccountNumber> parseCard(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String digits = compact(text);
    if (!CARD.matcher(digits).matches()) {
      return Validation.invalid(FieldError.invalidFormat("", "a card number of 13-19 digits"));
    }
    return luhnValid(digits)
        ? Validation.valid(new AccountNumber(digits))
        : Validation.invalid(
            new FieldError("card_number.check_digit", "", "must end with a valid Luhn check digit"));
  }

  /**
   * The number as given.
   *
   * @param value 8 to 32 digits
   * @return the number
   * @throws IllegalArgumentException if malformed (the message does not repeat the value)
   */
  public static AccountNumber of(String value) {
    return FieldError.valueOrThrow(parse(value));
  }

  /** The value in JSON: a string, never a number, so that errors do not echo personal data. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static AccountNumber fromJson(Object json) {
    return of(TextInput.fromJson(json, "an account number"));
  }

  /**
   * Whether this number is a card number: 13 to 19 digits with a valid Luhn check digit.
   *
   * @return whether it passes the card number checks
   */
  public boolean isCardNumber() {
    return CARD.matcher(value).matches() && luhnValid(value);
  }

  /**
   * The digits, for storage and for the core banking system; never for logs.
   *
   * @return the digits
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The masked number: first four and last four digits.
   *
   * @return for example {@code 6222***********0123}
   */
  @Override
  public String toString() {
    return Mask.accountNumber(value);
  }

  private static String compact(String text) {
    return SEPARATORS.matcher(text.strip()).replaceAll("");
  }

  private static Validation<FieldError, String> validateDigits(String value) {
    return value != null && DIGITS.matcher(value).matches()
        ? Validation.valid(value)
        : Validation.invalid(FieldError.invalidFormat("", "8-32 digits"));
  }

  /** ISO/IEC 7812-1 Annex B: double every second digit from the right, the sum ends in 0. */
  private static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (doubled) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
