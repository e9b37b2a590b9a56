package io.github.bankcrm.core.relationship;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The port to the views derived from stored relationships: the household of a person, the corporate
 * group of a company and its ultimate beneficial owners, on a day, as the caller's scope sees them.
 *
 * <p>Every adapter gives exactly what {@link RelationshipAnalysis} gives over the {@link
 * RelationshipGraph} of {@link Relationships#effectiveOn} for the same scope and day, chains included
 * ({@code RelationshipViewsContract} in the crm-core test-jar checks it on generated graphs). The
 * in-memory adapter builds that graph; the JDBC adapter walks the relationships in the database with
 * recursive SQL, so a look-up reads only the customers it reaches.
 *
 * <p><b>Access scope.</b> The customer asked about must be in the scope ({@code CustomerNotFound}
 * otherwise, which does not reveal whether it banks elsewhere); the walk follows only relationships
 * the scope sees (see {@link Relationships}), so a branch sees the part of a household or group that
 * touches its customers.
 *
 * <p><b>Limits.</b> An adapter that walks chains in the database may bound their length; a view that
 * would need a longer chain is answered with {@link RelationshipError.ViewTooDeep} rather than a view
 * cut short. Infrastructure failures are thrown as {@link
 * io.github.bankcrm.core.shared.CrmStorageException}.
 */
public interface RelationshipViews {

  /**
   * The household of a person on a day.
   *
   * @param scope the caller's scope
   * @param person the person
   * @param day the day
   * @return the household (the person alone without family ties), or {@code CustomerNotFound} (not a
   *     customer in the scope), {@code ViewNotApplicable} (a company) or {@code ViewTooDeep}
   */
  Either<RelationshipError, Household> household(
      AccessScope scope, CustomerId person, LocalDate day);

  /**
   * The corporate group of a company on a day, with the default control threshold of 50 % ({@link
   * RelationshipAnalysis#DEFAULT_CONTROL_THRESHOLD}).
   *
   * @param scope the caller's scope
   * @param company the company
   * @param day the day
   * @return the group, or {@code CustomerNotFound}, {@code ViewNotApplicable} (a person) or {@code
   *     ViewTooDeep}
   */
  default Either<RelationshipError, CorporateGroup> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate day) {
    return corporateGroup(scope, company, day, RelationshipAnalysis.DEFAULT_CONTROL_THRESHOLD);
  }

  /**
   * The corporate group of a company on a day (see {@link
   * RelationshipAnalysis#corporateGroup(CustomerId, BigDecimal)}).
   *
   * @param scope the caller's scope
   * @param company the company
   * @param day the day
   * @param controlThreshold the percentage a single shareholding must exceed to be control; 0 to 100
   * @return the group, or {@code CustomerNotFound}, {@code ViewNotApplicable} (a person) or {@code
   *     ViewTooDeep}
   * @throws IllegalArgumentException if the threshold is out of range
   */
  Either<RelationshipError, CorporateGroup> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal controlThreshold);

  /**
   * The ultimate beneficial owners of a company on a day, with the default threshold of 25 % ({@link
   * RelationshipAnalysis#DEFAULT_OWNERSHIP_THRESHOLD}).
   *
   * @param scope the caller's scope
   * @param company the company
   * @param day the day
   * @return the owners with their chains, or {@code CustomerNotFound}, {@code ViewNotApplicable} (a
   *     person) or {@code ViewTooDeep}
   */
  default Either<RelationshipError, BeneficialOwnership> ultimateBeneficialOwners(
      AccessScope scope, CustomerId company, LocalDate day) {
    return ultimateBeneficialOwners(
        scope, company, day, RelationshipAnalysis.DEFAULT_OWNERSHIP_THRESHOLD);
  }

  /**
   * The ultimate beneficial owners of a company on a day (see {@link
   * RelationshipAnalysis#ultimateBeneficialOwners(CustomerId, BigDecimal)}): exact decimal arithmetic,
   * every justifying chain.
   *
   * @param scope the caller's scope
   * @param company the company
   * @param day the day
   * @param threshold the effective share, in percent, an owner must exceed; 0 to 100
   * @return the owners with their chains, or {@code CustomerNotFound}, {@code ViewNotApplicable} (a
   *     person) or {@code ViewTooDeep}
   * @throws IllegalArgumentException if the threshold is out of range
   */
  Either<RelationshipError, BeneficialOwnership> ultimateBeneficialOwners(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal threshold);

}
