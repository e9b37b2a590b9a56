package io.github.bankcrm.core.holding;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    requireNonNull(asOf, "asOf");
    List<ExposureItem> items =
        latestVersions(contracts).stream()
            .filter(contract -> contract.exposesOn(asOf))
            .sorted(comparing(LoanContract::id))
            .flatMap(contract -> itemsOf(customerId, contract).stream())
            .toList();
    return new CreditExposure(customerId, asOf, items);
  }

  /**
   * Each contract once, in its highest version: a contract reached through two parties (a borrower and
   * a guarantor of the same unit) is listed twice by the ports.
   *
   * @param contracts contracts, in any order, duplicates allowed
   * @return each contract once, in first-seen order
   */
  public static List<LoanContract> latestVersions(Collection<LoanContract> contracts) {
    Map<LoanContractId, LoanContract> latest = new LinkedHashMap<>();
    for (LoanContract contract : contracts) {
      latest.merge(contract.id(), contract, (a, b) -> a.version() >= b.version() ? a : b);
    }
    return List.copyOf(latest.values());
  }

  private static List<ExposureItem> itemsOf(CustomerId customerId, LoanContract contract) {
    Money outstanding = contract.outstanding();
    if (contract.borrower().equals(customerId)) {
      return List.of(new ExposureItem(contract.id(), ExposureKind.BORROWED, outstanding));
    }
    return contract
        .guarantee(customerId)
        .map(
            guarantee ->
                List.of(
                    new ExposureItem(
                        contract.id(),
                        ExposureKind.GUARANTEED,
                        guarantee.amount().compareTo(outstanding) <= 0
                            ? guarantee.amount()
                            : outstanding)))
        .orElse(List.of());
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
