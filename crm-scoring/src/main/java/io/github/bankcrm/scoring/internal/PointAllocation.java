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
   * @param exact the exact, non-negative points of factor {@code i} at {@code exact[i]}; overwritten
   *     with the fractional parts (-1 for the factors not included)
   * @param included a bit mask of the factor indexes that take part
   * @param total the whole total, between the sum of the whole parts and that sum plus the number of
   *     factors with a fractional part
   * @param points receives the whole points per factor index
   * @return the sum of the points, which is {@code total}
   */
  static int largestRemainder(double[] exact, int included, long total, int[] points) {
    int n = points.length;
    long allocated = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
      if ((included & (1 << i)) != 0) {
        // exact points are not negative, so truncation is the floor
        points[i] = (int) exact[i];
        exact[i] -= points[i];
        allocated += points[i];
        count++;
      } else {
        // below every fractional part: never counted as coming first
        exact[i] = -1;
      }
    }
    long missing = total - allocated;
    if (missing > count) {
      throw new IllegalStateException("more points to allocate than factors");
    }
    if (missing > 0) {
      // a factor is raised when fewer than `missing` factors come before it: a larger fractional part,
      // or an equal one at a lower index. Counted without branches: which comes first is unpredictable.
      int raised = 0;
      for (int i = 0; i < n; i++) {
        double fraction = exact[i];
        int before = 0;
        for (int j = 0; j < i; j++) {
          before += exact[j] >= fraction ? 1 : 0;
        }
        for (int j = i + 1; j < n; j++) {
          before += exact[j] > fraction ? 1 : 0;
        }
        raised |= (before < missing & (included & (1 << i)) != 0 ? 1 : 0) << i;
      }
      for (int i = 0; i < n; i++) {
        points[i] += (raised >>> i) & 1;
      }
      allocated = total;
    }
    return (int) allocated;
  }
}
