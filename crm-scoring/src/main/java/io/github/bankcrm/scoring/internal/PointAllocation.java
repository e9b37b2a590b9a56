package io.github.bankcrm.scoring.internal;

/**
 * Turns fractional factor points into whole points that add up to a given total (the largest remainder
 * method): each factor gets the whole part of its exact points, and the points still missing go one
 * each to the factors with the largest fractional parts, ties to the lower index.
 */
final class PointAllocation {

  private PointAllocation() {}

  /**
   * Allocates whole points.
   *
   * @param exact the exact, non-negative points of factor {@code i} at {@code exact[offset + i]}
   * @param included a bit mask of the factor indexes that take part
   * @param total the whole total, between the sum of the whole parts and that sum plus the number of
   *     factors with a fractional part
   * @param points receives the whole points per factor index
   * @return the sum of the points, which is {@code total}
   */
  static int largestRemainder(double[] exact, int offset, int included, long total, int[] points) {
    long allocated = 0;
    for (int i = 0; i < points.length; i++) {
      if ((included & (1 << i)) != 0) {
        points[i] = (int) Math.floor(exact[offset + i]);
        allocated += points[i];
      }
    }
    int raised = 0;
    for (long missing = total - allocated; missing > 0; missing--) {
      int best = -1;
      double bestFraction = -1;
      for (int i = 0; i < points.length; i++) {
        double fraction = exact[offset + i] - points[i];
        if ((included & (1 << i)) != 0 && (raised & (1 << i)) == 0 && fraction > bestFraction) {
          best = i;
          bestFraction = fraction;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("more points to allocate than factors");
      }
      raised |= 1 << best;
      points[best]++;
      allocated++;
    }
    return (int) allocated;
  }
}
