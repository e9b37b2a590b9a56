package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Why a customer has their score: the points of every factor of the model and the top reasons.
 *
 * <p>The factor points are whole numbers that add up to the score exactly. Each factor's exact
 * (fractional) points are {@code weight × maxScore × level}; the score is their sum rounded half up;
 * each factor gets the whole part of its exact points, and the points still missing go one each to the
 * factors with the largest fractional parts (ties to the factor listed first in {@link
 * io.github.bankcrm.scoring.model.Factor}). So every factor's points differ from its exact points by
 * less than one.
 *
 * @param factors the points of each factor in the model, in {@code Factor} order
 * @param reasons at most three reasons, the most important first: a negative contribution first, then
 *     the factors by points, descending
 */
public record Explanation(List<FactorPoints> factors, List<Reason> reasons) {

  public Explanation {
    factors = List.copyOf(requireNonNull(factors, "factors"));
    reasons = List.copyOf(requireNonNull(reasons, "reasons"));
  }

  /**
   * The sum of the factor points, which is the score.
   *
   * @return the total points
   */
  public int totalPoints() {
    int total = 0;
    for (FactorPoints factor : factors) {
      total += factor.points();
    }
    return total;
  }
}
