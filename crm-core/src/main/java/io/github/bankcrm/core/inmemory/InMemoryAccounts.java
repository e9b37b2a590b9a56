package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.AccountNumber;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Accounts} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * version, scope, holders and the uniqueness of the account number and applies under one write lock,
 * so it is atomic like a database transaction. Nothing survives the JVM.
 *
 * <p>Which customers a caller can see is asked of the {@link Customers} store at the time of the call.
 */
public final class InMemoryAccounts implements Accounts {

  private final GuardedStore store;
  private final TreeMap<AccountId, Account> accounts = new TreeMap<>();
  private final Map<AccountNumber, AccountId> numbers = new HashMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers that hold the accounts, to decide what a caller can see
   */
  public InMemoryAccounts(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<HoldingError, Account> save(AccessScope scope, AccountUpdate update) {
    requireNonNull(scope, "scope");
    Account next = requireNonNull(update, "update").account();
    return store.write(
        () -> {
          Account stored = accounts.get(next.id());
          Optional<HoldingError> refusal = refusal(scope, update, stored);
          if (refusal.isPresent()) {
            return Either.left(refusal.get());
          }
          accounts.put(next.id(), next);
          numbers.put(next.number(), next.id());
          return Either.right(next);
        });
  }

  private Optional<HoldingError> refusal(
      AccessScope scope, AccountUpdate update, @Nullable Account stored) {
    Account next = update.account();
    if (stored == null && !update.isOpening()) {
      return Optional.of(new HoldingError.AccountNotFound(next.id()));
    }
    if (stored != null && !update.isOpening() && !visible(scope, stored)) {
      return Optional.of(new HoldingError.AccountNotFound(next.id()));
    }
    long storedVersion = stored == null ? 0 : stored.version();
    if (storedVersion != update.expectedStoredVersion()) {
      return Optional.of(
          new HoldingError.VersionConflict(
              "account", next.id().value(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored != null
        && (!stored.number().equals(next.number())
            || stored.productType() != next.productType()
            || !stored.currency().equals(next.currency()))) {
      throw new IllegalArgumentException(
          "an update cannot change the number, product type or currency of an account");
    }
    for (AccountHolder holder : next.holders()) {
      boolean isNew = stored == null || stored.holder(holder.customerId()).isEmpty();
      if (isNew && !store.canSeeCustomer(scope, holder.customerId())) {
        return Optional.of(new HoldingError.CustomerNotFound(holder.customerId()));
      }
    }
    AccountId numberHolder = numbers.get(next.number());
    if (numberHolder != null && !numberHolder.equals(next.id())) {
      return Optional.of(new HoldingError.DuplicateAccountNumber(next.id()));
    }
    return Optional.empty();
  }

  @Override
  public Optional<Account> findById(AccessScope scope, AccountId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return store.read(() -> Optional.ofNullable(accounts.get(id))).filter(found -> visible(scope, found));
  }

  @Override
  public Optional<Account> findByNumber(AccessScope scope, AccountNumber number) {
    requireNonNull(scope, "scope");
    requireNonNull(number, "number");
    return store.read(() -> Optional.ofNullable(numbers.get(number)).map(accounts::get))
        .filter(found -> visible(scope, found));
  }

  @Override
  public List<Account> heldBy(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!store.canSeeCustomer(scope, customerId)) {
      return List.of();
    }
    return store.read(
        () ->
            accounts.values().stream()
                .filter(account -> account.holder(customerId).isPresent())
                .toList());
  }

  @Override
  public BalanceSummary balanceSummary(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return BalanceSummary.of(customerId, asOf, heldBy(scope, customerId));
  }

  private boolean visible(AccessScope scope, Account account) {
    return account.holders().stream().anyMatch(holder -> store.canSeeCustomer(scope, holder.customerId()));
  }


}
