package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A directed, typed relationship between two customers [客户关联关系], such as a shareholding with its
 * percentage or a parent/child tie, with the period it holds, the system it came from and whether it
 * is still active. Other aggregates are referenced by number only.
 *
 * <p>The kinds of both customers are recorded with the relationship, as they were checked when it was
 * established: a customer's kind never changes, and the derived views ({@link RelationshipAnalysis})
 * need them to tell a person (who can be a beneficial owner) from a company without reading every
 * customer.
 *
 * <p>A relationship is an immutable snapshot at one {@link #version()}. Commands return a {@link
 * RelationshipUpdate} with the next version and its events, or a {@link RelationshipError}; the
 * {@link Relationships} port stores it only over the version it was computed from, and checks the rules
 * that involve other relationships (duplicates, ownership total) in the same step. Invariants that a
 * command refuses first are also enforced here, by throwing.
 *
 * @param id the relationship number
 * @param version the version of this snapshot: 1 when established, one more with every saved change
 * @param from the customer the relationship runs from
 * @param fromKind that customer's kind
 * @param to the customer it runs to
 * @param toKind that customer's kind
 * @param type the type
 * @param ownershipPercentage the percentage held, for a shareholding only; at scale {@value
 *     OwnershipPercentage#SCALE}
 * @param validity when it holds
 * @param sourceSystem where it was recorded
 * @param state active or ended
 * @param createdAt when it was established
 * @param updatedAt when the last change was made
 */
public record Relationship(
    RelationshipId id,
    long version,
    CustomerId from,
    CustomerKind fromKind,
    CustomerId to,
    CustomerKind toKind,
    RelationshipType type,
    @Nullable BigDecimal ownershipPercentage,
    Validity validity,
    SourceSystem sourceSystem,
    RelationshipState state,
    Instant createdAt,
    Instant updatedAt) {

  public Relationship {
    requireNonNull(id, "id");
    requireNonNull(from, "from");
    requireNonNull(fromKind, "fromKind");
    requireNonNull(to, "to");
    requireNonNull(toKind, "toKind");
    requireNonNull(type, "type");
    requireNonNull(validity, "validity");
    requireNonNull(sourceSystem, "sourceSystem");
    requireNonNull(state, "state");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    if (from.equals(to)) {
      throw new IllegalArgumentException("a customer cannot be related to itself");
    }
    if (!type.allows(fromKind, toKind)) {
      throw new IllegalArgumentException(type + " does not link " + fromKind + " to " + toKind);
    }
    if (type.carriesPercentage() != (ownershipPercentage != null)) {
      throw new IllegalArgumentException("a percentage is required for, and only for, a shareholding");
    }
    if (ownershipPercentage != null) {
      ownershipPercentage = OwnershipPercentage.of(ownershipPercentage);
    }
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt cannot be before createdAt");
    }
  }

  /**
   * Records a new relationship at version 1, active. The caller has read both customers to know their
   * kinds; the rules that need other relationships are checked by the port when it saves.
   *
   * @param id the new relationship's number
   * @param terms the checked terms
   * @param fromKind the kind of {@code terms.from()}
   * @param toKind the kind of {@code terms.to()}
   * @param actor who records it
   * @param now when
   * @return the update with its {@code RelationshipEstablished} event, or {@code SelfRelationship} or
   *     {@code KindNotAllowed}
   */
  public static Either<RelationshipError, RelationshipUpdate> establish(
      RelationshipId id,
      RelationshipTerms terms,
      CustomerKind fromKind,
      CustomerKind toKind,
      Actor actor,
      Instant now) {
    requireNonNull(id, "id");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    return RelationshipRules.notWithItself(terms)
        .flatMap(checked -> RelationshipRules.kindsAllowed(checked, fromKind, toKind))
        .map(
            checked -> {
              Relationship relationship =
                  new Relationship(
                      id,
                      1,
                      checked.from(),
                      fromKind,
                      checked.to(),
                      toKind,
                      checked.type(),
                      checked.ownershipPercentage(),
                      checked.validity(),
                      checked.sourceSystem(),
                      RelationshipState.ACTIVE,
                      now,
                      now);
              return new RelationshipUpdate(
                  relationship,
                  List.of(
                      new RelationshipEvent.RelationshipEstablished(
                          id,
                          1,
                          checked.from(),
                          checked.to(),
                          checked.type(),
                          checked.ownershipPercentage(),
                          checked.validity(),
                          checked.sourceSystem(),
                          actor,
                          now)));
            });
  }

  /**
   * Records a new percentage for a shareholding.
   *
   * @param expectedVersion the version the caller saw
   * @param percentage the new percentage, as typed
   * @param actor who changes it
   * @param now when
   * @return the update with a {@code RelationshipChanged} event, or {@code VersionConflict}, {@code
   *     RelationshipEnded}, {@code InvalidRelationshipData} (also for a type without a percentage) or
   *     {@code Unchanged}
   */
  public Either<RelationshipError, RelationshipUpdate> changeOwnership(
      long expectedVersion, @Nullable BigDecimal percentage, Actor actor, Instant now) {
    return editable(expectedVersion)
        .flatMap(
            current -> {
              FieldErrors errors = new FieldErrors();
              BigDecimal checked =
                  type.carriesPercentage()
                      ? errors.check("ownershipPercentage", OwnershipPercentage.parse(percentage))
                      : EstablishRelationship.percentageNotAllowed(errors);
              return refusedOr(errors)
                  .flatMap(ok -> changed(checked, validity, actor, now));
            });
  }

  /**
   * Corrects the validity period.
   *
   * @param expectedVersion the version the caller saw
   * @param validFrom the new first day, as typed
   * @param validTo the new last day, or {@code null} for open-ended
   * @param actor who changes it
   * @param now when
   * @return the update with a {@code RelationshipChanged} event, or {@code VersionConflict}, {@code
   *     RelationshipEnded}, {@code InvalidRelationshipData} or {@code Unchanged}
   */
  public Either<RelationshipError, RelationshipUpdate> changeValidity(
      long expectedVersion,
      @Nullable LocalDate validFrom,
      @Nullable LocalDate validTo,
      Actor actor,
      Instant now) {
    return editable(expectedVersion)
        .flatMap(
            current -> {
              FieldErrors errors = new FieldErrors();
              Validity checked = EstablishRelationship.checkedValidity(errors, validFrom, validTo);
              return refusedOr(errors)
                  .flatMap(ok -> changed(ownershipPercentage, checked, actor, now));
            });
  }

  /**
   * Ends the relationship: its validity period ends on {@code lastDay} (unless it ends earlier
   * already), it stops counting in every view, and it can no longer be edited.
   *
   * @param expectedVersion the version the caller saw
   * @param lastDay the last day it held; not before the first day
   * @param actor who ends it
   * @param now when
   * @return the update with a {@code RelationshipEnded} event, or {@code VersionConflict}, {@code
   *     RelationshipEnded} or {@code InvalidRelationshipData}
   */
  public Either<RelationshipError, RelationshipUpdate> end(
      long expectedVersion, @Nullable LocalDate lastDay, Actor actor, Instant now) {
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    return editable(expectedVersion)
        .flatMap(
            current -> {
              FieldErrors errors = new FieldErrors();
              if (lastDay == null) {
                errors.add(FieldError.required("lastDay"));
              } else if (lastDay.isBefore(validity.from())) {
                errors.add(FieldError.outOfRange("lastDay", "on or after the first day it held"));
              }
              return refusedOr(errors)
                  .map(
                      ok -> {
                        Validity ended = validity.endingBy(lastDay);
                        Relationship next =
                            next(ownershipPercentage, ended, RelationshipState.ENDED, now);
                        return new RelationshipUpdate(
                            next,
                            List.of(
                                new RelationshipEvent.RelationshipEnded(
                                    id, next.version, ended.to(), actor, now)));
                      });
            });
  }

  /**
   * Re-points the relationship from one record of a customer to another record of the same customer:
   * the command identity resolution uses when two customer records are merged, or a merge is undone; no
   * other caller should use it. The other side, the type, the percentage and the period stay.
   *
   * @param expectedVersion the version the caller saw
   * @param replaced the customer on one side now
   * @param by the record of the same customer taking that side, of the same kind
   * @param byKind the kind of {@code by}
   * @param actor who merges
   * @param now when
   * @return the update with a {@code RelationshipRepointed} event, or {@code VersionConflict}, {@code
   *     RelationshipEnded}, {@code CustomerNotFound} ({@code replaced} is on neither side), {@code
   *     SelfRelationship} ({@code by} is on the other side) or {@code KindNotAllowed}
   */
  public Either<RelationshipError, RelationshipUpdate> repoint(
      long expectedVersion, CustomerId replaced, CustomerId by, CustomerKind byKind, Actor actor, Instant now) {
    requireNonNull(replaced, "replaced");
    requireNonNull(by, "by");
    requireNonNull(byKind, "byKind");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    return editable(expectedVersion)
        .flatMap(
            current -> {
              if (!involves(replaced)) {
                return Either.left(new RelationshipError.CustomerNotFound(replaced));
              }
              boolean fromSide = from.equals(replaced);
              CustomerId nextFrom = fromSide ? by : from;
              CustomerId nextTo = fromSide ? to : by;
              CustomerKind nextFromKind = fromSide ? byKind : fromKind;
              CustomerKind nextToKind = fromSide ? toKind : byKind;
              if (nextFrom.equals(nextTo)) {
                return Either.left(new RelationshipError.SelfRelationship(by));
              }
              if (!type.allows(nextFromKind, nextToKind)) {
                return Either.left(
                    new RelationshipError.KindNotAllowed(type, fromSide ? "from" : "to", by, byKind));
              }
              Relationship next =
                  new Relationship(id, version + 1, nextFrom, nextFromKind, nextTo, nextToKind, type,
                      ownershipPercentage, validity, sourceSystem, state, createdAt,
                      now.isBefore(createdAt) ? createdAt : now);
              return Either.right(
                  new RelationshipUpdate(
                      next,
                      List.of(new RelationshipEvent.RelationshipRepointed(id, next.version, replaced, by, actor, now))));
            });
  }

  /**
   * Makes an ended relationship active again with the period it had before it was ended: the undo of
   * the ending a merge of two customer records made (a merged relationship that would have linked a
   * customer to itself, or duplicated one the survivor had). No other caller should use it: ended
   * relationships are otherwise kept for the record.
   *
   * @param expectedVersion the version the caller saw
   * @param before the period before the ending; starting on the same day
   * @param actor who undoes the merge
   * @param now when
   * @return the update with a {@code RelationshipRestored} event, or {@code VersionConflict}, {@code
   *     Unchanged} (the relationship is active) or {@code InvalidRelationshipData} (another first day)
   */
  public Either<RelationshipError, RelationshipUpdate> restore(
      long expectedVersion, Validity before, Actor actor, Instant now) {
    requireNonNull(before, "before");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (expectedVersion != version) {
      return Either.left(new RelationshipError.VersionConflict(id, expectedVersion, version));
    }
    if (isActive()) {
      return Either.left(new RelationshipError.Unchanged(id));
    }
    if (!before.from().equals(validity.from())) {
      return Either.left(
          new RelationshipError.InvalidRelationshipData(
              List.of(FieldError.outOfRange("validity", "starting on the day it started"))));
    }
    Relationship next = next(ownershipPercentage, before, RelationshipState.ACTIVE, now);
    return Either.right(
        new RelationshipUpdate(
            next, List.of(new RelationshipEvent.RelationshipRestored(id, next.version, before, actor, now))));
  }

  /**
   * Whether the relationship is active.
   *
   * @return whether its state is {@link RelationshipState#ACTIVE}
   */
  @JsonIgnore
  public boolean isActive() {
    return state == RelationshipState.ACTIVE;
  }

  /**
   * Whether the relationship counts on a day: it is active and its validity period holds then.
   *
   * @param day the day
   * @return whether it counts
   */
  public boolean isEffectiveOn(LocalDate day) {
    return isActive() && validity.contains(day);
  }

  /**
   * Whether a customer is on either side.
   *
   * @param customerId the customer
   * @return whether it is {@link #from()} or {@link #to()}
   */
  public boolean involves(CustomerId customerId) {
    return from.equals(customerId) || to.equals(customerId);
  }

  /**
   * Whether the other relationship links the same customers in the same way: same type, same
   * direction, or either direction for a symmetric type. Periods and states are not compared.
   *
   * @param other the other relationship
   * @return whether the two are the same link
   */
  public boolean isSameLinkAs(Relationship other) {
    if (type != other.type) {
      return false;
    }
    boolean sameDirection = from.equals(other.from) && to.equals(other.to);
    boolean reversed = from.equals(other.to) && to.equals(other.from);
    return sameDirection || (type.isSymmetric() && reversed);
  }

  private Either<RelationshipError, Relationship> editable(long expectedVersion) {
    if (expectedVersion != version) {
      return Either.left(new RelationshipError.VersionConflict(id, expectedVersion, version));
    }
    return RelationshipRules.stillActive(this);
  }

  private static Either<RelationshipError, FieldErrors> refusedOr(FieldErrors errors) {
    return errors.isEmpty()
        ? Either.right(errors)
        : Either.left(
            new RelationshipError.InvalidRelationshipData(
                errors.orElse(() -> null).getError().asJava()));
  }

  private Either<RelationshipError, RelationshipUpdate> changed(
      @Nullable BigDecimal percentage, Validity period, Actor actor, Instant now) {
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    List<String> fields = new ArrayList<>();
    if (!Objects.equals(percentage, ownershipPercentage)) {
      fields.add("ownershipPercentage");
    }
    if (!period.equals(validity)) {
      fields.add("validity");
    }
    if (fields.isEmpty()) {
      return Either.left(new RelationshipError.Unchanged(id));
    }
    Relationship next = next(percentage, period, state, now);
    return Either.right(
        new RelationshipUpdate(
            next,
            List.of(
                new RelationshipEvent.RelationshipChanged(id, next.version, fields, actor, now))));
  }

  private Relationship next(
      @Nullable BigDecimal percentage, Validity period, RelationshipState nextState, Instant now) {
    return new Relationship(
        id,
        version + 1,
        from,
        fromKind,
        to,
        toKind,
        type,
        percentage,
        period,
        sourceSystem,
        nextState,
        createdAt,
        // a clock stepping back behind the creation must not make an unsaveable state
        now.isBefore(createdAt) ? createdAt : now);
  }
}
