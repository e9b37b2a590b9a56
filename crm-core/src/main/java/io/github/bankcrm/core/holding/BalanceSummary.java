package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A customer's balances on one day, by product type and currency [账户余额汇总]: what value scoring,
 * segments and roll-ups read. At most one line per product type and currency.
 *
 * @param customerId the customer
 * @param asOf the day the balances are for
 * @param lines one line per product type and currency held
 */
public record BalanceSummary(CustomerId customerId, LocalDate asOf, List<BalanceLine> lines) {

  public BalanceSummary {
    requireNonNull(customerId, "customerId");
    requireNonNull(asOf, "asOf");
    lines = List.copyOf(requireNonNull(lines, "lines"));
    if (lines.stream().map(line -> line.productType() + "/" + line.balance().currencyCode()).distinct().count()
        != lines.size()) {
      throw new IllegalArgumentException("one line per product type and currency");
    }
  }

  /** A customer with no balances. */
  public static BalanceSummary empty(CustomerId customerId, LocalDate asOf) {
    return new BalanceSummary(customerId, asOf, List.of());
  }

  /** The balance of one product type in one currency; zero if none is held. */
  public Money total(ProductType productType, Currency currency) {
    return lines.stream()
        .filter(line -> line.productType() == productType && line.balance().currency().equals(currency))
        .map(BalanceLine::balance)
        .findFirst()
        .orElse(Money.of(BigDecimal.ZERO, currency));
  }

  /** The product types the customer holds a balance line of. */
  public Set<ProductType> productTypesHeld() {
    return lines.stream()
        .map(BalanceLine::productType)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ProductType.class)));
  }

  /** The currencies the customer holds balances in. */
  public Set<Currency> currencies() {
    return lines.stream().map(line -> line.balance().currency()).collect(Collectors.toSet());
  }
}
