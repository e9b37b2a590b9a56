package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.organization.AccessScope;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Roll-ups of balances and credit exposure over customer units [关联方合并]: the household of a person
 * and the corporate group of a company, read through the ports and totalled with {@link UnitTotals}.
 *
 * <p>The unit is found on the relationships the caller's scope sees that count on the day ({@link
 * Relationships#effectiveOn}); holdings are read per member through the same scope. A branch-scoped
 * caller therefore totals what the branch can see: a member banked elsewhere adds nothing. Group-wide
 * related-party exposure, as credit risk reports it, needs an unrestricted scope.
 *
 * <p>The units come from a {@link RelationshipViews}: built from the customer and relationship stores,
 * each call builds a graph snapshot of the relationships the scope sees on the day; given a database
 * adapter's views, each call is one recursive query. For many look-ups on one day (a nightly roll-up of every household), build one {@link RelationshipAnalysis}
 * and pass its member sets to {@link #totals}.
 */
public final class UnitRollUps {

  private final RelationshipViews views;
  private final Accounts accounts;
  private final LoanContracts loanContracts;

  /**
   * Roll-ups over these stores, the units found by {@link SnapshotRelationshipViews}.
   *
   * @param customers the customer store (kind and visibility of the customer asked about)
   * @param relationships the relationship store
   * @param accounts the account store
   * @param loanContracts the loan contract store
   */
  public UnitRollUps(
      Customers customers,
      Relationships relationships,
      Accounts accounts,
      LoanContracts loanContracts) {
    this(new SnapshotRelationshipViews(customers, relationships), accounts, loanContracts);
  }

  /**
   * Roll-ups over these stores, the units found by {@code views} (a database adapter's own queries).
   *
   * @param views the household and corporate-group views
   * @param accounts the account store
   * @param loanContracts the loan contract store
   */
  public UnitRollUps(RelationshipViews views, Accounts accounts, LoanContracts loanContracts) {
    this.views = requireNonNull(views, "views");
    this.accounts = requireNonNull(accounts, "accounts");
    this.loanContracts = requireNonNull(loanContracts, "loanContracts");
  }

  /**
   * The totals of a person's household on a day.
   *
   * @param scope the caller's scope
   * @param person the person
   * @param asOf the day
   * @return the totals, or {@code CustomerNotFound} (not a customer in scope) or {@code
   *     ViewNotApplicable} (a company)
   */
  public Either<RelationshipError, UnitTotals> household(
      AccessScope scope, CustomerId person, LocalDate asOf) {
    return views
        .household(scope, person, asOf)
        .map(household -> totals(scope, household.members(), asOf));
  }

  /**
   * The totals of a company's corporate group on a day, with the default control threshold.
   *
   * @param scope the caller's scope
   * @param company the company
   * @param asOf the day
   * @return the totals, or {@code CustomerNotFound} or {@code ViewNotApplicable} (a person)
   */
  public Either<RelationshipError, UnitTotals> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate asOf) {
    return corporateGroup(scope, company, asOf, RelationshipAnalysis.DEFAULT_CONTROL_THRESHOLD);
  }

  /**
   * The totals of a company's corporate group on a day: the related-party exposure of the group.
   * Controlling persons are not members (see {@link CorporateGroup}); their own borrowing is not in it.
   *
   * @param scope the caller's scope
   * @param company the company
   * @param asOf the day
   * @param controlThreshold the percentage a single shareholding must exceed to be control; 0 to 100
   * @return the totals, or {@code CustomerNotFound} or {@code ViewNotApplicable} (a person)
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public Either<RelationshipError, UnitTotals> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate asOf, BigDecimal controlThreshold) {
    requireNonNull(controlThreshold, "controlThreshold");
    return views
        .corporateGroup(scope, company, asOf, controlThreshold)
        .map(group -> totals(scope, group.members(), asOf));
  }

  /**
   * The totals of any set of customers the caller names (a campaign list, a static group).
   *
   * @param scope the caller's scope
   * @param members the customers; those outside the scope add nothing
   * @param asOf the day
   * @return the totals
   * @throws IllegalArgumentException if {@code members} is empty
   */
  public UnitTotals totals(AccessScope scope, Set<CustomerId> members, LocalDate asOf) {
    requireNonNull(scope, "scope");
    requireNonNull(asOf, "asOf");
    List<Account> held = new ArrayList<>();
    List<LoanContract> contracts = new ArrayList<>();
    for (CustomerId member : members) {
      held.addAll(accounts.heldBy(scope, member));
      contracts.addAll(loanContracts.ofBorrower(scope, member));
      contracts.addAll(loanContracts.ofGuarantor(scope, member));
    }
    return UnitTotals.of(members, asOf, held, contracts);
  }
}
