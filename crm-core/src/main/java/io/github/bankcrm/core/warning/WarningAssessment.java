package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link WarningPolicy} found for one customer on one day that reached a warning level: the
 * factors that reached their thresholds, their total points and the level.
 *
 * @param customerId the customer
 * @param asOf the day assessed
 * @param policy the policy version that assessed it
 * @param readings the factors that reached their thresholds, in factor order, each once
 * @param points the total points
 * @param level the level the points reach
 */
public record WarningAssessment(
    CustomerId customerId,
    LocalDate asOf,
    PolicyVersion policy,
    List<FactorReading> readings,
    int points,
    WarningLevel level) {

  public WarningAssessment {
    requireNonNull(customerId, "customerId");
    requireNonNull(asOf, "asOf");
    requireNonNull(policy, "policy");
    requireNonNull(level, "level");
    readings = List.copyOf(readings);
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("an assessment has at least one reading");
    }
    if (readings.stream().mapToInt(FactorReading::points).sum() != points) {
      throw new IllegalArgumentException("the points are the readings' sum");
    }
    if (readings.stream().map(FactorReading::factor).distinct().count() != readings.size()) {
      throw new IllegalArgumentException("each factor once");
    }
  }

  /**
   * The factors that raised it.
   *
   * @return the factors
   */
  public Set<WarningFactor> factors() {
    Set<WarningFactor> factors = EnumSet.noneOf(WarningFactor.class);
    readings.forEach(reading -> factors.add(reading.factor()));
    return factors;
  }
}
