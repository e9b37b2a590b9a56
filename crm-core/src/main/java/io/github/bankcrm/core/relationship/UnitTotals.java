package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.BalanceLine;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.CreditExposure;
import io.github.bankcrm.core.holding.ExposureItem;
import io.github.bankcrm.core.holding.ExposureKind;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The balances and the credit exposure of a customer unit — a household or a corporate group — taken
 * as one customer [关联方合并]: what the unit holds at the bank and what the bank is exposed to through
 * it (related-party exposure [关联方授信敞口]).
 *
 * <p>Each account and each loan contract counts once, however many members hold it:
 *
 * <ul>
 *   <li><b>Balances</b>: every account a member owns or jointly owns, on the day, by product type and
 *       currency ({@link BalanceSummary#linesOwnedBy}). A joint account of two spouses counts once, not
 *       twice as the sum of their personal summaries would.
 *   <li><b>Borrowed</b>: the outstanding amount of every contract a member borrows under.
 *   <li><b>Guaranteed</b>: for a contract whose borrower is <em>outside</em> the unit, what the unit's
 *       members guarantee together, capped at the outstanding amount. A member guaranteeing another
 *       member's loan adds nothing: the unit already owes that loan as borrower.
 * </ul>
 *
 * <p>Exposure is {@link CreditExposure#itemsOf}: only contracts that {@linkplain LoanContract#exposesOn
 * expose the bank on the day} count. Amounts in different currencies are never converted.
 *
 * @param members the customers of the unit
 * @param asOf the day
 * @param balances one line per product type and currency, ordered by product type and currency code
 * @param exposure one item per contract and kind, in contract-number order
 */
public record UnitTotals(
    Set<CustomerId> members, LocalDate asOf, List<BalanceLine> balances, List<ExposureItem> exposure) {

  /**
   * Checks the parts.
   *
   * @param members the customers of the unit, at least one
   * @param asOf the day
   * @param balances the balance lines
   * @param exposure the exposure items
   */
  public UnitTotals {
    members = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(members, "members")));
    requireNonNull(asOf, "asOf");
    balances = List.copyOf(requireNonNull(balances, "balances"));
    exposure = List.copyOf(requireNonNull(exposure, "exposure"));
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a customer unit has at least one member");
    }
  }

  /**
   * Totals a unit from what its members hold. Accounts and contracts of non-members are ignored, and
   * each account or contract listed more than once counts once, in its highest version.
   *
   * @param members the customers of the unit, at least one
   * @param asOf the day
   * @param accounts the accounts the members hold, in any order, duplicates allowed
   * @param contracts the contracts the members borrow under or guarantee, in any order, duplicates
   *     allowed
   * @return the totals
   */
  public static UnitTotals of(
      Set<CustomerId> members,
      LocalDate asOf,
      Collection<Account> accounts,
      Collection<LoanContract> contracts) {
    requireNonNull(members, "members");
    Set<CustomerId> unit = Set.copyOf(members);
    return new UnitTotals(
        unit,
        asOf,
        BalanceSummary.linesOwnedBy(unit, asOf, accounts),
        CreditExposure.itemsOf(unit, asOf, contracts));
  }

  /**
   * The unit's balance of one product type in one currency.
   *
   * @param productType the product type
   * @param currency the currency
   * @return the sum; zero if none
   */
  public Money balance(ProductType productType, Currency currency) {
    return BalanceLine.totalOf(balances, productType, currency);
  }

  /**
   * The unit's exposure in one currency, of one kind or of both.
   *
   * @param currency the currency
   * @param kind the kind, or {@code null} for borrowed and guaranteed together
   * @return the sum; zero if none
   */
  public Money exposure(Currency currency, @Nullable ExposureKind kind) {
    return ExposureItem.totalOf(exposure, currency, kind);
  }
}
