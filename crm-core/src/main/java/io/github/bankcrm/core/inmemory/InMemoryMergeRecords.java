package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.resolution.MergeError;
import io.github.bankcrm.core.resolution.MergeEvent;
import io.github.bankcrm.core.resolution.MergeId;
import io.github.bankcrm.core.resolution.MergeRecord;
import io.github.bankcrm.core.resolution.MergeRecordRules;
import io.github.bankcrm.core.resolution.MergeRecords;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link MergeRecords} in memory: the embedded default for tests and demos. Thread-safe; a change checks
 * and applies under one lock, so it is atomic like a database transaction. Events are not kept (there is
 * no outbox): the caller publishes the ones {@code MergeExecution} returns. Nothing survives the JVM.
 */
public final class InMemoryMergeRecords implements MergeRecords {

  private static final Comparator<MergeRecord> OLDEST_FIRST =
      Comparator.comparing(MergeRecord::mergedAt).thenComparing(record -> record.id().value());

  private final GuardedStore store;
  private final Map<MergeId, MergeRecord> records = new HashMap<>();
  /** The merge, not undone, that absorbed each record. */
  private final Map<CustomerId, MergeId> activeByAbsorbed = new HashMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers merged, to decide what a caller can see
   */
  public InMemoryMergeRecords(Customers customers) {
    this.store = new GuardedStore(customers);
  }

  @Override
  public Either<MergeError, MergeRecord> add(
      AccessScope scope, MergeRecord record, MergeEvent.CustomersMerged merged) {
    requireNonNull(scope, "scope");
    MergeRecordRules.checkAdded(record, merged);
    return store.write(() -> {
      if (records.containsKey(record.id())) {
        return Either.<MergeError, MergeRecord>left(new MergeError.MergeExists(record.id()));
      }
      for (CustomerId customer : List.of(record.survivor(), record.absorbed())) {
        if (!store.canSeeCustomer(scope, customer)) {
          return Either.<MergeError, MergeRecord>left(new MergeError.CustomerNotFound(customer));
        }
      }
      for (CustomerId customer : List.of(record.absorbed(), record.survivor())) {
        MergeId active = activeByAbsorbed.get(customer);
        if (active != null) {
          MergeRecord earlier = records.get(active);
          return Either.<MergeError, MergeRecord>left(
              new MergeError.AlreadyMerged(customer, earlier.survivor(), earlier.id()));
        }
      }
      Optional<MergeRecord> survivorOfAbsorbed = records.values().stream()
          .filter(earlier -> !earlier.isUndone() && earlier.survivor().equals(record.absorbed()))
          .findFirst();
      if (survivorOfAbsorbed.isPresent()) {
        MergeRecord earlier = survivorOfAbsorbed.get();
        return Either.<MergeError, MergeRecord>left(
            new MergeError.AlreadyMerged(earlier.absorbed(), earlier.survivor(), earlier.id()));
      }
      records.put(record.id(), record);
      activeByAbsorbed.put(record.absorbed(), record.id());
      return Either.<MergeError, MergeRecord>right(record);
    });
  }

  @Override
  public Either<MergeError, MergeRecord> markUndone(
      AccessScope scope, MergeRecord undone, MergeEvent.MergeUndone event) {
    requireNonNull(scope, "scope");
    MergeRecordRules.checkUndone(undone, event);
    return store.write(() -> {
      MergeRecord stored = records.get(undone.id());
      if (stored == null || !visible(scope, stored)) {
        return Either.<MergeError, MergeRecord>left(new MergeError.MergeNotFound(undone.id()));
      }
      if (stored.isUndone()) {
        return Either.<MergeError, MergeRecord>left(new MergeError.AlreadyUndone());
      }
      MergeRecordRules.checkSameMerge(stored, undone);
      records.put(undone.id(), undone);
      activeByAbsorbed.remove(undone.absorbed(), undone.id());
      return Either.<MergeError, MergeRecord>right(undone);
    });
  }

  @Override
  public Optional<MergeRecord> findById(AccessScope scope, MergeId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return store.read(() -> Optional.ofNullable(records.get(id))).filter(record -> visible(scope, record));
  }

  @Override
  public Optional<MergeRecord> mergeOf(AccessScope scope, CustomerId absorbed) {
    requireNonNull(scope, "scope");
    requireNonNull(absorbed, "absorbed");
    return store.read(() -> Optional.ofNullable(activeByAbsorbed.get(absorbed)).map(records::get))
        .filter(record -> visible(scope, record));
  }

  @Override
  public List<MergeRecord> absorbedInto(AccessScope scope, CustomerId survivor) {
    requireNonNull(scope, "scope");
    requireNonNull(survivor, "survivor");
    return store.read(() -> records.values().stream()
            .filter(record -> !record.isUndone() && record.survivor().equals(survivor))
            .sorted(OLDEST_FIRST)
            .toList())
        .stream()
        .filter(record -> visible(scope, record))
        .toList();
  }

  private boolean visible(AccessScope scope, MergeRecord record) {
    return store.canSeeCustomer(scope, record.survivor()) && store.canSeeCustomer(scope, record.absorbed());
  }
}
