package io.github.bankcrm.scoring.internal;

/**
 * Rounding half up to a whole number, equal to {@link Math#round(double)} for every {@code double}
 * (NaN, infinities, zeros and subnormals included), with one branch that is all but never taken
 * instead of {@code Math.round}'s two: the sign and the "below one half" case are arithmetic here.
 * Scoring rounds amounts whose sign and size vary from customer to customer, where those branches are
 * mispredicted.
 */
final class HalfUp {

  private static final long SIGNIFICAND = (1L << 52) - 1;
  private static final long EXPONENT = 0x7ffL << 52;
  /** A shift of 0 leaves the bit of one half of a value in [2^51, 2^52) as the lowest bit. */
  private static final int SHIFT_AT_ZERO_EXPONENT = 52 - 1 + 1023;

  private HalfUp() {}

  /**
   * {@code Math.round(value)}.
   *
   * @param value any double
   * @return the closest long, ties towards positive infinity; 0 for NaN; saturated at the long range
   */
  static long round(double value) {
    long bits = Double.doubleToRawLongBits(value);
    long shift = SHIFT_AT_ZERO_EXPONENT - ((bits & EXPONENT) >>> 52);
    if (shift < 0) {
      // 2^52 and more (already whole), infinite or NaN: as Math.round
      return (long) value;
    }
    long sign = bits >> 63;
    long magnitude = (bits & SIGNIFICAND) | (SIGNIFICAND + 1);
    // below one half: shifting by 63 leaves 0 or -1, which the last step turns into 0, as Math.round
    long halves = ((magnitude ^ sign) - sign) >> Math.min(shift, 63);
    return (halves + 1) >> 1;
  }
}
