package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.scoring.ModelFingerprint;
import java.util.List;

/**
 * A customer's value [客户价值评估]: the composite score, the tier, the gold / VIP flags, the figures
 * behind them and the explanation. Amounts are minor units of the model's reporting currency.
 *
 * <p>The same snapshot scored with the same model (same fingerprint) gives an equal {@code ValueScore}
 * on any JVM and any thread count.
 *
 * @param customerId the customer
 * @param model the fingerprint of the model that made the score
 * @param score the composite score, 0 to the model's maximum
 * @param tier the tier's name from the model
 * @param flags the codes of the gold / VIP rules the customer meets, in model order
 * @param contribution the contribution over the snapshot's period, by part
 * @param annualContribution the contribution annualised: {@code round(total × 365 / periodDays)}
 * @param rfm the RFM scores
 * @param lifetimeValue the lifetime value: {@code round(annualContribution × multiplier(stage))}
 * @param explanation the factor points and reasons
 */
public record ValueScore(
    CustomerId customerId,
    ModelFingerprint model,
    int score,
    String tier,
    List<String> flags,
    ContributionBreakdown contribution,
    long annualContribution,
    RfmScore rfm,
    long lifetimeValue,
    Explanation explanation) {

  public ValueScore {
    requireNonNull(customerId, "customerId");
    requireNonNull(model, "model");
    requireNonNull(tier, "tier");
    flags = List.copyOf(requireNonNull(flags, "flags"));
    requireNonNull(contribution, "contribution");
    requireNonNull(rfm, "rfm");
    requireNonNull(explanation, "explanation");
  }

  /**
   * Whether the customer costs the bank more than they bring.
   *
   * @return whether the period's contribution is negative
   */
  @JsonIgnore
  public boolean isLossMaking() {
    return contribution.total() < 0;
  }
}
