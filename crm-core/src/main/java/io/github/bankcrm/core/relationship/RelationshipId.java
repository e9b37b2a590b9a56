package io.github.bankcrm.core.relationship;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import io.vavr.control.Validation;
import java.util.UUID;

/**
 * The number of a customer-to-customer relationship: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the relationship number
 */
public record RelationshipId(String value) implements Comparable<RelationshipId> {

  public RelationshipId {
    IdentifierForm.require(value, "relationship ID");
  }

  /**
   * Parses a relationship number.
   *
   * @param text the typed number
   * @return the relationship number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, RelationshipId> parse(String text) {
    return IdentifierForm.parse(text).map(RelationshipId::new);
  }

  /**
   * The relationship with this number.
   *
   * @param value the number
   * @return the relationship number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static RelationshipId of(String value) {
    return new RelationshipId(value);
  }

  /**
   * A new random relationship number (a UUID).
   *
   * @return the number
   */
  public static RelationshipId random() {
    return new RelationshipId(UUID.randomUUID().toString());
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
   * Orders relationship numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(RelationshipId other) {
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
