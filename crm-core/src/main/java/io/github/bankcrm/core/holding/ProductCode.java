package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The bank's code of a product in its product catalogue [产品代码], such as {@code DEP-TIME-3Y} or
 * {@code LN01}: 2 to 20 upper-case letters, digits, hyphens or underscores, starting with a letter or a
 * digit. Typed lower case, it is kept upper case. Not personal data.
 *
 * @param value the code
 */
public record ProductCode(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9A-Z][0-9A-Z_-]{1,19}");

  public ProductCode {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "product code must be 2-20 upper-case letters, digits, _ or -");
    }
  }

  /**
   * Parses a typed product code.
   *
   * @param text the typed code; surrounding blanks are dropped, letters made upper case
   * @return the code, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, ProductCode> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    return FORM.matcher(code).matches()
        ? Validation.valid(new ProductCode(code))
        : Validation.invalid(
            FieldError.invalidFormat("", "2-20 upper-case letters, digits, _ or -"));
  }

  /**
   * The code as given.
   *
   * @param value the code
   * @return the code
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static ProductCode of(String value) {
    return new ProductCode(value);
  }

  /**
   * The code as text.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * The code.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return value;
  }
}
