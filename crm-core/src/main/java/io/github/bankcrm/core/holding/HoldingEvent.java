package io.github.bankcrm.core.holding;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What happened to an account, a loan contract or a customer's service assignments. Events carry
 * numbers, types, dates and amounts, never an account number. In JSON an event names its type in
 * {@code "type"} (the record's simple name); other type names are refused.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = HoldingEvent.AccountOpened.class, name = "AccountOpened"),
  @JsonSubTypes.Type(value = HoldingEvent.BalanceRecorded.class, name = "BalanceRecorded"),
  @JsonSubTypes.Type(value = HoldingEvent.AccountStatusChanged.class, name = "AccountStatusChanged"),
  @JsonSubTypes.Type(value = HoldingEvent.AccountClosed.class, name = "AccountClosed"),
  @JsonSubTypes.Type(value = HoldingEvent.HolderAdded.class, name = "HolderAdded"),
  @JsonSubTypes.Type(value = HoldingEvent.HolderRemoved.class, name = "HolderRemoved"),
  @JsonSubTypes.Type(value = HoldingEvent.HolderTransferred.class, name = "HolderTransferred"),
  @JsonSubTypes.Type(value = HoldingEvent.LoanContractSigned.class, name = "LoanContractSigned"),
  @JsonSubTypes.Type(value = HoldingEvent.DueBillDrawn.class, name = "DueBillDrawn"),
  @JsonSubTypes.Type(value = HoldingEvent.DueBillUpdated.class, name = "DueBillUpdated"),
  @JsonSubTypes.Type(value = HoldingEvent.CollateralPledged.class, name = "CollateralPledged"),
  @JsonSubTypes.Type(value = HoldingEvent.CollateralReleased.class, name = "CollateralReleased"),
  @JsonSubTypes.Type(value = HoldingEvent.GuaranteeAdded.class, name = "GuaranteeAdded"),
  @JsonSubTypes.Type(value = HoldingEvent.GuaranteeReleased.class, name = "GuaranteeReleased"),
  @JsonSubTypes.Type(value = HoldingEvent.LoanContractSettled.class, name = "LoanContractSettled"),
  @JsonSubTypes.Type(value = HoldingEvent.BorrowerTransferred.class, name = "BorrowerTransferred"),
  @JsonSubTypes.Type(value = HoldingEvent.ServiceAssigned.class, name = "ServiceAssigned"),
  @JsonSubTypes.Type(value = HoldingEvent.ServiceEnded.class, name = "ServiceEnded")
})
public sealed interface HoldingEvent extends DomainEvent {

  /**
   * The version of the aggregate the event produced.
   *
   * @return the version
   */
  long version();

  /** An event of an {@link Account}. */
  sealed interface AccountEvent extends HoldingEvent {
    /**
     * The account it happened to.
     *
     * @return the account number of the library
     */
    AccountId accountId();
  }

  /** An event of a {@link LoanContract}. */
  sealed interface LoanContractEvent extends HoldingEvent {
    /**
     * The contract it happened to.
     *
     * @return the contract number
     */
    LoanContractId contractId();
  }

  /** An event of a customer's {@link AssignmentHistory}. */
  sealed interface AssignmentEvent extends HoldingEvent {
    /**
     * The customer whose service changed.
     *
     * @return the customer
     */
    CustomerId customerId();
  }

  /**
   * An account was opened.
   *
   * @param accountId the account
   * @param version always 1
   * @param productType its product family
   * @param productCode its product
   * @param currency its currency
   * @param openedOn the business day it was opened
   * @param owner its primary owner
   * @param actor who opened it
   * @param occurredAt when
   */
  record AccountOpened(
      AccountId accountId,
      long version,
      ProductType productType,
      ProductCode productCode,
      Currency currency,
      LocalDate openedOn,
      CustomerId owner,
      Actor actor,
      Instant occurredAt)
      implements AccountEvent {}

  /**
   * An end-of-day balance was recorded, or a recorded one corrected.
   *
   * @param accountId the account
   * @param version the new version
   * @param snapshot the recorded balance
   * @param corrected whether it replaced another balance recorded for the same day
   * @param actor who recorded it
   * @param occurredAt when
   */
  record BalanceRecorded(
      AccountId accountId,
      long version,
      BalanceSnapshot snapshot,
      boolean corrected,
      Actor actor,
      Instant occurredAt)
      implements AccountEvent {}

  /**
   * An open account changed status (dormant, frozen, active again).
   *
   * @param accountId the account
   * @param version the new version
   * @param from the previous status
   * @param to the new status
   * @param actor who changed it
   * @param occurredAt when
   */
  record AccountStatusChanged(
      AccountId accountId,
      long version,
      AccountStatus from,
      AccountStatus to,
      Actor actor,
      Instant occurredAt)
      implements AccountEvent {}

  /**
   * An account was closed.
   *
   * @param accountId the account
   * @param version the new version
   * @param closedOn the business day it was closed
   * @param actor who closed it
   * @param occurredAt when
   */
  record AccountClosed(
      AccountId accountId, long version, LocalDate closedOn, Actor actor, Instant occurredAt)
      implements AccountEvent {}

  /**
   * A customer became a holder of an account.
   *
   * @param accountId the account
   * @param version the new version
   * @param holder the customer and role
   * @param actor who added the holder
   * @param occurredAt when
   */
  record HolderAdded(
      AccountId accountId, long version, AccountHolder holder, Actor actor, Instant occurredAt)
      implements AccountEvent {}

  /**
   * A customer stopped being a holder of an account.
   *
   * @param accountId the account
   * @param version the new version
   * @param holder the customer and the role the customer had
   * @param actor who removed the holder
   * @param occurredAt when
   */
  record HolderRemoved(
      AccountId accountId, long version, AccountHolder holder, Actor actor, Instant occurredAt)
      implements AccountEvent {}

  /**
   * A holder's place, role included, passed to another customer: a merge of two records of one
   * person, or its undo.
   *
   * @param accountId the account
   * @param version the new version
   * @param from the former holder
   * @param to the holder now
   * @param role the role handed on
   * @param actor who merged
   * @param occurredAt when
   */
  record HolderTransferred(
      AccountId accountId,
      long version,
      CustomerId from,
      CustomerId to,
      OwnershipRole role,
      Actor actor,
      Instant occurredAt)
      implements AccountEvent {}

  /**
   * The borrower's place on a contract passed to another record of the same person, by a merge of two
   * customer records or its undo.
   *
   * @param contractId the contract
   * @param version the new version
   * @param from the former borrower
   * @param to the borrower now
   * @param actor who merged
   * @param occurredAt when
   */
  record BorrowerTransferred(
      LoanContractId contractId, long version, CustomerId from, CustomerId to, Actor actor, Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * A loan contract was signed.
   *
   * @param contractId the contract
   * @param version always 1
   * @param borrower the borrower
   * @param amount the contract amount
   * @param startDate the first day of the contract
   * @param maturityDate the day it matures
   * @param actor who entered it
   * @param occurredAt when
   */
  record LoanContractSigned(
      LoanContractId contractId,
      long version,
      CustomerId borrower,
      Money amount,
      LocalDate startDate,
      LocalDate maturityDate,
      Actor actor,
      Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * A due bill was drawn under a contract [放款].
   *
   * @param contractId the contract
   * @param version the new version
   * @param dueBill the due bill as drawn
   * @param actor who recorded it
   * @param occurredAt when
   */
  record DueBillDrawn(
      LoanContractId contractId, long version, DueBill dueBill, Actor actor, Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * The outstanding amount or the overdue state of a due bill changed (a repayment, a missed payment,
   * an overdue cured).
   *
   * @param contractId the contract
   * @param version the new version
   * @param dueBill the due bill as it is now
   * @param actor who recorded it
   * @param occurredAt when
   */
  record DueBillUpdated(
      LoanContractId contractId, long version, DueBill dueBill, Actor actor, Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * Collateral was pledged to a contract.
   *
   * @param contractId the contract
   * @param version the new version
   * @param collateral the collateral item
   * @param actor who recorded it
   * @param occurredAt when
   */
  record CollateralPledged(
      LoanContractId contractId, long version, Collateral collateral, Actor actor, Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * Collateral was released from a contract.
   *
   * @param contractId the contract
   * @param version the new version
   * @param collateralId the released item
   * @param actor who released it
   * @param occurredAt when
   */
  record CollateralReleased(
      LoanContractId contractId,
      long version,
      CollateralId collateralId,
      Actor actor,
      Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * A guarantor guaranteed a contract.
   *
   * @param contractId the contract
   * @param version the new version
   * @param guarantee the guarantee
   * @param actor who recorded it
   * @param occurredAt when
   */
  record GuaranteeAdded(
      LoanContractId contractId, long version, Guarantee guarantee, Actor actor, Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * A guarantor was released from a contract.
   *
   * @param contractId the contract
   * @param version the new version
   * @param guarantor the released guarantor
   * @param actor who released the guarantor
   * @param occurredAt when
   */
  record GuaranteeReleased(
      LoanContractId contractId,
      long version,
      CustomerId guarantor,
      Actor actor,
      Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * A contract was settled: nothing outstanding, nothing more to draw.
   *
   * @param contractId the contract
   * @param version the new version
   * @param settledOn the business day it was settled
   * @param actor who settled it
   * @param occurredAt when
   */
  record LoanContractSettled(
      LoanContractId contractId, long version, LocalDate settledOn, Actor actor, Instant occurredAt)
      implements LoanContractEvent {}

  /**
   * A customer is served by a unit and, possibly, a relationship manager from a day on.
   *
   * @param customerId the customer
   * @param version the new version of the customer's assignment history
   * @param manager the relationship manager, or {@code null} if the unit serves the customer without one
   * @param unit the serving unit (branch)
   * @param from the first day of service
   * @param actor who assigned
   * @param occurredAt when
   */
  record ServiceAssigned(
      CustomerId customerId,
      long version,
      @Nullable RelationshipManagerId manager,
      OrganizationUnitId unit,
      LocalDate from,
      Actor actor,
      Instant occurredAt)
      implements AssignmentEvent {}

  /**
   * A customer's current service assignment ended (by a reassignment, or because the relationship
   * ended).
   *
   * @param customerId the customer
   * @param version the new version of the customer's assignment history
   * @param until the first day the ended assignment no longer covers
   * @param actor who ended it
   * @param occurredAt when
   */
  record ServiceEnded(
      CustomerId customerId, long version, LocalDate until, Actor actor, Instant occurredAt)
      implements AssignmentEvent {}
}
