package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * {@link RelationshipViews} over any {@link Relationships} store: each call reads {@link
 * Relationships#effectiveOn} for the scope and day, builds a {@link RelationshipGraph} and asks {@link
 * RelationshipAnalysis}. Walks chains of any length. Each call reads every relationship the scope sees
 * on the day, which suits in-memory stores and small books; a database adapter answers the port with
 * queries that read only what they reach.
 */
public final class SnapshotRelationshipViews implements RelationshipViews {

  private final Customers customers;
  private final Relationships relationships;

  /**
   * Views over these stores.
   *
   * @param customers the customer store: whether the customer asked about is in scope, and its kind
   * @param relationships the relationship store
   */
  public SnapshotRelationshipViews(Customers customers, Relationships relationships) {
    this.customers = requireNonNull(customers, "customers");
    this.relationships = requireNonNull(relationships, "relationships");
  }

  @Override
  public Either<RelationshipError, Household> household(
      AccessScope scope, CustomerId person, LocalDate day) {
    return view(
        scope, person, day, CustomerKind.INDIVIDUAL, "household", analysis -> analysis.household(person));
  }

  @Override
  public Either<RelationshipError, CorporateGroup> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal controlThreshold) {
    requireNonNull(controlThreshold, "controlThreshold");
    return view(
        scope,
        company,
        day,
        CustomerKind.CORPORATE,
        "corporate group",
        analysis -> analysis.corporateGroup(company, controlThreshold));
  }

  @Override
  public Either<RelationshipError, BeneficialOwnership> ultimateBeneficialOwners(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal threshold) {
    requireNonNull(threshold, "threshold");
    return view(
        scope,
        company,
        day,
        CustomerKind.CORPORATE,
        "beneficial owners",
        analysis -> analysis.ultimateBeneficialOwners(company, threshold));
  }

  private <T> Either<RelationshipError, T> view(
      AccessScope scope,
      CustomerId customerId,
      LocalDate day,
      CustomerKind kind,
      String view,
      Function<RelationshipAnalysis, T> ask) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    requireNonNull(day, "day");
    return customers
        .findById(scope, customerId)
        .<Either<RelationshipError, CustomerKind>>map(
            customer ->
                customer.kind() == kind
                    ? Either.right(kind)
                    : Either.left(
                        new RelationshipError.ViewNotApplicable(customerId, customer.kind(), view)))
        .orElseGet(() -> Either.left(new RelationshipError.CustomerNotFound(customerId)))
        .map(
            known ->
                ask.apply(
                    new RelationshipAnalysis(
                        RelationshipGraph.of(relationships.effectiveOn(scope, day), day))));
  }
}
