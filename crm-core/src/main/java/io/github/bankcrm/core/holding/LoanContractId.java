package io.github.bankcrm.core.holding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The number of a loan contract [合同号]: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the number
 */
public record LoanContractId(String value) implements Comparable<LoanContractId> {

  public LoanContractId {
    IdentifierForm.require(value, "loan contract ID");
  }

  /**
   * Parses a typed number.
   *
   * @param text the typed number
   * @return the number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, LoanContractId> parse(String text) {
    return IdentifierForm.parse(text).map(LoanContractId::new);
  }

  /**
   * The number as given.
   *
   * @param value the number
   * @return the number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static LoanContractId of(String value) {
    return new LoanContractId(value);
  }

  /**
   * A new random number (a UUID), for banks that let the library number them.
   *
   * @return the number
   */
  public static LoanContractId random() {
    return new LoanContractId(UUID.randomUUID().toString());
  }

  /**
   * The number as text.
   *
   * @return the number
   */
  @JsonValue
  @Override
  public String value() {
    return value;
  }

  /**
   * Orders numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(LoanContractId other) {
    return value.compareTo(other.value);
  }

  /**
   * The number.
   *
   * @return the number
   */
  @Override
  public String toString() {
    return value;
  }
}
