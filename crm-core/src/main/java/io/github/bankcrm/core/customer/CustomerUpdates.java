package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The updates both kinds of customer share: registration, profile maintenance, and the check every
 * change passes first.
 */
final class CustomerUpdates {

  private CustomerUpdates() {}

  /** The invariants every customer snapshot holds, whatever its kind. */
  static void checkInvariants(
      CustomerId id,
      long version,
      io.github.bankcrm.core.organization.OrganizationUnitId owningUnit,
      KycRiskRating kycRiskRating,
      Instant createdAt,
      Instant updatedAt,
      @io.github.bankcrm.core.shared.Nullable CustomerId mergedInto) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(owningUnit, "owningUnit");
    java.util.Objects.requireNonNull(kycRiskRating, "kycRiskRating");
    java.util.Objects.requireNonNull(createdAt, "createdAt");
    java.util.Objects.requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("a customer cannot be updated before it was created");
    }
    if (id.equals(mergedInto)) {
      throw new IllegalArgumentException("a customer cannot be merged into itself");
    }
  }

  static <P> Either<CustomerError, CustomerUpdate> register(
      Validation<Seq<FieldError>, P> profile,
      Function<P, Customer> newCustomer,
      Function<P, AuditView> audit,
      Actor actor,
      Instant now) {
    return profile
        .toEither()
        .<CustomerError>mapLeft(errors -> new CustomerError.InvalidCustomerData(errors.asJava()))
        .map(
            valid -> {
              Customer customer = newCustomer.apply(valid);
              return new CustomerUpdate(
                  customer,
                  new CustomerChangeRecord(
                      customer.id(),
                      customer.version(),
                      ChangeType.REGISTERED,
                      actor,
                      now,
                      audit.apply(valid).asCreated()),
                  List.of(
                      new CustomerEvent.CustomerRegistered(
                          customer.id(), customer.kind(), customer.owningUnit(), actor, now)));
            });
  }

  /**
   * Why a change of the customer based on {@code expectedVersion} is refused before its own rules are
   * asked: a stale version, or a record merged into another, which takes no change but the undo.
   */
  static Optional<CustomerError> refusedChange(Customer current, long expectedVersion) {
    if (current.version() != expectedVersion) {
      return Optional.of(
          new CustomerError.VersionConflict(current.id(), expectedVersion, current.version()));
    }
    if (current.mergedInto() != null) {
      return Optional.of(new CustomerError.CustomerMerged(current.id(), current.mergedInto()));
    }
    return Optional.empty();
  }

  static <P> Either<CustomerError, CustomerUpdate> changeProfile(
      Customer current,
      long expectedVersion,
      AuditView currentView,
      Validation<Seq<FieldError>, P> profile,
      Function<P, Customer> nextCustomer,
      Function<P, AuditView> audit,
      Actor actor,
      Instant now) {
    Optional<CustomerError> refused = refusedChange(current, expectedVersion);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    if (profile.isInvalid()) {
      return Either.left(new CustomerError.InvalidCustomerData(profile.getError().asJava()));
    }
    List<FieldChange> changes = audit.apply(profile.get()).changesSince(currentView);
    if (changes.isEmpty()) {
      return Either.left(new CustomerError.Unchanged(current.id()));
    }
    Customer next = nextCustomer.apply(profile.get());
    return Either.right(
        new CustomerUpdate(
            next,
            new CustomerChangeRecord(
                next.id(), next.version(), ChangeType.PROFILE_CHANGED, actor, now, changes),
            List.of(
                new CustomerEvent.CustomerProfileChanged(
                    next.id(),
                    next.version(),
                    changes.stream().map(FieldChange::path).toList(),
                    actor,
                    now))));
  }
}
