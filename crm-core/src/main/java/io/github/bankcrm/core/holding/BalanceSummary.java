package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A customer's balances on one day, by product type and currency [账户余额汇总]: what value scoring,
 * segments and roll-ups read. At most one line per product type and currency.
 *
 * <p><b>How accounts count</b> ({@link #of}): an account counts for a customer who holds it as {@link
 * OwnershipRole#OWNER} or {@link OwnershipRole#JOINT_OWNER}, with its <em>full</em> balance, on every
 * day it is {@linkplain Account#heldOn held}, even at a zero balance (the product is held). Guarantors
 * and beneficiaries hold no balance. A joint account therefore appears in full in each owner's summary:
 * a household or group roll-up must not add the members' summaries up, but sum the members' accounts
 * once each with {@link #linesOf}, which de-duplicates by {@link AccountId}.
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

  /**
   * The summary of a customer computed from accounts; see the class comment for what counts.
   *
   * @param customerId the customer
   * @param asOf the day
   * @param accounts accounts of the customer (others are ignored), in any order, duplicates allowed
   * @return the summary
   */
  public static BalanceSummary of(
      CustomerId customerId, LocalDate asOf, Collection<Account> accounts) {
    requireNonNull(customerId, "customerId");
    return new BalanceSummary(customerId, asOf, linesOwnedBy(Set.of(customerId), asOf, accounts));
  }

  /**
   * The balances of the accounts that any of some customers owns or jointly owns, each account once
   * ({@link #linesOf}): the balances of a household or group taken as one. For one customer these are
   * {@link #of}'s lines.
   *
   * @param owners the customers
   * @param asOf the day
   * @param accounts accounts of the customers (others are ignored), in any order, duplicates allowed
   * @return one line per product type and currency, ordered by product type and currency code
   */
  public static List<BalanceLine> linesOwnedBy(
      Set<CustomerId> owners, LocalDate asOf, Collection<Account> accounts) {
    requireNonNull(owners, "owners");
    requireNonNull(accounts, "accounts");
    List<Account> owned =
        accounts.stream()
            .filter(
                account ->
                    account.holders().stream()
                        .anyMatch(
                            holder ->
                                owners.contains(holder.customerId()) && holder.role().ownsBalance()))
            .toList();
    return linesOf(asOf, owned);
  }

  /**
   * The balances of accounts on a day, by product type and currency, each account counted once: the
   * sum a household or group roll-up needs. An account listed twice (held by two members) counts once,
   * in its highest version; accounts not held on the day are left out.
   *
   * @param asOf the day
   * @param accounts the accounts, in any order
   * @return one line per product type and currency, ordered by product type and currency code
   */
  public static List<BalanceLine> linesOf(LocalDate asOf, Collection<Account> accounts) {
    requireNonNull(asOf, "asOf");
    Map<AccountId, Account> latest = new LinkedHashMap<>();
    for (Account account : accounts) {
      latest.merge(account.id(), account, (a, b) -> a.version() >= b.version() ? a : b);
    }
    Map<ProductType, Map<String, Money>> sums = new TreeMap<>();
    for (Account account : latest.values()) {
      account
          .balanceOn(asOf)
          .ifPresent(
              balance ->
                  sums.computeIfAbsent(account.productType(), type -> new TreeMap<>())
                      .merge(balance.currencyCode(), balance, Money::plus));
    }
    return sums.entrySet().stream()
        .flatMap(
            byType ->
                byType.getValue().values().stream()
                    .map(sum -> new BalanceLine(byType.getKey(), sum)))
        .sorted(
            Comparator.comparing((BalanceLine line) -> line.productType())
                .thenComparing(line -> line.balance().currencyCode()))
        .toList();
  }

  /** A customer with no balances. */
  public static BalanceSummary empty(CustomerId customerId, LocalDate asOf) {
    return new BalanceSummary(customerId, asOf, List.of());
  }

  /** The balance of one product type in one currency; zero if none is held. */
  public Money total(ProductType productType, Currency currency) {
    return BalanceLine.totalOf(lines, productType, currency);
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
