package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * One contract's part in a customer's credit exposure. Roll-ups of households and groups de-duplicate
 * by {@code contractId}: a loan whose borrower and guarantor are both in the group is one exposure of
 * the group, not two.
 *
 * @param contractId the contract
 * @param kind borrowed or guaranteed
 * @param amount the exposure, greater than zero, in the contract's currency
 */
public record ExposureItem(LoanContractId contractId, ExposureKind kind, Money amount) {

  public ExposureItem {
    requireNonNull(contractId, "contractId");
    requireNonNull(kind, "kind");
    requireNonNull(amount, "amount");
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("an exposure item is greater than zero");
    }
  }

  /**
   * The sum of items in one currency, of one kind or of both.
   *
   * @param items the items
   * @param currency the currency
   * @param kind the kind, or {@code null} for borrowed and guaranteed together
   * @return the sum; zero if none
   */
  public static Money totalOf(List<ExposureItem> items, Currency currency, @Nullable ExposureKind kind) {
    requireNonNull(currency, "currency");
    Money sum = Money.of(BigDecimal.ZERO, currency);
    for (ExposureItem item : items) {
      if (item.amount().currency().equals(currency) && (kind == null || item.kind() == kind)) {
        sum = sum.plus(item.amount());
      }
    }
    return sum;
  }
}
