package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.control.Validation;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The number of a segment: 1 to 40 letters, digits, hyphens or underscores, such as {@code young-graduates-bj}. Not personal data.
 *
 * @param value the segment number
 */
public record SegmentId(String value) implements Comparable<SegmentId> {

  private static final Pattern FORM = Pattern.compile("[0-9A-Za-z][0-9A-Za-z_-]{0,39}");

  public SegmentId {
    requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("segment ID must be 1-40 letters, digits, hyphens or underscores");
    }
  }

  /**
   * Parses a segment number.
   *
   * @param text the typed number
   * @return the segment number, or a {@link FieldError} if blank or malformed
   */
  public static Validation<FieldError, SegmentId> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validation.invalid(FieldError.required(""));
    }
    String value = text.strip();
    return FORM.matcher(value).matches()
        ? Validation.valid(new SegmentId(value))
        : Validation.invalid(FieldError.invalidFormat("", "1-40 letters, digits, hyphens or underscores"));
  }

  /**
   * The segment with this number.
   *
   * @param value the number
   * @return the segment number
   * @throws IllegalArgumentException if malformed
   */
  @JsonCreator
  public static SegmentId of(String value) {
    return new SegmentId(value);
  }

  /**
   * A new random segment number (a UUID).
   *
   * @return the number
   */
  public static SegmentId random() {
    return new SegmentId(UUID.randomUUID().toString());
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
   * Orders segment numbers as text.
   *
   * @param other the other number
   * @return the text comparison
   */
  @Override
  public int compareTo(SegmentId other) {
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
