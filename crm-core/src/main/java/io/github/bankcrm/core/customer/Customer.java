package io.github.bankcrm.core.customer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A customer of the bank: the one unique view [客户唯一视图] every channel sees. Either an
 * {@link IndividualCustomer} or a {@link CorporateCustomer}.
 *
 * <p>A customer is an immutable snapshot at one {@link #version()}. Commands ({@code changeProfile},
 * {@link #reassign}, {@link #rateKycRisk}) never modify it: they return a {@link CustomerUpdate} with
 * the next version, its change record and its events, or a {@link CustomerError}. A record merged into
 * another ({@link #mergedInto()}) takes no command but the undo of its merge. The
 * {@link Customers} port stores an update only if nobody saved another one in between.
 *
 * <p>In JSON the kind is written as {@code "kind": "INDIVIDUAL" | "CORPORATE"}; other type names are
 * refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = IndividualCustomer.class, name = "INDIVIDUAL"),
  @JsonSubTypes.Type(value = CorporateCustomer.class, name = "CORPORATE")
})
public sealed interface Customer permits IndividualCustomer, CorporateCustomer {

  /** The customer number. */
  CustomerId id();

  /** The version of this snapshot: 1 when registered, one more with every saved change. */
  long version();

  /** The organisation unit that owns the customer [归属机构]. */
  OrganizationUnitId owningUnit();

  /** The assigned relationship manager [客户经理], or {@code null} if none is assigned. */
  @Nullable RelationshipManagerId relationshipManager();

  /** The KYC / anti-money-laundering risk rating. */
  KycRiskRating kycRiskRating();

  /** When the customer was registered. */
  Instant createdAt();

  /** When the last change was saved. */
  Instant updatedAt();

  /** Individual or corporate. */
  CustomerKind kind();

  /** Every name the customer is known by: a person's spellings, a company's registered name. */
  List<String> names();

  /** A name for screens and logs that reveals no personal data: masked for a person. */
  String maskedName();

  /**
   * The survivor this record was merged into [归户], or {@code null} while it is a customer of its own. A
   * merged record stays readable (searches and lists return it, with this status) but takes no change
   * other than the undo of its merge ({@link #unmarkMerged}); every other command is refused with
   * {@link CustomerError.CustomerMerged}.
   */
  @Nullable CustomerId mergedInto();

  /** Whether this record was merged into another. */
  @JsonIgnore
  default boolean isMerged() {
    return mergedInto() != null;
  }

  /** The same customer at a new version with new servicing data; used by the commands. */
  Customer withServicing(
      long version,
      OrganizationUnitId owningUnit,
      @Nullable RelationshipManagerId relationshipManager,
      KycRiskRating kycRiskRating,
      Instant updatedAt);

  /** The same customer at a new version with a new merge status; used by the merge commands. */
  Customer withMergeStatus(long version, @Nullable CustomerId mergedInto, Instant updatedAt);

  /**
   * Moves the customer to another organisation unit and/or relationship manager [客户移交].
   *
   * @param expectedVersion the version the caller saw; another version is a {@link
   *     CustomerError.VersionConflict}
   */
  default Either<CustomerError, CustomerUpdate> reassign(
      long expectedVersion,
      OrganizationUnitId owningUnit,
      @Nullable RelationshipManagerId relationshipManager,
      Actor actor,
      Instant now) {
    Optional<CustomerError> refused = CustomerUpdates.refusedChange(this, expectedVersion);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    if (owningUnit.equals(owningUnit()) && Objects.equals(relationshipManager, relationshipManager())) {
      return Either.left(new CustomerError.Unchanged(id()));
    }
    Customer next =
        withServicing(version() + 1, owningUnit, relationshipManager, kycRiskRating(), now);
    List<FieldChange> changes =
        new AuditView()
            .plain("owningUnit", owningUnit)
            .plain("relationshipManager", relationshipManager)
            .changesSince(
                new AuditView()
                    .plain("owningUnit", owningUnit())
                    .plain("relationshipManager", relationshipManager()));
    return Either.right(
        new CustomerUpdate(
            next,
            new CustomerChangeRecord(id(), next.version(), ChangeType.REASSIGNED, actor, now, changes),
            List.of(
                new CustomerEvent.CustomerReassigned(
                    id(),
                    next.version(),
                    owningUnit(),
                    owningUnit,
                    relationshipManager(),
                    relationshipManager,
                    actor,
                    now))));
  }

  /**
   * Records a new KYC risk rating after due diligence.
   *
   * @param expectedVersion the version the caller saw
   */
  default Either<CustomerError, CustomerUpdate> rateKycRisk(
      long expectedVersion, KycRiskRating rating, Actor actor, Instant now) {
    Optional<CustomerError> refused = CustomerUpdates.refusedChange(this, expectedVersion);
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    if (rating == kycRiskRating()) {
      return Either.left(new CustomerError.Unchanged(id()));
    }
    Customer next = withServicing(version() + 1, owningUnit(), relationshipManager(), rating, now);
    return Either.right(
        new CustomerUpdate(
            next,
            new CustomerChangeRecord(
                id(),
                next.version(),
                ChangeType.KYC_RATED,
                actor,
                now,
                List.of(new FieldChange("kycRiskRating", kycRiskRating().name(), rating.name()))),
            List.of(
                new CustomerEvent.KycRiskRatingChanged(
                    id(), next.version(), kycRiskRating(), rating, actor, now))));
  }

  /**
   * Marks this record merged into {@code survivor} [归户], a step of a merge ({@code
   * resolution.MergeExecution}). From the next version on, the record takes no change but {@link
   * #unmarkMerged}.
   *
   * @param expectedVersion the version the caller saw
   * @param survivor the customer this record is merged into; not this record
   * @param actor who merges
   * @param now when
   * @return the update, or {@code VersionConflict} or {@code AlreadyMerged}
   * @throws IllegalArgumentException if {@code survivor} is this record
   */
  default Either<CustomerError, CustomerUpdate> markMerged(
      long expectedVersion, CustomerId survivor, Actor actor, Instant now) {
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    if (survivor.equals(id())) {
      throw new IllegalArgumentException("a customer cannot be merged into itself");
    }
    if (version() != expectedVersion) {
      return Either.left(new CustomerError.VersionConflict(id(), expectedVersion, version()));
    }
    if (isMerged()) {
      return Either.left(new CustomerError.AlreadyMerged(id(), mergedInto()));
    }
    return Either.right(
        mergeStatusUpdate(
            survivor,
            ChangeType.MERGED,
            next -> new CustomerEvent.CustomerMergedInto(id(), next, survivor, actor, now),
            actor,
            now));
  }

  /**
   * Takes back {@link #markMerged}, when the merge is undone: the record is a customer of its own again
   * and takes every command.
   *
   * @param expectedVersion the version the caller saw
   * @param survivor the customer the record was merged into
   * @param actor who undoes the merge
   * @param now when
   * @return the update, or {@code VersionConflict} or {@code NotMerged} (not merged, or merged into
   *     another customer)
   */
  default Either<CustomerError, CustomerUpdate> unmarkMerged(
      long expectedVersion, CustomerId survivor, Actor actor, Instant now) {
    Objects.requireNonNull(survivor, "survivor");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(now, "now");
    if (version() != expectedVersion) {
      return Either.left(new CustomerError.VersionConflict(id(), expectedVersion, version()));
    }
    if (!survivor.equals(mergedInto())) {
      return Either.left(new CustomerError.NotMerged(id(), survivor));
    }
    return Either.right(
        mergeStatusUpdate(
            null,
            ChangeType.UNMERGED,
            next -> new CustomerEvent.CustomerUnmerged(id(), next, survivor, actor, now),
            actor,
            now));
  }

  private CustomerUpdate mergeStatusUpdate(
      @Nullable CustomerId survivor,
      ChangeType type,
      LongFunction<CustomerEvent> event,
      Actor actor,
      Instant now) {
    Customer next = withMergeStatus(version() + 1, survivor, now);
    CustomerId before = mergedInto();
    return new CustomerUpdate(
        next,
        new CustomerChangeRecord(
            id(),
            next.version(),
            type,
            actor,
            now,
            List.of(
                new FieldChange(
                    "mergedInto",
                    before == null ? null : before.value(),
                    survivor == null ? null : survivor.value()))),
        List.of(event.apply(next.version())));
  }
}
