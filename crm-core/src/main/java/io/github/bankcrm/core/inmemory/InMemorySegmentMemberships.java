package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.group.SegmentError;
import io.github.bankcrm.core.group.SegmentId;
import io.github.bankcrm.core.group.SegmentMembership;
import io.github.bankcrm.core.group.SegmentMemberships;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link SegmentMemberships} in memory: the embedded default for tests and demos. Thread-safe; a
 * replacement checks the version and swaps the membership under one lock. Which members a caller can see
 * is asked of the {@link Customers} store at the time of the call. Nothing survives the JVM.
 */
public final class InMemorySegmentMemberships implements SegmentMemberships {

  private final Customers customers;
  private final TreeMap<SegmentId, SegmentMembership> memberships = new TreeMap<>();

  /**
   * An empty store.
   *
   * @param customers the customers the members are, to decide which members a caller can see
   */
  public InMemorySegmentMemberships(Customers customers) {
    this.customers = requireNonNull(customers, "customers");
  }

  @Override
  public Optional<SegmentMembership> find(AccessScope scope, SegmentId segmentId) {
    requireNonNull(scope, "scope");
    requireNonNull(segmentId, "segmentId");
    SegmentMembership stored;
    synchronized (this) {
      stored = memberships.get(segmentId);
    }
    if (stored == null || scope.isUnrestricted()) {
      return Optional.ofNullable(stored);
    }
    TreeSet<CustomerId> visible = new TreeSet<>();
    for (CustomerId member : stored.members()) {
      if (customers.findById(scope, member).isPresent()) {
        visible.add(member);
      }
    }
    return Optional.of(
        new SegmentMembership(
            stored.segmentId(), stored.version(), stored.segmentVersion(), stored.evaluatedOn(), visible));
  }

  @Override
  public synchronized Either<SegmentError, SegmentMembership> replace(
      AccessScope scope, SegmentMembership next) {
    requireNonNull(scope, "scope");
    requireNonNull(next, "next");
    if (!scope.isUnrestricted()) {
      return Either.left(new SegmentError.ScopeTooNarrow(next.segmentId()));
    }
    SegmentMembership stored = memberships.get(next.segmentId());
    long storedVersion = stored == null ? 0 : stored.version();
    if (next.version() != storedVersion + 1) {
      return Either.left(
          new SegmentError.VersionConflict(next.segmentId(), next.version() - 1, storedVersion));
    }
    memberships.put(next.segmentId(), next);
    return Either.right(next);
  }

  @Override
  public List<SegmentId> segmentsOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    if (customers.findById(scope, customerId).isEmpty()) {
      return List.of();
    }
    synchronized (this) {
      return memberships.values().stream()
          .filter(membership -> membership.members().contains(customerId))
          .map(SegmentMembership::segmentId)
          .toList();
    }
  }
}
