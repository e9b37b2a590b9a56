package io.github.bankcrm.core.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A citizen identity number of the People's Republic of China [公民身份号码], as GB 11643-1999 defines it
 * and the resident identity card [居民身份证] carries it: six digits of the administrative division where
 * it was first issued, the birth date as {@code YYYYMMDD}, three sequence digits (odd for men, even for
 * women) and an ISO 7064 MOD 11-2 check character, {@code 0}-{@code 9} or {@code X}.
 *
 * <p>Parsing strips surrounding whitespace, accepts a lower-case {@code x} (stored as {@code X}) and
 * upgrades a first-generation 15-digit number (two-digit year of the 1900s, no check character) to its
 * 18-digit form, so that the same person always has the same number. The birth date must be a real
 * calendar date from 1850-01-01 up to today in China Standard Time (UTC+8); the administrative division
 * is not checked against the GB/T 2260 list, which changes every year while old numbers stay valid.
 *
 * <p>The number is personal financial information: {@link #toString()} masks it.
 *
 * @param value the 18-character number, upper-case check character
 */
public record ResidentIdNumber(String value) {

  /** The earliest birth date accepted; older numbers do not exist in practice. */
  static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1850, 1, 1);

  private static final ZoneOffset CHINA_STANDARD_TIME = ZoneOffset.ofHours(8);
  private static final int LENGTH = 18;
  private static final int OLD_LENGTH = 15;
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";

  /**
   * Checks and normalises {@code value} exactly as {@link #parse(String)} does.
   *
   * @throws IllegalArgumentException if the value is not a valid number; the message does not repeat it
   */
  public ResidentIdNumber {
    value = normalise(value)
        .toEither()
        .getOrElseThrow(error ->
            new IllegalArgumentException("resident identity number " + error.message()));
  }

  /**
   * Parses an 18-digit or a first-generation 15-digit number. Never throws: {@code null}, blank and
   * malformed text are refused with a {@link FieldError} at path {@code ""} whose code is one of
   * {@code required}, {@code resident_id.length}, {@code resident_id.characters},
   * {@code resident_id.check_character} or {@code resident_id.birth_date}.
   *
   * @param text the number as typed or read
   * @return the number in its 18-digit form, or why it was refused
   */
  public static Validation<FieldError, ResidentIdNumber> parse(String text) {
    return normalise(text).map(ResidentIdNumber::new);
  }

  /**
   * The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits of an 18-digit number:
   * each digit times its weight {@code 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2}, the sum modulo 11
   * mapped to {@code 1 0 X 9 8 7 6 5 4 3 2}. For test data and data generators that build numbers;
   * to check a number, use {@link #parse(String)}.
   *
   * <pre>{@code
   * String first17 = "11010519491231002";
   * char check = ResidentIdNumber.checkCharacter(first17);   // 'X'
   * ResidentIdNumber id = ResidentIdNumber.of(first17 + check); // 11010519491231002X
   * }</pre>
   *
   * <p>The birth date inside is not checked: a number built from a date that does not exist still
   * fails {@link #parse(String)}.
   *
   * @param first17 exactly 17 ASCII digits {@code 0}-{@code 9}
   * @return {@code 0}-{@code 9} or an upper-case {@code X}
   * @throws NullPointerException if {@code first17} is {@code null}
   * @throws IllegalArgumentException if {@code first17} does not have 17 characters or holds anything
   *     but ASCII digits; the message does not repeat the input
   */
  public static char checkCharacter(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException(
          "the first part of a resident identity number must have 17 digits, not "
              + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      char c = first17.charAt(i);
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(
            "the first part of a resident identity number must hold only digits 0-9; character "
                + (i + 1)
                + " is not one");
      }
      sum += (c - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  /** The value in JSON: a string, never a number, so that errors do not echo personal data. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ResidentIdNumber fromJson(Object json) {
    return of(TextInput.fromJson(json, "a resident identity number"));
  }

  /**
   * The number from a trusted source.
   *
   * @param value an 18-digit or 15-digit number
   * @return the number in its 18-digit form
   * @throws IllegalArgumentException if the value is not a valid number; the message does not repeat it
   */
  public static ResidentIdNumber of(String value) {
    return new ResidentIdNumber(value);
  }

  /**
   * The 18-character number.
   *
   * @return the number, with an upper-case {@code X} check character where it has one
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The birth date encoded in characters 7 to 14.
   *
   * @return the holder's birth date
   */
  public LocalDate birthDate() {
    return LocalDate.of(number(value, 6, 10), number(value, 10, 12), number(value, 12, 14));
  }

  /**
   * The gender encoded in the 17th character: odd for {@link Gender#MALE}, even for {@link Gender#FEMALE}.
   *
   * @return {@link Gender#MALE} or {@link Gender#FEMALE}
   */
  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /**
   * The GB/T 2260 administrative division where the number was issued: its first six digits.
   *
   * @return six digits, for example {@code 110105} (Beijing, Chaoyang district)
   */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /**
   * The masked number, safe for logs.
   *
   * @return the number with all but its first character and last two starred
   */
  @Override
  public String toString() {
    return Mask.idNumber(value);
  }

  private static Validation<FieldError, String> normalise(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String number = text.strip();
    if (number.length() == OLD_LENGTH) {
      return normaliseOld(number);
    }
    if (number.length() != LENGTH) {
      return Validation.invalid(wrongLength());
    }
    if (!isAsciiDigits(number, 0, LENGTH - 1) || !isCheckCharacter(number.charAt(LENGTH - 1))) {
      return Validation.invalid(wrongCharacters());
    }
    String first17 = number.substring(0, LENGTH - 1);
    char check = Character.toUpperCase(number.charAt(LENGTH - 1));
    if (check != checkCharacter(first17)) {
      return Validation.invalid(
          new FieldError("resident_id.check_character", "", "has a wrong check character"));
    }
    if (!isBirthDate(first17, 6)) {
      return Validation.invalid(wrongBirthDate());
    }
    return Validation.valid(first17 + check);
  }

  /** A 15-digit number has a {@code YYMMDD} birth date of the 1900s and no check character. */
  private static Validation<FieldError, String> normaliseOld(String number) {
    if (!isAsciiDigits(number, 0, OLD_LENGTH)) {
      return Validation.invalid(wrongCharacters());
    }
    String withoutCheck = number.substring(0, 6) + "19" + number.substring(6);
    if (!isBirthDate(withoutCheck, 6)) {
      return Validation.invalid(wrongBirthDate());
    }
    return Validation.valid(withoutCheck + checkCharacter(withoutCheck));
  }

  private static boolean isBirthDate(String number, int start) {
    int year = number(number, start, start + 4);
    int month = number(number, start + 4, start + 6);
    int day = number(number, start + 6, start + 8);
    if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
      return false;
    }
    LocalDate date = LocalDate.of(year, month, day);
    return !date.isBefore(EARLIEST_BIRTH_DATE) && !date.isAfter(LocalDate.now(CHINA_STANDARD_TIME));
  }

  /** Only ASCII digits: other scripts' digits ({@code ١}, {@code １}) are not part of the standard. */
  private static boolean isAsciiDigits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isCheckCharacter(char c) {
    return (c >= '0' && c <= '9') || c == 'X' || c == 'x';
  }

  private static int number(String digits, int start, int end) {
    int result = 0;
    for (int i = start; i < end; i++) {
      result = result * 10 + (digits.charAt(i) - '0');
    }
    return result;
  }

  private static FieldError wrongLength() {
    return new FieldError(
        "resident_id.length",
        "",
        "must have 18 characters, or 15 digits for a first-generation number");
  }

  private static FieldError wrongCharacters() {
    return new FieldError(
        "resident_id.characters", "", "must be digits 0-9, with a last check character of 0-9 or X");
  }

  private static FieldError wrongBirthDate() {
    return new FieldError(
        "resident_id.birth_date", "", "must hold a real birth date from 1850-01-01 up to today");
  }
}
