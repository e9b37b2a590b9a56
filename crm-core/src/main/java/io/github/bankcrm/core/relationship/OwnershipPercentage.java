package io.github.bankcrm.core.relationship;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rule for a shareholding's percentage [持股比例]: more than 0 and at most 100, with at most
 * {@value #SCALE} decimal places, kept at exactly that scale so that {@code 50}, {@code 50.0} and
 * {@code 50.0000} are one value.
 */
public final class OwnershipPercentage {

  /** Decimal places kept for a recorded percentage. */
  public static final int SCALE = 4;

  /** One hundred percent. */
  public static final BigDecimal HUNDRED = new BigDecimal(100).setScale(SCALE);

  private OwnershipPercentage() {}

  /**
   * Checks a percentage.
   *
   * @param value the typed percentage
   * @return the percentage at scale {@value #SCALE}, or a {@link FieldError} ({@code required}, {@code
   *     out_of_range} or {@code too_precise})
   */
  public static Validation<FieldError, BigDecimal> parse(@Nullable BigDecimal value) {
    if (value == null) {
      return Validation.invalid(FieldError.required(""));
    }
    if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
      return Validation.invalid(FieldError.outOfRange("", "more than 0 and at most 100"));
    }
    if (value.stripTrailingZeros().scale() > SCALE) {
      return Validation.invalid(
          new FieldError("too_precise", "", "must have at most " + SCALE + " decimal places"));
    }
    return Validation.valid(value.setScale(SCALE, RoundingMode.UNNECESSARY));
  }

  /**
   * The percentage at scale {@value #SCALE}, for trusted callers.
   *
   * @param value a valid percentage
   * @return the normalised value
   * @throws IllegalArgumentException if {@link #parse} refuses it
   */
  public static BigDecimal of(BigDecimal value) {
    return FieldError.valueOrThrow(parse(value));
  }
}
