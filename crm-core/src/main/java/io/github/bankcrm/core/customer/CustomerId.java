package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The customer number [客户号, CIF number]: 1 to 40 letters, digits or hyphens, as the core banking
 * system assigns it. Not personal data.
 *
 * @param value the customer number
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,39}");

  public CustomerId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("customer ID must be 1-40 letters, digits or hyphens");
    }
  }

  /** Parses a customer number; a malformed one is a {@link FieldError}. */
  public static Validation<FieldError, CustomerId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String value = text.strip();
    return FORM.matcher(value).matches()
        ? Validation.valid(new CustomerId(value))
        : Validation.invalid(FieldError.invalidFormat("", "1-40 letters, digits or hyphens"));
  }

  /** The customer with this number; throws {@link IllegalArgumentException} if malformed. */
  @JsonCreator
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  /** A new random customer number (a UUID), for banks that let the library number customers. */
  public static CustomerId random() {
    return new CustomerId(UUID.randomUUID().toString());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
