package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * A company or other organisation that banks with us [对公客户].
 *
 * @param id customer number
 * @param version version of this snapshot, from 1
 * @param owningUnit the unit that owns the customer
 * @param relationshipManager the assigned relationship manager, or {@code null}
 * @param kycRiskRating KYC risk rating
 * @param createdAt when registered
 * @param updatedAt when last changed
 * @param profile the company's data
 * @param mergedInto the customer this record was merged into [归户], or {@code null} while it is a
 *     customer of its own
 */
public record CorporateCustomer(
    CustomerId id,
    long version,
    OrganizationUnitId owningUnit,
    @Nullable RelationshipManagerId relationshipManager,
    KycRiskRating kycRiskRating,
    Instant createdAt,
    Instant updatedAt,
    CorporateProfile profile,
    @Nullable CustomerId mergedInto)
    implements Customer {

  public CorporateCustomer {
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
  public CorporateCustomer(
      CustomerId id,
      long version,
      OrganizationUnitId owningUnit,
      @Nullable RelationshipManagerId relationshipManager,
      KycRiskRating kycRiskRating,
      Instant createdAt,
      Instant updatedAt,
      CorporateProfile profile) {
    this(id, version, owningUnit, relationshipManager, kycRiskRating, createdAt, updatedAt, profile, null);
  }

  /**
   * Registers a new corporate customer: validates every field of the form and returns either the
   * customer at version 1 with its change record and {@code CustomerRegistered} event, or every field
   * error.
   */
  public static Either<CustomerError, CustomerUpdate> register(
      CustomerId id,
      CorporateProfileForm form,
      OrganizationUnitId owningUnit,
      @Nullable RelationshipManagerId relationshipManager,
      KycRiskRating kycRiskRating,
      Actor actor,
      Instant now) {
    return CustomerUpdates.register(
        form.validate(),
        profile ->
            new CorporateCustomer(
                id, 1, owningUnit, relationshipManager, kycRiskRating, now, now, profile),
        CorporateProfile::auditView,
        actor,
        now);
  }

  /** Replaces the profile with the validated form. Refused if stale, invalid, or changing nothing. */
  public Either<CustomerError, CustomerUpdate> changeProfile(
      long expectedVersion, CorporateProfileForm form, Actor actor, Instant now) {
    return CustomerUpdates.changeProfile(
        this,
        expectedVersion,
        profile.auditView(),
        form.validate(),
        next ->
            new CorporateCustomer(
                id,
                version + 1,
                owningUnit,
                relationshipManager,
                kycRiskRating,
                createdAt,
                now,
                next,
                mergedInto),
        CorporateProfile::auditView,
        actor,
        now);
  }

  @Override
  public CustomerKind kind() {
    return CustomerKind.CORPORATE;
  }

  @Override
  public List<String> names() {
    return List.of(profile.registeredName());
  }

  @Override
  public String maskedName() {
    return profile.registeredName();
  }

  @Override
  public Customer withServicing(
      long nextVersion,
      OrganizationUnitId unit,
      @Nullable RelationshipManagerId manager,
      KycRiskRating rating,
      Instant now) {
    return new CorporateCustomer(
        id, nextVersion, unit, manager, rating, createdAt, now, profile, mergedInto);
  }

  @Override
  public Customer withMergeStatus(
      long nextVersion, @Nullable CustomerId survivor, Instant now) {
    return new CorporateCustomer(
        id, nextVersion, owningUnit, relationshipManager, kycRiskRating, createdAt, now, profile, survivor);
  }

  @Override
  public String toString() {
    return "CorporateCustomer[id=" + id + ", version=" + version + ", name=" + maskedName()
        + (mergedInto == null ? "" : ", mergedInto=" + mergedInto) + "]";
  }
}
