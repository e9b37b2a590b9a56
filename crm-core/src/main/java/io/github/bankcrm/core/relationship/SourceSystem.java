package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * The code of the system a relationship was recorded in [数据来源], such as {@code CORE}, {@code
 * CREDIT} or {@code CRM}: 1 to 20 upper-case letters, digits, underscores or hyphens, starting with a
 * letter. Banks merge relationships from several systems; the source tells which one to ask.
 *
 * @param code the system code
 */
public record SourceSystem(String code) {

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_-]{0,19}");

  public SourceSystem {
    requireNonNull(code, "code");
    if (!FORM.matcher(code).matches()) {
      throw new IllegalArgumentException("source system must be 1-20 of A-Z, 0-9, _ or -, starting with a letter");
    }
  }

  /**
   * Parses a typed system code; surrounding white space is stripped, case is kept.
   *
   * @param text the code
   * @return the source system, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, SourceSystem> parse(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String code = text.strip();
    return FORM.matcher(code).matches()
        ? Validation.valid(new SourceSystem(code))
        : Validation.invalid(
            FieldError.invalidFormat("", "1-20 of A-Z, 0-9, _ or -, starting with a letter"));
  }

  /**
   * The system with this code.
   *
   * @param code the code
   * @return the source system
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static SourceSystem of(String code) {
    return new SourceSystem(code);
  }

  /**
   * The code.
   *
   * @return the code
   */
  @JsonValue
  @Override
  public String code() {
    return code;
  }

  /**
   * The code.
   *
   * @return the code
   */
  @Override
  public String toString() {
    return code;
  }
}
