package io.github.bankcrm.core.identity;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.nio.CharBuffer;
import java.util.Objects;

/**
 * A Unified Social Credit Code [统一社会信用代码] of a company or other organisation, as GB 32100-2015
 * defines it: 18 characters from {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (no I, O, S, V or Z), made of
 * the registration authority (character 1), the organisation type (2), the GB/T 2260 administrative
 * division (3 to 8, digits), the organisation code (9 to 17) and a MOD 31 check character (18).
 *
 * <p>Parsing strips surrounding whitespace and accepts lower-case letters, stored upper-case. The
 * embedded organisation code (characters 9 to 17) carries a GB 11714 check character of its own; it is
 * deliberately <em>not</em> verified, because registries have issued codes whose embedded check fails
 * and the bank must still be able to take such a customer on. Only the GB 32100 check character decides.
 *
 * <p>A credit code identifies an organisation, not a person, so {@link #toString()} shows it plainly.
 *
 * @param value the 18-character upper-case code
 */
public record UnifiedSocialCreditCode(String value) {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int LENGTH = 18;
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  /**
   * Checks and normalises {@code value} exactly as {@link #parse(String)} does.
   *
   * @throws IllegalArgumentException if the value is not a valid code; the message does not repeat it
   */
  public UnifiedSocialCreditCode {
    value = normalise(value)
        .toEither()
        .getOrElseThrow(error ->
            new IllegalArgumentException("unified social credit code " + error.message()));
  }

  /**
   * Parses a code. Never throws: {@code null}, blank and malformed text are refused with a
   * {@link FieldError} at path {@code ""} whose code is one of {@code required}, {@code uscc.length},
   * {@code uscc.characters}, {@code uscc.region} or {@code uscc.check_character}.
   *
   * @param text the code as typed or read
   * @return the upper-case code, or why it was refused
   */
  public static Validation<FieldError, UnifiedSocialCreditCode> parse(String text) {
    return normalise(text).map(UnifiedSocialCreditCode::new);
  }

  /**
   * The GB 32100 check character (MOD 31) of the first 17 characters of a code: each character's
   * position in {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (0 to 30) times its weight
   * {@code 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28}, and the character at position
   * {@code (31 - sum % 31) % 31}. For test data and data generators that build codes; to check a code,
   * use {@link #parse(String)}.
   *
   * <pre>{@code
   * String first17 = "91350100M000100Y4";
   * char check = UnifiedSocialCreditCode.checkCharacter(first17);     // '3'
   * UnifiedSocialCreditCode code = UnifiedSocialCreditCode.of(first17 + check); // 91350100M000100Y43
   * }</pre>
   *
   * <p>Only the alphabet is checked, not the six-digit region in characters 3 to 8: a code built with
   * a letter there still fails {@link #parse(String)}.
   *
   * @param first17 exactly 17 characters of the upper-case alphabet (no I, O, S, V or Z)
   * @return a character of the alphabet
   * @throws NullPointerException if {@code first17} is {@code null}
   * @throws IllegalArgumentException if {@code first17} does not have 17 characters or holds one outside
   *     the upper-case alphabet; the message does not repeat the input
   */
  public static char checkCharacter(CharSequence first17) {
    Objects.requireNonNull(first17, "first17");
    if (first17.length() != LENGTH - 1) {
      throw new IllegalArgumentException(
          "the first part of a unified social credit code must have 17 characters, not "
              + first17.length());
    }
    int sum = 0;
    for (int i = 0; i < LENGTH - 1; i++) {
      int value = ALPHABET.indexOf(first17.charAt(i));
      if (value < 0) {
        throw new IllegalArgumentException(
            "the first part of a unified social credit code must use only digits and the upper-case"
                + " letters A-Y without I, O, S, V and Z; character "
                + (i + 1)
                + " is not one");
      }
      sum += value * WEIGHTS[i];
    }
    return ALPHABET.charAt((31 - sum % 31) % 31);
  }

  /**
   * The code for JSON and trusted sources.
   *
   * @param value the code, in either case
   * @return the upper-case code
   * @throws IllegalArgumentException if the value is not a valid code; the message does not repeat it
   */
  @JsonCreator
  public static UnifiedSocialCreditCode of(String value) {
    return new UnifiedSocialCreditCode(value);
  }

  /**
   * The 18-character code.
   *
   * @return the upper-case code
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The registration authority [登记管理部门] code, character 1: for example {@code 9} for the market
   * regulator (工商), {@code 1} for organisation establishment (机构编制), {@code 5} for civil affairs (民政).
   *
   * @return the first character
   */
  public char registrationAuthority() {
    return value.charAt(0);
  }

  /**
   * The organisation type [机构类别] code within its registration authority, character 2: for example
   * {@code 1} for a company, {@code 2} for an individual proprietorship, {@code 3} for a farmers'
   * co-operative under authority {@code 9}.
   *
   * @return the second character
   */
  public char organizationType() {
    return value.charAt(1);
  }

  /**
   * The GB/T 2260 administrative division of the registering authority, characters 3 to 8.
   *
   * @return six digits
   */
  public String regionCode() {
    return value.substring(2, 8);
  }

  /**
   * The organisation code [主体标识码], characters 9 to 17 (a GB 11714 organisation code, not verified).
   *
   * @return nine characters
   */
  public String organizationCode() {
    return value.substring(8, 17);
  }

  /**
   * The code itself: it identifies an organisation, not a person, so it need not be masked.
   *
   * @return the 18-character code
   */
  @Override
  public String toString() {
    return value;
  }

  private static Validation<FieldError, String> normalise(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String stripped = text.strip();
    if (stripped.length() != LENGTH) {
      return Validation.invalid(new FieldError("uscc.length", "", "must have 18 characters"));
    }
    char[] code = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      code[i] = asciiUpperCase(stripped.charAt(i));
      if (ALPHABET.indexOf(code[i]) < 0) {
        return Validation.invalid(new FieldError(
            "uscc.characters", "", "must use only digits and the letters A-Y without I, O, S, V and Z"));
      }
    }
    for (int i = 2; i < 8; i++) {
      if (code[i] < '0' || code[i] > '9') {
        return Validation.invalid(
            new FieldError("uscc.region", "", "must have a six-digit region code in characters 3 to 8"));
      }
    }
    if (code[LENGTH - 1] != checkCharacter(CharBuffer.wrap(code, 0, LENGTH - 1))) {
      return Validation.invalid(
          new FieldError("uscc.check_character", "", "has a wrong check character"));
    }
    return Validation.valid(new String(code));
  }

  /** Only ASCII letters are folded: {@code toUpperCase} would turn other scripts into ASCII look-alikes. */
  private static char asciiUpperCase(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
  }
}
