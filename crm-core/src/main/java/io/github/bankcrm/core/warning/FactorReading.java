package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * One factor that raised a warning, with what was measured: the explanation a relationship manager and
 * an auditor read [预警因素分析].
 *
 * @param factor the factor
 * @param value what was measured, in the factor's unit (percent, days, weighted count)
 * @param threshold the policy's threshold it reached
 * @param points the points it added to the warning's score
 */
public record FactorReading(WarningFactor factor, BigDecimal value, BigDecimal threshold, int points) {

  public FactorReading {
    requireNonNull(factor, "factor");
    requireNonNull(value, "value");
    requireNonNull(threshold, "threshold");
    if (points < 0) {
      throw new IllegalArgumentException("points are never negative");
    }
  }
}
