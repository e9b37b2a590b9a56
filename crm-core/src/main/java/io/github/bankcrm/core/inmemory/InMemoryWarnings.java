package io.github.bankcrm.core.inmemory;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningError;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningUpdate;
import io.github.bankcrm.core.warning.Warnings;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link Warnings} in memory: the embedded default for tests and demos. Thread-safe; a save checks the
 * version and the one-open-warning rule and applies under the store's lock, atomic like a database
 * transaction. Which customers a caller can see is asked of the {@link Customers} store at the time of
 * the call.
 */
public final class InMemoryWarnings implements Warnings {

  private final GuardedStore store;
  private final TreeMap<WarningId, EarlyWarning> warnings = new TreeMap<>();
  private final Map<CustomerId, WarningId> openByCustomer = new HashMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers the warnings are about, to decide what a caller can see
   */
  public InMemoryWarnings(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<WarningError, EarlyWarning> save(AccessScope scope, WarningUpdate update) {
    requireNonNull(scope, "scope");
    EarlyWarning next = requireNonNull(update, "update").warning();
    boolean customerVisible = visible(scope, next.customerId());
    return store.write(() -> {
      EarlyWarning stored = warnings.get(next.id());
      if ((stored == null && update.expectedStoredVersion() > 0) || (stored != null && !customerVisible)) {
        return Either.<WarningError, EarlyWarning>left(
new WarningError.WarningNotFound(next.id()));
      }
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != update.expectedStoredVersion()) {
        return Either.<WarningError, EarlyWarning>left(
new WarningError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
      }
      if (!customerVisible) {
        return Either.<WarningError, EarlyWarning>left(
new WarningError.CustomerNotFound(next.customerId()));
      }
      boolean repointed = stored != null && !stored.customerId().equals(next.customerId());
      if (repointed && !update.repointsCustomer()) {
        throw new IllegalArgumentException("an update cannot move a warning to another customer");
      }
      if (repointed && !visible(scope, stored.customerId())) {
        return Either.<WarningError, EarlyWarning>left(new WarningError.WarningNotFound(next.id()));
      }
      WarningId open = openByCustomer.get(next.customerId());
      if ((stored == null || repointed) && open != null) {
        return Either.<WarningError, EarlyWarning>left(
new WarningError.OpenWarningExists(next.customerId(), open));
      }
      if (repointed) {
        openByCustomer.remove(stored.customerId(), stored.id());
      }
      if (next.isOpen()) {
        openByCustomer.put(next.customerId(), next.id());
      } else {
        openByCustomer.remove(next.customerId());
      }
      warnings.put(next.id(), next);
      return Either.<WarningError, EarlyWarning>right(next);
    });
  }

  @Override
  public Optional<EarlyWarning> findById(AccessScope scope, WarningId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    EarlyWarning found = store.read(() -> warnings.get(id));
    return Optional.ofNullable(found).filter(warning -> visible(scope, warning.customerId()));
  }

  @Override
  public Optional<EarlyWarning> findOpen(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!visible(scope, customerId)) {
      return Optional.empty();
    }
    return store.read(() -> Optional.ofNullable(openByCustomer.get(customerId)).map(warnings::get));
  }

  @Override
  public List<EarlyWarning> ofCustomer(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (!visible(scope, customerId)) {
      return List.of();
    }
    return all().stream()
        .filter(warning -> warning.customerId().equals(customerId))
        .sorted(comparing((EarlyWarning warning) -> warning.log().get(0).at()).thenComparing(EarlyWarning::id))
        .toList();
  }

  @Override
  public Page<EarlyWarning> open(AccessScope scope, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    List<EarlyWarning> matches =
        all().stream().filter(EarlyWarning::isOpen).filter(warning -> visible(scope, warning.customerId())).toList();
    return new Page<>(matches.stream().skip(page.offset()).limit(page.limit()).toList(), matches.size(), page);
  }

  private List<EarlyWarning> all() {
    return store.read(() -> List.copyOf(warnings.values()));
  }

  private boolean visible(AccessScope scope, CustomerId customerId) {
    return store.canSeeCustomer(scope, customerId);
  }
}
