package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.scoring.model.Factor;

/**
 * What one factor brought to a score.
 *
 * @param factor the factor
 * @param rawValue the factor's input: an amount in units of the reporting currency (annual contribution,
 *     lifetime value) or an RFM score 1 to 5
 * @param points the whole points it earned; the points of all factors add up to the score
 * @param share {@code points / score}, 0 when the score is 0
 */
public record FactorPoints(Factor factor, double rawValue, int points, double share) {

  public FactorPoints {
    requireNonNull(factor, "factor");
  }
}
