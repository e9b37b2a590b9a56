package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * The period a financial statement covers, named by its last day and length ({@code 2025-12-31},
 * {@link Length#ANNUAL}).
 *
 * @param endDate last day of the period
 * @param length how long the period is
 */
public record ReportingPeriod(LocalDate endDate, Length length) implements Comparable<ReportingPeriod> {

  /** Length of a reporting period. */
  public enum Length {
    /** A financial year [年报]. */
    ANNUAL,
    /** Half a year [半年报]. */
    SEMI_ANNUAL,
    /** A quarter [季报]. */
    QUARTERLY,
    /** A month [月报]. */
    MONTHLY
  }

  public ReportingPeriod {
    requireNonNull(endDate, "endDate");
    requireNonNull(length, "length");
  }

  /** The financial year ending on 31 December of {@code year}. */
  public static ReportingPeriod year(int year) {
    return new ReportingPeriod(LocalDate.of(year, 12, 31), Length.ANNUAL);
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    int byDate = endDate.compareTo(other.endDate);
    return byDate != 0 ? byDate : length.compareTo(other.length);
  }

  @Override
  public String toString() {
    return length + " to " + endDate;
  }
}
