package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.BalanceSnapshot;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a customer's holdings say about the relationship, read through the {@link Accounts} and {@link
 * LoanContracts} ports: the position lifecycle guards check, the facts lifecycle policies and early
 * warnings read. Thread-safe if the ports are.
 *
 * <p><b>What counts.</b> An account counts when the customer owns its balance (owner or joint owner), a
 * loan when the customer is the borrower. The balance history is the daily total of the asset products
 * (deposits, wealth, insurance) in the reporting currency; balances in other currencies are left out,
 * not converted. An <em>active day</em> is a day a counted account was opened, closed or changed its
 * end-of-day balance: the core does not report transactions, and a balance change is the trace one
 * leaves. The last activity is the latest active day.
 */
public final class HoldingsFacts {

  private static final Set<ProductType> ASSETS =
      EnumSet.of(ProductType.DEPOSIT, ProductType.WEALTH, ProductType.INSURANCE);

  private final Accounts accounts;
  private final LoanContracts loans;
  private final Currency reportingCurrency;

  /**
   * Facts over these ports.
   *
   * @param accounts the customers' accounts
   * @param loans the customers' loan contracts
   * @param reportingCurrency the currency balance totals are computed in, such as CNY
   */
  public HoldingsFacts(Accounts accounts, LoanContracts loans, Currency reportingCurrency) {
    this.accounts = requireNonNull(accounts, "accounts");
    this.loans = requireNonNull(loans, "loans");
    this.reportingCurrency = requireNonNull(reportingCurrency, "reportingCurrency");
  }

  /**
   * What a customer holds now, for the guards: the open accounts whose balance the customer owns and
   * the loans the customer borrows under with something outstanding.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @return the position; empty if the customer is not in the scope
   */
  public HoldingsPosition positionOf(AccessScope scope, CustomerId customerId) {
    return new HoldingsPosition(
        customerId,
        owned(scope, customerId).stream().filter(Account::isOpen).map(Account::id).toList(),
        loans.ofBorrower(scope, customerId).stream()
            .filter(LoanContract::hasOutstanding)
            .map(LoanContract::id)
            .toList());
  }

  /**
   * The facts a policy reads about a customer, computed from the holdings (see the class comment).
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param stage the customer's current stage
   * @param asOf the day evaluated for
   * @return the facts
   */
  public LifecycleFacts factsOf(AccessScope scope, CustomerId customerId, LifecycleStage stage, LocalDate asOf) {
    List<Account> held = owned(scope, customerId);
    List<LoanContract> borrowed = loans.ofBorrower(scope, customerId);
    TreeSet<LocalDate> days = new TreeSet<>();
    TreeSet<LocalDate> active = activeDays(held, asOf);
    LocalDate lastActivity = active.isEmpty() ? null : active.last();
    LocalDate start = null;
    for (Account account : held) {
      start = earliest(start, account.openedOn());
      if (ASSETS.contains(account.productType()) && account.currency().equals(reportingCurrency)) {
        account.history().stream().map(BalanceSnapshot::date).filter(day -> !day.isAfter(asOf)).forEach(days::add);
      }
    }
    for (LoanContract loan : borrowed) {
      start = earliest(start, loan.startDate());
    }
    TreeMap<LocalDate, BigDecimal> totals = new TreeMap<>();
    for (LocalDate day : days) {
      BigDecimal total = BigDecimal.ZERO;
      for (Account account : held) {
        if (ASSETS.contains(account.productType()) && account.currency().equals(reportingCurrency)) {
          total = total.add(account.balanceOn(day).map(money -> money.amount()).orElse(BigDecimal.ZERO));
        }
      }
      totals.put(day, total);
    }
    int products =
        (int) (held.stream().filter(Account::isOpen).count()
            + borrowed.stream().filter(LoanContract::hasOutstanding).count());
    return new LifecycleFacts(
        customerId, stage, asOf, lastActivity, start == null || start.isAfter(asOf) ? null : start, products,
        totals.entrySet().stream().map(entry -> new BalancePoint(entry.getKey(), entry.getValue())).toList());
  }

  private List<Account> owned(AccessScope scope, CustomerId customerId) {
    return accounts.heldBy(scope, customerId).stream()
        .filter(account -> account.holder(customerId).map(AccountHolder::role).filter(role -> role.ownsBalance()).isPresent())
        .toList();
  }

  /**
   * The customer's active days up to a day (see the class comment).
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param asOf the last day counted
   * @return the days, in order; empty if the customer is not in the scope
   */
  public List<LocalDate> activeDays(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    return List.copyOf(activeDays(owned(scope, customerId), asOf));
  }

  /**
   * The days the customer's accounts were closed, up to a day.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param asOf the last day counted
   * @return one day per closed account, in order
   */
  public List<LocalDate> accountClosings(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    return owned(scope, customerId).stream()
        .map(Account::closedOn)
        .filter(day -> day != null && !day.isAfter(asOf))
        .sorted()
        .toList();
  }

  /**
   * The most days any due bill of the customer's loans is overdue on a day.
   *
   * @param scope the caller's scope
   * @param customerId the borrower
   * @param asOf the day
   * @return the days, 0 if nothing is overdue
   */
  public long maxOverdueDays(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    return loans.ofBorrower(scope, customerId).stream().mapToLong(loan -> loan.maxOverdueDays(asOf)).max().orElse(0);
  }

  private static TreeSet<LocalDate> activeDays(List<Account> held, LocalDate asOf) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Account account : held) {
      BalanceSnapshot previous = null;
      for (BalanceSnapshot snapshot : account.history()) {
        if (snapshot.date().isAfter(asOf)) {
          break;
        }
        if (previous == null || snapshot.balance().compareTo(previous.balance()) != 0) {
          days.add(snapshot.date());
        }
        previous = snapshot;
      }
      if (account.closedOn() != null && !account.closedOn().isAfter(asOf)) {
        days.add(account.closedOn());
      }
    }
    return days;
  }

  private static @Nullable LocalDate earliest(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
