package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.CreditExposure;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@link LoanContracts} in memory: the embedded default for tests and demos. Thread-safe; a save checks
 * version, scope and parties and applies under one write lock. Nothing survives the JVM.
 *
 * <p>Which customers a caller can see is asked of the {@link Customers} store at the time of the call.
 */
public final class InMemoryLoanContracts implements LoanContracts {

  private final GuardedStore store;
  private final TreeMap<LoanContractId, LoanContract> contracts = new TreeMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers that borrow and guarantee, to decide what a caller can see
   */
  public InMemoryLoanContracts(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<HoldingError, LoanContract> save(AccessScope scope, LoanContractUpdate update) {
    requireNonNull(scope, "scope");
    LoanContract next = requireNonNull(update, "update").contract();
    return store.write(
        () -> {
          LoanContract stored = contracts.get(next.id());
          Optional<HoldingError> refusal = refusal(scope, update, stored);
          if (refusal.isPresent()) {
            return Either.left(refusal.get());
          }
          contracts.put(next.id(), next);
          return Either.right(next);
        });
  }

  private Optional<HoldingError> refusal(
      AccessScope scope, LoanContractUpdate update, @Nullable LoanContract stored) {
    LoanContract next = update.contract();
    if (stored == null && !update.isSigning()) {
      return Optional.of(new HoldingError.LoanContractNotFound(next.id()));
    }
    if (stored != null && !update.isSigning() && !visible(scope, stored)) {
      return Optional.of(new HoldingError.LoanContractNotFound(next.id()));
    }
    long storedVersion = stored == null ? 0 : stored.version();
    if (storedVersion != update.expectedStoredVersion()) {
      return Optional.of(
          new HoldingError.VersionConflict(
              "loan contract", next.id().value(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored != null
        && ((!stored.borrower().equals(next.borrower()) && !update.transfersBorrower())
            || !stored.amount().equals(next.amount())
            || !stored.startDate().equals(next.startDate())
            || !stored.maturityDate().equals(next.maturityDate()))) {
      throw new IllegalArgumentException(
          "an update cannot change the borrower, amount or term of a contract");
    }
    List<CustomerId> newParties = new ArrayList<>();
    if (stored == null || !stored.borrower().equals(next.borrower())) {
      newParties.add(next.borrower());
    }
    for (Guarantee guarantee : next.guarantees()) {
      if (stored == null || stored.guarantee(guarantee.guarantor()).isEmpty()) {
        newParties.add(guarantee.guarantor());
      }
    }
    return newParties.stream()
        .filter(party -> !store.canSeeCustomer(scope, party))
        .findFirst()
        .map(HoldingError.CustomerNotFound::new);
  }

  @Override
  public Optional<LoanContract> findById(AccessScope scope, LoanContractId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return read(contract -> contract.id().equals(id)).stream()
        .filter(found -> visible(scope, found))
        .findFirst();
  }

  @Override
  public List<LoanContract> ofBorrower(AccessScope scope, CustomerId customerId) {
    return ofCustomer(scope, customerId, contract -> contract.borrower().equals(customerId));
  }

  @Override
  public List<LoanContract> ofGuarantor(AccessScope scope, CustomerId customerId) {
    return ofCustomer(scope, customerId, contract -> contract.guarantee(customerId).isPresent());
  }

  @Override
  public CreditExposure creditExposure(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    List<LoanContract> involved = new ArrayList<>(ofBorrower(scope, customerId));
    involved.addAll(ofGuarantor(scope, customerId));
    return CreditExposure.of(customerId, asOf, involved);
  }

  private List<LoanContract> ofCustomer(
      AccessScope scope, CustomerId customerId, Predicate<LoanContract> involving) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return store.canSeeCustomer(scope, customerId) ? read(involving) : List.of();
  }

  private boolean visible(AccessScope scope, LoanContract contract) {
    return contract.parties().stream().anyMatch(party -> store.canSeeCustomer(scope, party));
  }


  private List<LoanContract> read(Predicate<LoanContract> filter) {
    return store.read(() -> contracts.values().stream().filter(filter).toList());
  }
}
