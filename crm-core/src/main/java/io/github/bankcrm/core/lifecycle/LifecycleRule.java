package io.github.bankcrm.core.lifecycle;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One rule of a {@link LifecyclePolicy}: if the customer is in one of the {@code from} stages and every
 * condition that is set holds, the customer belongs in {@code to}. Conditions left {@code null} are not
 * checked; at least one must be set. A condition on a fact that is unknown (no activity, no balance at
 * the window's start) is false.
 *
 * @param reasonCode the code written into the transition log, such as {@code inactive_180d}; unique in
 *     the policy
 * @param from the stages the rule applies to; {@code null} for every active stage
 * @param to the stage the rule leads to: GROWING, MATURE, DECLINING, DORMANT or CHURNED
 * @param daysSinceLastActivity the band the days since the last activity must fall in
 * @param balanceTrendPercent the band the balance change over the policy's window must fall in, in
 *     percent ({@code -100} is a full drain)
 * @param productsHeld the band the number of products held must fall in
 * @param tenureDays the band the days since the first product must fall in
 */
public record LifecycleRule(
    @Nullable String reasonCode,
    @Nullable Set<LifecycleStage> from,
    @Nullable LifecycleStage to,
    @Nullable Band daysSinceLastActivity,
    @Nullable Band balanceTrendPercent,
    @Nullable Band productsHeld,
    @Nullable Band tenureDays) {

  /**
   * Whether the rule applies to a stage.
   *
   * @param stage the current stage
   * @return whether {@code from} is unset or holds the stage
   */
  public boolean appliesTo(LifecycleStage stage) {
    return from == null ? stage.isActiveRelationship() : from.contains(stage);
  }

  /**
   * The facts that meet each set condition, or empty if a condition fails. The rule must be valid.
   *
   * @param facts the customer's facts
   * @param trendWindowDays the policy's window for the balance trend
   * @return one reason per condition, such as {@code daysSinceLastActivity=200 in [180, -]}
   */
  public Optional<List<String>> match(LifecycleFacts facts, int trendWindowDays) {
    List<String> reasons = new ArrayList<>();
    boolean holds =
        check("daysSinceLastActivity", daysSinceLastActivity,
                facts.daysSinceLastActivity().map(BigDecimal::valueOf), reasons)
            && check("balanceTrendPercent", balanceTrendPercent,
                balanceTrendPercent == null ? Optional.empty() : facts.balanceChangePercent(trendWindowDays),
                reasons)
            && check("productsHeld", productsHeld, Optional.of(BigDecimal.valueOf(facts.productsHeld())),
                reasons)
            && check("tenureDays", tenureDays, facts.tenureDays().map(BigDecimal::valueOf), reasons);
    return holds ? Optional.of(List.copyOf(reasons)) : Optional.empty();
  }

  private static boolean check(
      String name, @Nullable Band band, Optional<BigDecimal> value, List<String> reasons) {
    if (band == null) {
      return true;
    }
    if (value.isEmpty() || !band.contains(value.get())) {
      return false;
    }
    reasons.add(name + "=" + value.get().toPlainString() + " in " + band);
    return true;
  }
}
