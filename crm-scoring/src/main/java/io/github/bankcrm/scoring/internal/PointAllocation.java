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
   * @param exact the exact, non-negative points per factor index
   * @param included which indexes take part
   * @param total the whole total, between the sum of the whole parts and that sum plus the number of
   *     factors with a fractional part
   * @return the whole points per factor index, adding up to {@code total}
   */
  static int[] largestRemainder(double[] exact, boolean[] included, long total) {
    int[] points = new int[exact.length];
    long allocated = 0;
    for (int i = 0; i < exact.length; i++) {
      if (included[i]) {
        points[i] = (int) Math.floor(exact[i]);
        allocated += points[i];
      }
    }
    boolean[] raised = new boolean[exact.length];
    for (long missing = total - allocated; missing > 0; missing--) {
      int best = -1;
      double bestFraction = -1;
      for (int i = 0; i < exact.length; i++) {
        double fraction = exact[i] - Math.floor(exact[i]);
        if (included[i] && !raised[i] && fraction > bestFraction) {
          best = i;
          bestFraction = fraction;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("more points to allocate than factors");
      }
      raised[best] = true;
      points[best]++;
    }
    return points;
  }
}
