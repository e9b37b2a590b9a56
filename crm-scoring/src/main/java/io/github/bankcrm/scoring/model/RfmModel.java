package io.github.bankcrm.scoring.model;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.util.List;

/**
 * How recency, frequency and monetary value [RFM] become scores of 1 to 5: four thresholds each, for
 * the scores 5, 4, 3 and 2; a value past the last threshold scores 1.
 *
 * <p>Banks that score by quantiles compute the thresholds from their population's quantiles (the 20th,
 * 40th, 60th and 80th percentile) when they publish a model version: scoring one customer must not
 * depend on who else is in the batch, or a real-time score would differ from the nightly one.
 *
 * @param recencyDays ascending day counts since the last activity: at most {@code recencyDays[0]} days
 *     scores 5, at most {@code recencyDays[1]} scores 4, and so on; no activity at all scores 1
 * @param frequency descending transaction counts in the period: at least {@code frequency[0]} scores 5,
 *     and so on
 * @param monetary descending transaction amounts in the period, in units of the reporting currency: at
 *     least {@code monetary[0]} scores 5, and so on
 */
public record RfmModel(
    @Nullable List<Integer> recencyDays,
    @Nullable List<Integer> frequency,
    @Nullable List<BigDecimal> monetary) {

  /** The number of thresholds per dimension. */
  public static final int THRESHOLDS = 4;
}
