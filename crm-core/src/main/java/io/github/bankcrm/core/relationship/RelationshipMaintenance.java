package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The maintenance flows of relationships [客户关联关系维护] over the {@link Customers} and {@link
 * Relationships} ports: establish, change the percentage or the period, end. Each call validates every
 * field, reads the customers in the caller's scope (their kinds decide which types are allowed),
 * applies the command to the aggregate, and saves atomically with an optimistic version check; the
 * port checks duplicates and the ownership total in that same step ({@link
 * RelationshipRules#fitsAmong}), so a check made here first could only go stale. Nothing is
 * half-saved.
 *
 * <p>Thread-safe if the ports are. Logs relationship and customer numbers and actors, never personal
 * data.
 */
public final class RelationshipMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(RelationshipMaintenance.class);

  private final Customers customers;
  private final Relationships relationships;
  private final Supplier<RelationshipId> numbering;
  private final Clock clock;

  /**
   * A flow over the two ports.
   *
   * @param customers where the customers are, to check they exist in scope and read their kinds
   * @param relationships where relationships are stored
   * @param numbering hands out numbers for new relationships, e.g. {@code RelationshipId::random}
   * @param clock the time stamped on changes and events
   */
  public RelationshipMaintenance(
      Customers customers,
      Relationships relationships,
      Supplier<RelationshipId> numbering,
      Clock clock) {
    this.customers = requireNonNull(customers, "customers");
    this.relationships = requireNonNull(relationships, "relationships");
    this.numbering = requireNonNull(numbering, "numbering");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * Records a relationship between two customers, both in the caller's scope.
   *
   * @param scope the caller's scope
   * @param actor who records it
   * @param command the entry form
   * @return the update, or {@code InvalidRelationshipData} (every field error), {@code
   *     CustomerNotFound}, {@code SelfRelationship}, {@code KindNotAllowed}, {@code
   *     DuplicateRelationship} or {@code OwnershipExceeded}
   */
  public Either<RelationshipError, RelationshipUpdate> establish(
      AccessScope scope, Actor actor, EstablishRelationship command) {
    requireNonNull(scope, "scope");
    requireNonNull(actor, "actor");
    requireNonNull(command, "command");
    return command
        .validate()
        .toEither()
        .<RelationshipError>mapLeft(
            errors -> new RelationshipError.InvalidRelationshipData(errors.asJava()))
        .flatMap(RelationshipRules::notWithItself)
        .flatMap(
            terms ->
                customer(scope, terms.from())
                    .flatMap(
                        from ->
                            customer(scope, terms.to())
                                .flatMap(
                                    to ->
                                        Relationship.establish(
                                            numbering.get(),
                                            terms,
                                            from.kind(),
                                            to.kind(),
                                            actor,
                                            now()))))
        .flatMap(update -> save(scope, update));
  }

  /**
   * Records a new percentage for a shareholding.
   *
   * @param scope the caller's scope
   * @param actor who changes it
   * @param command the change
   * @return the update, or {@code RelationshipNotFound}, {@code VersionConflict}, {@code
   *     RelationshipEnded}, {@code InvalidRelationshipData}, {@code Unchanged} or {@code
   *     OwnershipExceeded}
   */
  public Either<RelationshipError, RelationshipUpdate> changeOwnership(
      AccessScope scope, Actor actor, ChangeOwnership command) {
    requireNonNull(command, "command");
    return edit(
        scope,
        command.relationshipId(),
        relationship ->
            relationship.changeOwnership(
                command.expectedVersion(), command.ownershipPercentage(), actor, now()));
  }

  /**
   * Corrects the validity period of a relationship.
   *
   * @param scope the caller's scope
   * @param actor who changes it
   * @param command the change
   * @return the update, or {@code RelationshipNotFound}, {@code VersionConflict}, {@code
   *     RelationshipEnded}, {@code InvalidRelationshipData}, {@code Unchanged}, {@code
   *     DuplicateRelationship} or {@code OwnershipExceeded}
   */
  public Either<RelationshipError, RelationshipUpdate> changeValidity(
      AccessScope scope, Actor actor, ChangeValidity command) {
    requireNonNull(command, "command");
    return edit(
        scope,
        command.relationshipId(),
        relationship ->
            relationship.changeValidity(
                command.expectedVersion(), command.validFrom(), command.validTo(), actor, now()));
  }

  /**
   * Ends a relationship.
   *
   * @param scope the caller's scope
   * @param actor who ends it
   * @param command the end
   * @return the update, or {@code RelationshipNotFound}, {@code VersionConflict}, {@code
   *     RelationshipEnded} or {@code InvalidRelationshipData}
   */
  public Either<RelationshipError, RelationshipUpdate> end(
      AccessScope scope, Actor actor, EndRelationship command) {
    requireNonNull(command, "command");
    return edit(
        scope,
        command.relationshipId(),
        relationship -> relationship.end(command.expectedVersion(), command.lastDay(), actor, now()));
  }

  private Either<RelationshipError, RelationshipUpdate> edit(
      AccessScope scope,
      RelationshipId id,
      Function<Relationship, Either<RelationshipError, RelationshipUpdate>> command) {
    requireNonNull(scope, "scope");
    return relationships
        .findById(scope, id)
        .<Either<RelationshipError, Relationship>>map(Either::right)
        .orElseGet(() -> Either.left(new RelationshipError.RelationshipNotFound(id)))
        .flatMap(command)
        .flatMap(update -> save(scope, update));
  }

  private Either<RelationshipError, Customer> customer(AccessScope scope, CustomerId id) {
    return customers
        .findById(scope, id)
        .<Either<RelationshipError, Customer>>map(Either::right)
        .orElseGet(() -> Either.left(new RelationshipError.CustomerNotFound(id)));
  }

  private Either<RelationshipError, RelationshipUpdate> save(
      AccessScope scope, RelationshipUpdate update) {
    Relationship next = update.relationship();
    Either<RelationshipError, Relationship> saved = relationships.save(scope, update);
    if (saved.isRight()) {
      LOG.info(
          "relationship {} ({} {} -> {}) saved at version {} by {}",
          next.id(),
          next.type(),
          next.from(),
          next.to(),
          next.version(),
          update.events().isEmpty() ? "nobody" : update.events().get(0).actor());
    } else {
      LOG.info(
          "relationship {} ({} {} -> {}) refused: {}",
          next.id(),
          next.type(),
          next.from(),
          next.to(),
          saved.getLeft().code());
    }
    return saved.map(relationship -> update);
  }

  private Instant now() {
    return clock.instant();
  }
}
