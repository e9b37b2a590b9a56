package io.github.bankcrm.scoring.rollup;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.util.Map;
import java.util.Set;

/**
 * The value of a set of customers (a household [家庭], a corporate group [集团客户], a manager's book):
 * sums of their scores' amounts, in minor units of the model's reporting currency.
 *
 * @param members how many customers the set has
 * @param unscored the members without a score (not in the batch, or rejected); their value is unknown,
 *     not zero
 * @param contribution the sum of the members' period contributions
 * @param annualContribution the sum of their annualised contributions
 * @param lifetimeValue the sum of their lifetime values
 * @param lossMaking how many scored members are loss-making
 * @param tiers how many scored members are in each tier
 */
public record ValueRollup(
    int members,
    Set<CustomerId> unscored,
    long contribution,
    long annualContribution,
    long lifetimeValue,
    int lossMaking,
    Map<String, Integer> tiers) {

  public ValueRollup {
    unscored = Set.copyOf(requireNonNull(unscored, "unscored"));
    tiers = Map.copyOf(requireNonNull(tiers, "tiers"));
  }

  /**
   * How many members have a score.
   *
   * @return {@code members - unscored.size()}
   */
  public int scored() {
    return members - unscored.size();
  }
}
