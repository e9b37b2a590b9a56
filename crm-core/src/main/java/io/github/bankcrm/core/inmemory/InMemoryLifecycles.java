package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.LifecycleError;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.LifecycleUpdate;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Lifecycles} in memory: the embedded default for tests and demos. Thread-safe; a save checks the
 * version and applies under the store's lock, so it is atomic like a database transaction. Which
 * customers a caller can see is asked of the {@link Customers} store at the time of the call.
 */
public final class InMemoryLifecycles implements Lifecycles {

  private final GuardedStore store;
  private final TreeMap<CustomerId, CustomerLifecycle> lifecycles = new TreeMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers the lifecycles belong to, to decide what a caller can see
   */
  public InMemoryLifecycles(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<LifecycleError, CustomerLifecycle> save(AccessScope scope, LifecycleUpdate update) {
    requireNonNull(scope, "scope");
    CustomerLifecycle next = requireNonNull(update, "update").lifecycle();
    if (!visible(scope, next.customerId())) {
      return Either.left(new LifecycleError.LifecycleNotFound(next.customerId()));
    }
    return store.write(() -> {
      CustomerLifecycle stored = lifecycles.get(next.customerId());
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != update.expectedStoredVersion()) {
        return Either.<LifecycleError, CustomerLifecycle>left(
            new LifecycleError.VersionConflict(
                next.customerId(), update.expectedStoredVersion(), storedVersion));
      }
      if (stored != null && !next.transitions().subList(0, stored.transitions().size())
          .equals(stored.transitions())) {
        throw new IllegalArgumentException("an update appends to the log, it never rewrites it");
      }
      lifecycles.put(next.customerId(), next);
      return Either.<LifecycleError, CustomerLifecycle>right(next);
    });
  }

  @Override
  public Optional<CustomerLifecycle> find(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!visible(scope, customerId)) {
      return Optional.empty();
    }
    return store.read(() -> Optional.ofNullable(lifecycles.get(customerId)));
  }

  @Override
  public Page<CustomerLifecycle> list(AccessScope scope, @Nullable LifecycleStage stage, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    List<CustomerLifecycle> all = store.read(() -> List.copyOf(lifecycles.values()));
    List<CustomerLifecycle> matches =
        all.stream()
            .filter(lifecycle -> stage == null || lifecycle.stage() == stage)
            .filter(lifecycle -> visible(scope, lifecycle.customerId()))
            .toList();
    return new Page<>(
        matches.stream().skip(page.offset()).limit(page.limit()).toList(), matches.size(), page);
  }

  private boolean visible(AccessScope scope, CustomerId customerId) {
    return store.canSeeCustomer(scope, customerId);
  }
}
