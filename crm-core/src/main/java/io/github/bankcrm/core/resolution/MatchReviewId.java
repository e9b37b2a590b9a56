package io.github.bankcrm.core.resolution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import java.util.UUID;

/**
 * The number of a review of a candidate pair: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the review number
 */
public record MatchReviewId(String value) implements Comparable<MatchReviewId> {

  public MatchReviewId {
    IdentifierForm.require(value, "review ID");
  }

  /**
   * The review with this number.
   *
   * @param value the number
   * @return the review number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static MatchReviewId of(String value) {
    return new MatchReviewId(value);
  }

  /**
   * A new random review number (a UUID).
   *
   * @return the number
   */
  public static MatchReviewId random() {
    return new MatchReviewId(UUID.randomUUID().toString());
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
   * Orders review numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(MatchReviewId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
