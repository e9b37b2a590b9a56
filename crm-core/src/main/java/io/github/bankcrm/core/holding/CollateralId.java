package io.github.bankcrm.core.holding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The number of a collateral item [押品编号] pledged to a loan contract: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the number
 */
public record CollateralId(String value) implements Comparable<CollateralId> {

  public CollateralId {
    IdentifierForm.require(value, "collateral ID");
  }

  /**
   * Parses a typed number.
   *
   * @param text the typed number
   * @return the number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, CollateralId> parse(String text) {
    return IdentifierForm.parse(text).map(CollateralId::new);
  }

  /**
   * The number as given.
   *
   * @param value the number
   * @return the number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static CollateralId of(String value) {
    return new CollateralId(value);
  }

  /**
   * A new random number (a UUID), for banks that let the library number them.
   *
   * @return the number
   */
  public static CollateralId random() {
    return new CollateralId(UUID.randomUUID().toString());
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
  public int compareTo(CollateralId other) {
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
