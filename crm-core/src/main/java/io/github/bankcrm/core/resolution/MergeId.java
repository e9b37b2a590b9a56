package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The number of a merge: 1 to 40 letters, digits or hyphens. Not personal data.
 *
 * @param value the merge number
 */
public record MergeId(String value) {

  private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,39}");

  public MergeId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("merge ID must be 1-40 letters, digits or hyphens");
    }
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
