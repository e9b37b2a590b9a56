package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;

/**
 * Family information [家庭信息] as the customer declared it: yearly household income and household
 * assets, both non-negative and in one currency. {@link #toString()} hides the amounts.
 *
 * @param annualIncome the household's yearly income, or {@code null} if not declared
 * @param assets the household's total assets, or {@code null} if not declared
 */
public record HouseholdFinances(@Nullable Money annualIncome, @Nullable Money assets) {

  /** Nothing declared. */
  public static final HouseholdFinances UNDECLARED = new HouseholdFinances(null, null);

  public HouseholdFinances {
    if (annualIncome != null && annualIncome.isNegative()) {
      throw new IllegalArgumentException("annual income cannot be negative");
    }
    if (assets != null && assets.isNegative()) {
      throw new IllegalArgumentException("assets cannot be negative");
    }
  }

  @Override
  public String toString() {
    return "HouseholdFinances[declared=" + (annualIncome != null || assets != null) + "]";
  }
}
