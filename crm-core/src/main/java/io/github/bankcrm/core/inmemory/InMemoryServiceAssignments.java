package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.AssignmentHistory;
import io.github.bankcrm.core.holding.AssignmentUpdate;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.ServiceAssignment;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link ServiceAssignments} in memory: the embedded default for tests and demos. Thread-safe; a save
 * checks version and scope and applies under one write lock. Nothing survives the JVM.
 *
 * <p>Which customers a caller can see is asked of the {@link Customers} store at the time of the call.
 */
public final class InMemoryServiceAssignments implements ServiceAssignments {

  private final GuardedStore store;
  private final TreeMap<CustomerId, AssignmentHistory> histories = new TreeMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers served, to decide what a caller can see
   */
  public InMemoryServiceAssignments(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<HoldingError, AssignmentHistory> save(AccessScope scope, AssignmentUpdate update) {
    requireNonNull(scope, "scope");
    AssignmentHistory next = requireNonNull(update, "update").history();
    if (!store.canSeeCustomer(scope, next.customerId())) {
      return Either.left(new HoldingError.CustomerNotFound(next.customerId()));
    }
    return store.write(
        () -> {
          AssignmentHistory stored = histories.get(next.customerId());
          long storedVersion = stored == null ? 0 : stored.version();
          if (storedVersion != update.expectedStoredVersion()) {
            return Either.left(
                new HoldingError.VersionConflict(
                    "assignment history",
                    next.customerId().value(),
                    update.expectedStoredVersion(),
                    storedVersion));
          }
          Optional<HoldingError> outside =
              next.current()
                  .filter(current -> stored == null || !stored.assignments().contains(current))
                  .filter(current -> !scope.canSee(current.unit()))
                  .map(current -> new HoldingError.OutsideAccessScope(current.unit()));
          if (outside.isPresent()) {
            return Either.left(outside.get());
          }
          histories.put(next.customerId(), next);
          return Either.right(next);
        });
  }

  @Override
  public Optional<AssignmentHistory> historyOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!store.canSeeCustomer(scope, customerId)) {
      return Optional.empty();
    }
    return store.read(() -> Optional.ofNullable(histories.get(customerId)));
  }

  @Override
  public Optional<ServiceAssignment> currentAssignment(AccessScope scope, CustomerId customerId) {
    return historyOf(scope, customerId).flatMap(AssignmentHistory::current);
  }

  @Override
  public List<CustomerId> customersServedBy(
      AccessScope scope, RelationshipManagerId manager, LocalDate day) {
    requireNonNull(scope, "scope");
    requireNonNull(manager, "manager");
    requireNonNull(day, "day");
    List<CustomerId> served =
        store.read(
            () ->
                histories.values().stream()
                    .filter(
                        history ->
                            history
                                .servedOn(day)
                                .map(assignment -> manager.equals(assignment.manager()))
                                .orElse(false))
                    .map(AssignmentHistory::customerId)
                    .toList());
    return served.stream().filter(customer -> store.canSeeCustomer(scope, customer)).toList();
  }


}
