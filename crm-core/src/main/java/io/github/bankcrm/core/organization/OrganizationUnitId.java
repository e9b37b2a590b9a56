package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * The code of an organisation unit [机构号]: head office, branch, sub-branch. Banks use short codes of
 * digits and upper-case letters; this type accepts 1 to 32 of them.
 *
 * @param value the unit code
 */
public record OrganizationUnitId(String value) implements Comparable<OrganizationUnitId> {

  private static final Pattern FORM = Pattern.compile("[0-9A-Z][0-9A-Z_-]{0,31}");

  public OrganizationUnitId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "organisation unit code must be 1-32 upper-case letters, digits, _ or -");
    }
  }

  /** Parses a unit code; a malformed code is a {@link FieldError}. */
  public static Validation<FieldError, OrganizationUnitId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String code = text.strip();
    return FORM.matcher(code).matches()
        ? Validation.valid(new OrganizationUnitId(code))
        : Validation.invalid(
            FieldError.invalidFormat("", "1-32 upper-case letters, digits, _ or -"));
  }

  /** The unit with this code; throws {@link IllegalArgumentException} if malformed. */
  @JsonCreator
  public static OrganizationUnitId of(String value) {
    return new OrganizationUnitId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(OrganizationUnitId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
