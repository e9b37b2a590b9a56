package io.github.bankcrm.core.lifecycle;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * A closed interval {@code [min, max]} a fact must fall in; either end may be open ({@code null}), not
 * both. Used by policy rules and warning thresholds, in JSON as {@code {"min": 180, "max": null}}.
 *
 * @param min the smallest value that matches, or {@code null} for no lower end
 * @param max the largest value that matches, or {@code null} for no upper end
 */
public record Band(@Nullable BigDecimal min, @Nullable BigDecimal max) {

  /**
   * The band of values at least {@code min}.
   *
   * @param min the lower end
   * @return the band
   */
  public static Band atLeast(long min) {
    return new Band(BigDecimal.valueOf(min), null);
  }

  /**
   * The band of values at most {@code max}.
   *
   * @param max the upper end
   * @return the band
   */
  public static Band atMost(long max) {
    return new Band(null, BigDecimal.valueOf(max));
  }

  /**
   * The band {@code [min, max]}.
   *
   * @param min the lower end
   * @param max the upper end
   * @return the band
   */
  public static Band between(long min, long max) {
    return new Band(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /**
   * Whether a value falls in the band.
   *
   * @param value the value
   * @return whether {@code min <= value <= max} for the ends that are set
   */
  public boolean contains(BigDecimal value) {
    return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
  }

  /**
   * The band in interval notation, such as {@code [180, -]}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "[" + (min == null ? "-" : min.toPlainString()) + ", " + (max == null ? "-" : max.toPlainString())
        + "]";
  }
}
