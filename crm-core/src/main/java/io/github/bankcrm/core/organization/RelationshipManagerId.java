package io.github.bankcrm.core.organization;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.regex.Pattern;

/**
 * The staff number of a relationship manager [客户经理]. Banks use short codes of
 * digits and upper-case letters; this type accepts 1 to 32 of them.
 *
 * @param value the staff number
 */
public record RelationshipManagerId(String value) implements Comparable<RelationshipManagerId> {

  private static final Pattern FORM = Pattern.compile("[0-9A-Z][0-9A-Z_-]{0,31}");

  public RelationshipManagerId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "relationship manager ID must be 1-32 upper-case letters, digits, _ or -");
    }
  }

  /** Parses a staff number; a malformed code is a {@link FieldError}. */
  public static Validation<FieldError, RelationshipManagerId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String code = text.strip();
    return FORM.matcher(code).matches()
        ? Validation.valid(new RelationshipManagerId(code))
        : Validation.invalid(
            FieldError.invalidFormat("", "1-32 upper-case letters, digits, _ or -"));
  }

  /** The manager with this staff number; throws {@link IllegalArgumentException} if malformed. */
  @JsonCreator
  public static RelationshipManagerId of(String value) {
    return new RelationshipManagerId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(RelationshipManagerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
