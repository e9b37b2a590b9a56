package io.github.bankcrm.core.inmemory;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.organization.OrganizationError;
import io.github.bankcrm.core.organization.OrganizationHierarchy;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.vavr.control.Either;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * {@link OrganizationUnits} held in memory, for tests and demos. Thread-safe without locks: the
 * store is one reference to an immutable {@link OrganizationHierarchy}, swapped atomically on each
 * change, so a reader always sees a whole tree and a change based on a stale tree is retried.
 */
public final class InMemoryOrganizationUnits implements OrganizationUnits {

  private final AtomicReference<OrganizationHierarchy> current;

  /** An empty store. */
  public InMemoryOrganizationUnits() {
    this(OrganizationHierarchy.empty());
  }

  /**
   * A store that starts with the units of a hierarchy, for demos and test fixtures.
   *
   * @param initial the starting tree
   * @throws NullPointerException if {@code initial} is null
   */
  public InMemoryOrganizationUnits(OrganizationHierarchy initial) {
    this.current = new AtomicReference<>(requireNonNull(initial, "initial"));
  }

  @Override
  public Either<OrganizationError, OrganizationUnit> add(OrganizationUnit unit) {
    requireNonNull(unit, "unit");
    return change(tree -> tree.withAdded(unit)).map(tree -> unit);
  }

  @Override
  public Either<OrganizationError, OrganizationUnit> rename(OrganizationUnitId id, String newName) {
    requireNonNull(id, "id");
    return change(tree -> tree.withRenamed(id, newName)).map(tree -> tree.unit(id).orElseThrow());
  }

  @Override
  public Optional<OrganizationUnit> findById(OrganizationUnitId id) {
    return current.get().unit(requireNonNull(id, "id"));
  }

  @Override
  public OrganizationHierarchy hierarchy() {
    return current.get();
  }

  /**
   * Applies a change to the current tree and publishes the result, unless another change was
   * published in between: then the change is applied again to the newer tree.
   */
  private Either<OrganizationError, OrganizationHierarchy> change(
      Function<OrganizationHierarchy, Either<OrganizationError, OrganizationHierarchy>> step) {
    while (true) {
      OrganizationHierarchy before = current.get();
      Either<OrganizationError, OrganizationHierarchy> after = step.apply(before);
      if (after.isLeft() || current.compareAndSet(before, after.get())) {
        return after;
      }
    }
  }

  /**
   * A short description with the number of units.
   *
   * @return for example {@code InMemoryOrganizationUnits[6 units]}
   */
  @Override
  public String toString() {
    return "InMemoryOrganizationUnits[" + current.get().units().size() + " units]";
  }
}
