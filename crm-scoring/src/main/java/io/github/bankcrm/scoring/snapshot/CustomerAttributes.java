package io.github.bankcrm.scoring.snapshot;

import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.shared.Nullable;

/**
 * The few attributes of a customer that gold / VIP rules look at besides value: they find the
 * customers a deposit-based rule misses, such as high-turnover individual business owners [个体工商户]
 * and young high-potential customers. Nothing here identifies the person.
 *
 * @param age the age in whole years; {@code null} when unknown (a company); 0 to 150
 * @param individualBusinessOwner whether the customer runs an individual business [个体工商户]
 * @param incomeTrend which way income moved; {@code null} when unknown
 * @param education the highest education; {@code null} when unknown
 */
public record CustomerAttributes(
    @Nullable Integer age,
    boolean individualBusinessOwner,
    @Nullable IncomeTrend incomeTrend,
    @Nullable Education education) {

  /** Nothing known: no rule that asks for an attribute matches. */
  public static CustomerAttributes unknown() {
    return new CustomerAttributes(null, false, null, null);
  }
}
