package io.github.bankcrm.core.shared.internal;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * The one form of the holding package's numbers (accounts, contracts, due bills, collateral): 1 to 40
 * letters, digits or hyphens, as the core banking and credit systems assign them. Numbers of
 * contracts are not personal data; account numbers are, and have their own type ({@link AccountNumber}).
 */
public final class IdentifierForm {

  private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,39}");
  private static final String EXPECTED = "1-40 letters, digits or hyphens";

  private IdentifierForm() {}

  /** The value if well-formed; otherwise an {@link IllegalArgumentException} naming {@code what}. */
  public static String require(String value, String what) {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be " + EXPECTED);
    }
    return value;
  }

  /** The stripped text, or a field error if blank or malformed. */
  public static Validation<FieldError, String> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String value = text.strip();
    return FORM.matcher(value).matches()
        ? Validation.valid(value)
        : Validation.invalid(FieldError.invalidFormat("", EXPECTED));
  }
}
