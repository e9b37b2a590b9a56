package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who served a customer when [客户经理/经营机构变更历史]: the customer's service assignments in date order.
 * There is one history per customer, so it is identified by the customer number.
 *
 * <p><b>No overlaps, no gaps.</b> Assignments are half-open periods in date order; only the last may
 * be current. A {@link #reassign} ends the current assignment on the day the next one starts, so every
 * day between the first assignment and today is covered by exactly one. A gap exists only where the
 * relationship was explicitly {@linkplain #end ended} and later {@linkplain #assign taken up again}.
 * History is never rewritten: changes take effect after the current assignment started.
 *
 * <p>The customer's <em>current</em> owning unit and manager, which decide who may see the customer,
 * stay on the {@code Customer}; this history records who served the customer on each day, for
 * performance attribution and for "who served customer X on day D".
 *
 * @param customerId the customer
 * @param version 1 when the first assignment was made, one more with every saved change
 * @param assignments the assignments, in date order, never empty
 * @param createdAt when the history was started
 * @param updatedAt when the last change was recorded
 */
public record AssignmentHistory(
    CustomerId customerId,
    long version,
    List<ServiceAssignment> assignments,
    Instant createdAt,
    Instant updatedAt) {

  public AssignmentHistory {
    requireNonNull(customerId, "customerId");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    assignments = List.copyOf(requireNonNull(assignments, "assignments"));
    if (version < 1 || updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("version starts at 1, updatedAt is not before createdAt");
    }
    if (assignments.isEmpty()) {
      throw new IllegalArgumentException("a history has at least one assignment");
    }
    for (int i = 1; i < assignments.size(); i++) {
      LocalDate previousUntil = assignments.get(i - 1).until();
      if (previousUntil == null || previousUntil.isAfter(assignments.get(i).from())) {
        throw new IllegalArgumentException("assignments follow each other without overlapping");
      }
    }
  }

  /**
   * Starts the history of a customer with a first assignment, at version 1.
   *
   * @param customerId the customer
   * @param manager the relationship manager, or {@code null} for none
   * @param unit the serving unit
   * @param from the first day of service
   * @param actor who assigns
   * @param now when
   * @return the update with a {@code ServiceAssigned} event
   */
  public static AssignmentUpdate start(
      CustomerId customerId,
      @Nullable RelationshipManagerId manager,
      OrganizationUnitId unit,
      LocalDate from,
      Actor actor,
      Instant now) {
    requireNonNull(customerId, "customerId");
    requireNonNull(unit, "unit");
    requireNonNull(from, "from");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    AssignmentHistory history =
        new AssignmentHistory(
            customerId, 1, List.of(new ServiceAssignment(manager, unit, from, null)), now, now);
    return new AssignmentUpdate(
        history,
        List.of(new HoldingEvent.ServiceAssigned(customerId, 1, manager, unit, from, actor, now)));
  }

  /**
   * Hands the customer over from the current assignment to the next on a day: the current one ends on
   * {@code on}, the next starts on it.
   *
   * @param expectedVersion the version the caller saw
   * @param manager the next manager, or {@code null} for none
   * @param unit the next serving unit
   * @param on the day of the handover, after the current assignment started
   * @param actor who reassigns
   * @param now when
   * @return the update with {@code ServiceEnded} and {@code ServiceAssigned} events, or {@code
   *     VersionConflict}, {@code NotServed}, {@code AssignmentOutOfOrder} or {@code Unchanged} (same
   *     manager and unit)
   */
  public Either<HoldingError, AssignmentUpdate> reassign(
      long expectedVersion,
      @Nullable RelationshipManagerId manager,
      OrganizationUnitId unit,
      LocalDate on,
      Actor actor,
      Instant now) {
    requireNonNull(unit, "unit");
    Optional<HoldingError> refusal = currentChangeRefusal(expectedVersion, on);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    ServiceAssignment current = last();
    if (Objects.equals(current.manager(), manager) && current.unit().equals(unit)) {
      return Either.left(new HoldingError.Unchanged(customerId.value()));
    }
    List<ServiceAssignment> next = new ArrayList<>(assignments);
    next.set(next.size() - 1, current.endedOn(on));
    next.add(new ServiceAssignment(manager, unit, on, null));
    return Either.right(
        changed(
            next,
            now,
            new HoldingEvent.ServiceEnded(customerId, version + 1, on, actor, now),
            new HoldingEvent.ServiceAssigned(customerId, version + 1, manager, unit, on, actor, now)));
  }

  /**
   * Ends the current assignment: from {@code on}, nobody serves the customer (the relationship ended,
   * the customer left).
   *
   * @param expectedVersion the version the caller saw
   * @param on the first day no longer served, after the current assignment started
   * @param actor who ends it
   * @param now when
   * @return the update with a {@code ServiceEnded} event, or {@code VersionConflict}, {@code
   *     NotServed} or {@code AssignmentOutOfOrder}
   */
  public Either<HoldingError, AssignmentUpdate> end(
      long expectedVersion, LocalDate on, Actor actor, Instant now) {
    Optional<HoldingError> refusal = currentChangeRefusal(expectedVersion, on);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    List<ServiceAssignment> next = new ArrayList<>(assignments);
    next.set(next.size() - 1, last().endedOn(on));
    return Either.right(
        changed(next, now, new HoldingEvent.ServiceEnded(customerId, version + 1, on, actor, now)));
  }

  /**
   * Takes a customer whose service was ended into service again.
   *
   * @param expectedVersion the version the caller saw
   * @param manager the manager, or {@code null} for none
   * @param unit the serving unit
   * @param from the first day of service, on or after the day the last assignment ended
   * @param actor who assigns
   * @param now when
   * @return the update with a {@code ServiceAssigned} event, or {@code VersionConflict}, {@code
   *     AlreadyServed} (reassign instead) or {@code AssignmentOutOfOrder}
   */
  public Either<HoldingError, AssignmentUpdate> assign(
      long expectedVersion,
      @Nullable RelationshipManagerId manager,
      OrganizationUnitId unit,
      LocalDate from,
      Actor actor,
      Instant now) {
    requireNonNull(unit, "unit");
    requireNonNull(from, "from");
    Optional<HoldingError> stale = stale(expectedVersion);
    if (stale.isPresent()) {
      return Either.left(stale.get());
    }
    ServiceAssignment last = last();
    if (last.isCurrent()) {
      return Either.left(new HoldingError.AlreadyServed(customerId));
    }
    if (from.isBefore(last.until())) {
      return Either.left(new HoldingError.AssignmentOutOfOrder(customerId, from, last.until()));
    }
    List<ServiceAssignment> next = new ArrayList<>(assignments);
    next.add(new ServiceAssignment(manager, unit, from, null));
    return Either.right(
        changed(
            next,
            now,
            new HoldingEvent.ServiceAssigned(customerId, version + 1, manager, unit, from, actor, now)));
  }

  /**
   * Who served the customer on a day.
   *
   * @param day the day
   * @return the assignment covering it, or empty if nobody served the customer that day
   */
  public Optional<ServiceAssignment> servedOn(LocalDate day) {
    requireNonNull(day, "day");
    return assignments.stream().filter(assignment -> assignment.covers(day)).findFirst();
  }

  /**
   * The current assignment.
   *
   * @return the assignment that has not ended, or empty if the service was ended
   */
  public Optional<ServiceAssignment> current() {
    return Optional.of(last()).filter(ServiceAssignment::isCurrent);
  }

  private ServiceAssignment last() {
    return assignments.get(assignments.size() - 1);
  }

  private Optional<HoldingError> stale(long expectedVersion) {
    return expectedVersion == version
        ? Optional.empty()
        : Optional.of(
            new HoldingError.VersionConflict(
                "assignment history", customerId.value(), expectedVersion, version));
  }

  private Optional<HoldingError> currentChangeRefusal(long expectedVersion, LocalDate on) {
    requireNonNull(on, "on");
    Optional<HoldingError> stale = stale(expectedVersion);
    if (stale.isPresent()) {
      return stale;
    }
    ServiceAssignment last = last();
    if (!last.isCurrent()) {
      return Optional.of(new HoldingError.NotServed(customerId));
    }
    if (!on.isAfter(last.from())) {
      return Optional.of(
          new HoldingError.AssignmentOutOfOrder(customerId, on, last.from().plusDays(1)));
    }
    return Optional.empty();
  }

  private AssignmentUpdate changed(
      List<ServiceAssignment> next, Instant now, HoldingEvent.AssignmentEvent... events) {
    return new AssignmentUpdate(
        new AssignmentHistory(
            customerId, version + 1, next, createdAt, now.isBefore(createdAt) ? createdAt : now),
        List.of(events));
  }
}
