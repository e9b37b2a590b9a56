package io.github.bankcrm.scoring.rollup;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.scoring.ModelFingerprint;
import io.github.bankcrm.scoring.score.ValueScore;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds up customer value. Every score rolled up together must come from one model (amounts of
 * different models may be in different currencies); sums that overflow a {@code long} throw.
 */
public final class ValueRollups {

  private ValueRollups() {}

  /**
   * The value of a household or a corporate group.
   *
   * @param members the members, e.g. a {@code Group}'s member IDs
   * @param scores the score of a customer, empty when the customer has none
   * @return the roll-up
   * @throws IllegalArgumentException if the scores come from different models
   */
  public static ValueRollup of(Set<CustomerId> members, Function<CustomerId, Optional<ValueScore>> scores) {
    requireNonNull(members, "members");
    requireNonNull(scores, "scores");
    Sum sum = new Sum();
    for (CustomerId member : members) {
      Optional<ValueScore> score = scores.apply(member);
      if (score.isPresent()) {
        sum.add(score.get());
      } else {
        sum.unscored.add(member);
      }
    }
    return sum.rollup(members.size());
  }

  /**
   * The value each relationship manager served: each scored customer counts for the manager the
   * customer was assigned to in the period.
   *
   * @param assignments the manager of each customer in the period
   * @param scores the period's scores
   * @return each manager's book, and the scored customers no manager had
   * @throws IllegalArgumentException if the scores come from different models
   */
  public static ManagerAttribution byManager(
      Map<CustomerId, RelationshipManagerId> assignments, Collection<ValueScore> scores) {
    requireNonNull(assignments, "assignments");
    requireNonNull(scores, "scores");
    Map<CustomerId, ValueScore> byCustomer = new HashMap<>();
    ModelFingerprint model = null;
    Set<CustomerId> unassigned = new HashSet<>();
    for (ValueScore score : scores) {
      model = sameModel(model, score);
      byCustomer.put(score.customerId(), score);
      if (!assignments.containsKey(score.customerId())) {
        unassigned.add(score.customerId());
      }
    }
    Map<RelationshipManagerId, Set<CustomerId>> books = new TreeMap<>();
    assignments.forEach(
        (customer, manager) -> books.computeIfAbsent(manager, m -> new HashSet<>()).add(customer));
    Map<RelationshipManagerId, ValueRollup> rollups = new TreeMap<>();
    books.forEach(
        (manager, customers) ->
            rollups.put(manager, of(customers, id -> Optional.ofNullable(byCustomer.get(id)))));
    return new ManagerAttribution(rollups, unassigned);
  }

  private static ModelFingerprint sameModel(ModelFingerprint model, ValueScore score) {
    if (model != null && !model.equals(score.model())) {
      throw new IllegalArgumentException("scores of different models cannot be added up");
    }
    return score.model();
  }

  /** A running sum. */
  private static final class Sum {
    private final Set<CustomerId> unscored = new HashSet<>();
    private final Map<String, Integer> tiers = new HashMap<>();
    private ModelFingerprint model;
    private long contribution;
    private long annualContribution;
    private long lifetimeValue;
    private int lossMaking;

    void add(ValueScore score) {
      model = sameModel(model, score);
      contribution = Math.addExact(contribution, score.contribution().total());
      annualContribution = Math.addExact(annualContribution, score.annualContribution());
      lifetimeValue = Math.addExact(lifetimeValue, score.lifetimeValue());
      if (score.isLossMaking()) {
        lossMaking++;
      }
      tiers.merge(score.tier(), 1, Integer::sum);
    }

    ValueRollup rollup(int members) {
      return new ValueRollup(members, unscored, contribution, annualContribution, lifetimeValue, lossMaking, tiers);
    }
  }
}
