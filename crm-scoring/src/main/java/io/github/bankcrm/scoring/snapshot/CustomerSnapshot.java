package io.github.bankcrm.scoring.snapshot;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything scoring reads about one customer for one period: the input of a real-time score and one
 * record of a batch.
 *
 * <p>Only the customer ID is mandatory at construction (a batch reports every failure by it). Every
 * other missing or impossible value is reported by the scorer as a {@code ScoringError} for this
 * customer, with the path of each refused field.
 *
 * @param customerId the customer
 * @param asOf the last day of the period; RFM recency counts days back from it
 * @param periodDays the length of the period in days, 1 to 366; balances, fees, channel uses and
 *     transactions are for this period, and contribution is annualised by {@code 365 / periodDays}
 * @param stage the lifecycle stage; lifetime value's retention rate depends on it
 * @param attributes what gold / VIP rules read
 * @param positions balances and rates, at most one per product type and currency
 * @param fees fee income
 * @param channelUses channel use counts
 * @param transactions the transaction summary
 * @param credit the credit-risk figures; {@link CreditRisk#none()} for a customer without exposure
 */
public record CustomerSnapshot(
    CustomerId customerId,
    @Nullable LocalDate asOf,
    int periodDays,
    @Nullable LifecycleStage stage,
    @Nullable CustomerAttributes attributes,
    @Nullable List<Position> positions,
    @Nullable List<FeeIncome> fees,
    @Nullable List<ChannelUse> channelUses,
    @Nullable TransactionSummary transactions,
    @Nullable CreditRisk credit) {

  public CustomerSnapshot {
    requireNonNull(customerId, "customerId");
    positions = positions == null ? null : List.copyOf(positions);
    fees = fees == null ? null : List.copyOf(fees);
    channelUses = channelUses == null ? null : List.copyOf(channelUses);
  }
}
