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
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The lifecycle flows: load a lifecycle through the {@link Lifecycles} port, read the holdings through
 * the {@link Accounts} and {@link LoanContracts} ports (guards, facts), apply a command or a policy move
 * to the aggregate and save the result. Thread-safe if the ports are.
 *
 * <p><b>What the holdings mean to the lifecycle.</b> An account counts when the customer owns its
 * balance (owner or joint owner), a loan when the customer is the borrower. The balance history is the
 * daily total of the asset products (deposits, wealth, insurance) in the reporting currency; balances in
 * other currencies are left out, not converted. The last activity is the last day any counted account
 * was opened, closed or changed its end-of-day balance (the core does not report transactions; a
 * balance change is the trace one leaves).
 */
public final class LifecycleMaintenance {

  private static final Set<ProductType> ASSETS =
      EnumSet.of(ProductType.DEPOSIT, ProductType.WEALTH, ProductType.INSURANCE);

  private final Lifecycles lifecycles;
  private final Accounts accounts;
  private final LoanContracts loans;
  private final Currency reportingCurrency;

  /**
   * The flows over these ports.
   *
   * @param lifecycles where lifecycles are stored
   * @param accounts the customers' accounts
   * @param loans the customers' loan contracts
   * @param reportingCurrency the currency balance trends are computed in, such as CNY
   */
  public LifecycleMaintenance(
      Lifecycles lifecycles, Accounts accounts, LoanContracts loans, Currency reportingCurrency) {
    this.lifecycles = requireNonNull(lifecycles, "lifecycles");
    this.accounts = requireNonNull(accounts, "accounts");
    this.loans = requireNonNull(loans, "loans");
    this.reportingCurrency = requireNonNull(reportingCurrency, "reportingCurrency");
  }

  /**
   * Starts a customer's lifecycle and saves it.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param stage PROSPECT or ONBOARDING
   * @param comment a free comment, or {@code null}
   * @param actor who starts it
   * @param now when
   * @return the saved update, or {@code InvalidInput}, {@code VersionConflict} (the customer has a
   *     lifecycle already) or {@code LifecycleNotFound} (the customer is not in the scope)
   */
  public Either<LifecycleError, LifecycleUpdate> start(
      AccessScope scope, CustomerId customerId, LifecycleStage stage, @Nullable String comment, Actor actor,
      Instant now) {
    return CustomerLifecycle.start(customerId, stage, comment, actor, now)
        .flatMap(update -> lifecycles.save(scope, update).map(saved -> update));
  }

  /**
   * Applies a commanded move, guarded by what the customer holds now, and saves it.
   *
   * @param scope the caller's scope
   * @param customerId the customer
   * @param expectedVersion the version the caller saw
   * @param command the command
   * @param comment a free comment, or {@code null}
   * @param actor who commands it
   * @param now when
   * @return the saved update, or {@code LifecycleNotFound}, {@code VersionConflict}, {@code
   *     InvalidTransition}, {@code GuardRefused} (naming the blocking accounts and loans) or {@code
   *     InvalidInput}
   */
  public Either<LifecycleError, LifecycleUpdate> command(
      AccessScope scope,
      CustomerId customerId,
      long expectedVersion,
      LifecycleCommand command,
      @Nullable String comment,
      Actor actor,
      Instant now) {
    requireNonNull(scope, "scope");
    Optional<CustomerLifecycle> found = lifecycles.find(scope, customerId);
    if (found.isEmpty()) {
      return Either.left(new LifecycleError.LifecycleNotFound(customerId));
    }
    return found.get()
        .command(expectedVersion, command, positionOf(scope, customerId), comment, actor, now)
        .flatMap(update -> lifecycles.save(scope, update).map(saved -> update));
  }

  /**
   * Evaluates a policy for every lifecycle in the scope and applies the moves it derives, one customer
   * at a time: a move refused because the customer moved in between is reported, not retried.
   *
   * @param scope the caller's scope, usually unrestricted for a nightly batch
   * @param policy a valid policy
   * @param asOf the day evaluated for
   * @param actor who runs it, usually a system job
   * @param now when
   * @return the applied moves and the refused ones
   * @throws IllegalArgumentException if the policy is not valid
   */
  public PolicyRun applyPolicy(
      AccessScope scope, LifecyclePolicy policy, LocalDate asOf, Actor actor, Instant now) {
    requireNonNull(scope, "scope");
    requireNonNull(asOf, "asOf");
    if (policy.validate().isInvalid()) {
      throw new IllegalArgumentException("evaluate only a valid policy: " + policy.validate().getError());
    }
    List<LifecycleUpdate> applied = new ArrayList<>();
    List<LifecycleError> refused = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
    Page<CustomerLifecycle> page;
    do {
      page = lifecycles.list(scope, null, request);
      for (CustomerLifecycle lifecycle : page.items()) {
        policy.evaluate(factsOf(scope, lifecycle.customerId(), lifecycle.stage(), asOf))
            .map(move -> lifecycle.applyPolicy(lifecycle.version(), move, actor, now)
                .flatMap(update -> lifecycles.save(scope, update).map(saved -> update)))
            .ifPresent(result -> result.fold(refused::add, applied::add));
      }
      request = new PageRequest(request.offset() + request.limit(), request.limit());
    } while (page.hasNext());
    return new PolicyRun(policy.policyVersion(), asOf, applied, refused);
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
    LocalDate lastActivity = null;
    LocalDate start = null;
    for (Account account : held) {
      start = earliest(start, account.openedOn());
      lastActivity = latest(lastActivity, lastChange(account, asOf));
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

  private static @Nullable LocalDate lastChange(Account account, LocalDate asOf) {
    LocalDate last = null;
    BalanceSnapshot previous = null;
    for (BalanceSnapshot snapshot : account.history()) {
      if (snapshot.date().isAfter(asOf)) {
        break;
      }
      if (previous == null || snapshot.balance().compareTo(previous.balance()) != 0) {
        last = snapshot.date();
      }
      previous = snapshot;
    }
    if (account.closedOn() != null && !account.closedOn().isAfter(asOf)) {
      last = latest(last, account.closedOn());
    }
    return last;
  }

  private static @Nullable LocalDate earliest(@Nullable LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static @Nullable LocalDate latest(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.isAfter(a) ? a : b;
  }
}
