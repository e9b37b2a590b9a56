package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * A natural person who banks with us [个人客户].
 *
 * @param id customer number
 * @param version version of this snapshot, from 1
 * @param owningUnit the unit that owns the customer
 * @param relationshipManager the assigned relationship manager, or {@code null}
 * @param kycRiskRating KYC risk rating
 * @param createdAt when registered
 * @param updatedAt when last changed
 * @param profile the person's data
 * @param mergedInto the customer this record was merged into [归户], or {@code null} while it is a
 *     customer of its own
 */
public record IndividualCustomer(
    CustomerId id,
    long version,
    OrganizationUnitId owningUnit,
    @Nullable RelationshipManagerId relationshipManager,
    KycRiskRating kycRiskRating,
    Instant createdAt,
    Instant updatedAt,
    IndividualProfile profile,
    @Nullable CustomerId mergedInto)
    implements Customer {

  public IndividualCustomer {
    CustomerUpdates.checkInvariants(id, version, owningUnit, kycRiskRating, createdAt, updatedAt, mergedInto);
    requireNonNull(profile, "profile");
  }

  /**
   * A customer that is not merged into another.
   *
   * @param id customer number
   * @param version version of this snapshot, from 1
   * @param owningUnit the unit that owns the customer
   * @param relationshipManager the assigned relationship manager, or {@code null}
   * @param kycRiskRating KYC risk rating
   * @param createdAt when registered
   * @param updatedAt when last changed
   * @param profile the customer's data
   */
  public IndividualCustomer(
      CustomerId id,
      long version,
      OrganizationUnitId owningUnit,
      @Nullable RelationshipManagerId relationshipManager,
      KycRiskRating kycRiskRating,
      Instant createdAt,
      Instant updatedAt,
      IndividualProfile profile) {
    this(id, version, owningUnit, relationshipManager, kycRiskRating, createdAt, updatedAt, profile, null);
  }

  /**
   * Registers a new individual customer [开户建档]: validates every field of the form and returns
   * either the customer at version 1 with its change record and {@code CustomerRegistered} event, or
   * every field error.
   */
  public static Either<CustomerError, CustomerUpdate> register(
      CustomerId id,
      IndividualProfileForm form,
      OrganizationUnitId owningUnit,
      @Nullable RelationshipManagerId relationshipManager,
      KycRiskRating kycRiskRating,
      Actor actor,
      Instant now) {
    return CustomerUpdates.register(
        form.validate(),
        profile ->
            new IndividualCustomer(
                id, 1, owningUnit, relationshipManager, kycRiskRating, now, now, profile),
        IndividualProfile::auditView,
        actor,
        now);
  }

  /**
   * Replaces the profile with the validated form [信息维护]. Refused if the version is stale, if any
   * field is invalid, or if nothing changes.
   */
  public Either<CustomerError, CustomerUpdate> changeProfile(
      long expectedVersion, IndividualProfileForm form, Actor actor, Instant now) {
    return CustomerUpdates.changeProfile(
        this,
        expectedVersion,
        profile.auditView(),
        form.validate(),
        next ->
            new IndividualCustomer(
                id,
                version + 1,
                owningUnit,
                relationshipManager,
                kycRiskRating,
                createdAt,
                now,
                next,
                mergedInto),
        IndividualProfile::auditView,
        actor,
        now);
  }

  @Override
  public CustomerKind kind() {
    return CustomerKind.INDIVIDUAL;
  }

  @Override
  public List<String> names() {
    return profile.name().allSpellings();
  }

  @Override
  public String maskedName() {
    return Mask.name(profile.name().legalName());
  }

  @Override
  public Customer withServicing(
      long nextVersion,
      OrganizationUnitId unit,
      @Nullable RelationshipManagerId manager,
      KycRiskRating rating,
      Instant now) {
    return new IndividualCustomer(
        id, nextVersion, unit, manager, rating, createdAt, now, profile, mergedInto);
  }

  @Override
  public Customer withMergeStatus(
      long nextVersion, @Nullable CustomerId survivor, Instant now) {
    return new IndividualCustomer(
        id, nextVersion, owningUnit, relationshipManager, kycRiskRating, createdAt, now, profile, survivor);
  }

  @Override
  public String toString() {
    return "IndividualCustomer[id=" + id + ", version=" + version + ", name=" + maskedName()
        + (mergedInto == null ? "" : ", mergedInto=" + mergedInto) + "]";
  }
}
