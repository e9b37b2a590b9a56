package io.github.bankcrm.core.holding;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A customer's credit exposure [授信敞口]: what the customer owes under loan contracts as borrower, and
 * what the customer answers for as guarantor, contract by contract. Value scoring and group roll-ups
 * read it.
 *
 * <p>It is the exposure as the contracts stand now (the due bills carry their latest outstanding
 * amounts, not a history); {@code asOf} leaves out contracts that had not started by that day. Settled
 * contracts and contracts with nothing outstanding expose nobody.
 *
 * @param customerId the customer
 * @param asOf the day it was computed for
 * @param items one item per contract and kind, in contract-number order
 */
public record CreditExposure(CustomerId customerId, LocalDate asOf, List<ExposureItem> items) {

  public CreditExposure {
    requireNonNull(customerId, "customerId");
    requireNonNull(asOf, "asOf");
    items = List.copyOf(requireNonNull(items, "items"));
    Set<String> seen = new HashSet<>();
    for (ExposureItem item : items) {
      if (!seen.add(item.contractId() + "/" + item.kind())) {
        throw new IllegalArgumentException("one item per contract and kind");
      }
    }
  }

  /**
   * Computes the exposure from contracts: as borrower the outstanding amount, as guarantor the
   * guaranteed amount capped at the outstanding amount.
   *
   * @param customerId the customer
   * @param asOf the day
   * @param contracts contracts the customer borrows under or guarantees (others are ignored), in any
   *     order; a contract listed twice counts once, in its highest version
   * @return the exposure
   */
  public static CreditExposure of(
      CustomerId customerId, LocalDate asOf, Collection<LoanContract> contracts) {
    requireNonNull(customerId, "customerId");
    return new CreditExposure(customerId, asOf, itemsOf(Set.of(customerId), asOf, contracts));
  }

  /**
   * The exposure of customers taken as one (a household, a corporate group), one item per contract and
   * kind, in contract-number order: as borrower the outstanding amount of every contract one of them
   * borrows under; as guarantor, for a contract whose borrower is not one of them, what they guarantee
   * together capped at the outstanding amount. A guarantee of another one's loan adds nothing: the loan
   * is already owed. For one customer this is {@link #of}'s exposure.
   *
   * @param customers the customers, at least one
   * @param asOf the day; contracts that do not {@linkplain LoanContract#exposesOn expose} the bank on
   *     it are left out
   * @param contracts contracts the customers borrow under or guarantee (others are ignored), in any
   *     order; a contract listed twice counts once, in its highest version
   * @return the items
   */
  public static List<ExposureItem> itemsOf(
      Set<CustomerId> customers, LocalDate asOf, Collection<LoanContract> contracts) {
    requireNonNull(customers, "customers");
    requireNonNull(asOf, "asOf");
    Map<LoanContractId, LoanContract> latest = new LinkedHashMap<>();
    for (LoanContract contract : contracts) {
      latest.merge(contract.id(), contract, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return latest.values().stream()
        .filter(contract -> contract.exposesOn(asOf))
        .sorted(comparing(LoanContract::id))
        .flatMap(contract -> itemOf(customers, contract).stream())
        .toList();
  }

  private static Optional<ExposureItem> itemOf(Set<CustomerId> customers, LoanContract contract) {
    Money outstanding = contract.outstanding();
    if (customers.contains(contract.borrower())) {
      return Optional.of(new ExposureItem(contract.id(), ExposureKind.BORROWED, outstanding));
    }
    // a contract holds one guarantee per guarantor, so no guarantor is counted twice
    Money guaranteed = Money.of(BigDecimal.ZERO, outstanding.currency());
    for (Guarantee guarantee : contract.guarantees()) {
      if (customers.contains(guarantee.guarantor())) {
        guaranteed = guaranteed.plus(guarantee.amount());
      }
    }
    if (guaranteed.amount().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new ExposureItem(
            contract.id(),
            ExposureKind.GUARANTEED,
            guaranteed.compareTo(outstanding) <= 0 ? guaranteed : outstanding));
  }

  /**
   * The exposure in one currency, of one kind or of both.
   *
   * @param currency the currency
   * @param kind the kind, or {@code null} for borrowed and guaranteed together
   * @return the sum; zero if none
   */
  public Money total(Currency currency, @Nullable ExposureKind kind) {
    return ExposureItem.totalOf(items, currency, kind);
  }

  /**
   * The currencies of the exposure.
   *
   * @return the currencies
   */
  public Set<Currency> currencies() {
    return items.stream().map(item -> item.amount().currency()).collect(Collectors.toSet());
  }
}
