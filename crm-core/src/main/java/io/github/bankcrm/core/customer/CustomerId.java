package io.github.bankcrm.core.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The customer number [客户号, CIF number]: 1 to 40 letters, digits or hyphens, as the core banking
 * system assigns it. Not personal data.
 *
 * @param value the customer number
 */
public record CustomerId(String value) implements Comparable<CustomerId> {

  public CustomerId {
    IdentifierForm.require(value, "customer ID");
  }

  /** Parses a customer number; a malformed one is a {@link FieldError}. */
  public static Validation<FieldError, CustomerId> parse(String text) {
    return IdentifierForm.parse(text).map(CustomerId::new);
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
