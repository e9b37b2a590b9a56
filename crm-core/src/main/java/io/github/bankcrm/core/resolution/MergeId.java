package io.github.bankcrm.core.resolution;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.internal.IdentifierForm;
import java.util.UUID;

/**
 * The number of a merge: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the merge number
 */
public record MergeId(String value) {

  public MergeId {
    IdentifierForm.require(value, "merge ID");
  }

  /**
   * The merge with this number.
   *
   * @param value the number
   * @return the merge number
   */
  @JsonCreator
  public static MergeId of(String value) {
    return new MergeId(value);
  }

  /**
   * A new random merge number (a UUID).
   *
   * @return the number
   */
  public static MergeId random() {
    return new MergeId(UUID.randomUUID().toString());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
