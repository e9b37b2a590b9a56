package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * One line of a balance summary: the total balance of one product type in one currency.
 *
 * @param productType the product family
 * @param balance the summed balance, in one currency; never negative
 */
public record BalanceLine(ProductType productType, Money balance) {

  public BalanceLine {
    requireNonNull(productType, "productType");
    requireNonNull(balance, "balance");
    if (balance.isNegative()) {
      throw new IllegalArgumentException("a balance line is never negative");
    }
  }

  /**
   * The balance of one product type in one currency among lines that hold at most one line per product
   * type and currency (a summary's or a unit's).
   *
   * @param lines the lines
   * @param productType the product type
   * @param currency the currency
   * @return the line's balance; zero if there is no such line
   */
  public static Money totalOf(List<BalanceLine> lines, ProductType productType, Currency currency) {
    requireNonNull(productType, "productType");
    requireNonNull(currency, "currency");
    return lines.stream()
        .filter(line -> line.productType() == productType && line.balance().currency().equals(currency))
        .map(BalanceLine::balance)
        .findFirst()
        .orElse(Money.of(BigDecimal.ZERO, currency));
  }
}
