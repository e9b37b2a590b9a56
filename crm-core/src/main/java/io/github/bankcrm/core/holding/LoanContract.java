package io.github.bankcrm.core.holding;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A loan contract [贷款合同] with its due bills [借据], collateral [押品] and guarantees [保证], as the
 * credit system records them. Other customers (guarantors) are referenced by number only.
 *
 * <p>Invariants (broken ones throw; commands refuse with a typed error first): a contract amount above
 * zero; maturity after the start; every due bill in the contract's currency, drawn within the
 * contract's term, its outstanding amount at most its amount, and the due bills' amounts together at
 * most the contract amount; every guarantee in the contract's currency, at most the contract amount,
 * from a customer other than the borrower, one per guarantor; a settled contract has nothing
 * outstanding. Parts are kept in number order.
 *
 * <p>A settled contract changes no more, except that its collateral and guarantees are released
 * [解押, 解保] after settlement.
 *
 * @param id the contract number
 * @param version 1 when signed, one more with every saved change
 * @param borrower the borrower
 * @param productCode the loan product
 * @param amount the contract amount [合同金额]
 * @param startDate the first day of the contract
 * @param maturityDate the day it matures, after the start
 * @param status active or settled
 * @param settledOn the business day it was settled; set exactly when settled
 * @param dueBills the due bills, by number
 * @param collaterals the collateral, by number
 * @param guarantees the guarantees, by guarantor number
 * @param createdAt when the contract was recorded
 * @param updatedAt when the last change was recorded
 */
public record LoanContract(
    LoanContractId id,
    long version,
    CustomerId borrower,
    ProductCode productCode,
    Money amount,
    LocalDate startDate,
    LocalDate maturityDate,
    LoanContractStatus status,
    @Nullable LocalDate settledOn,
    List<DueBill> dueBills,
    List<Collateral> collaterals,
    List<Guarantee> guarantees,
    Instant createdAt,
    Instant updatedAt) {

  private static final String DUE_BILL = "due bill";
  private static final String COLLATERAL = "collateral";
  private static final String GUARANTEE = "guarantee";

  public LoanContract {
    requireNonNull(id, "id");
    requireNonNull(borrower, "borrower");
    requireNonNull(productCode, "productCode");
    requireNonNull(amount, "amount");
    requireNonNull(startDate, "startDate");
    requireNonNull(maturityDate, "maturityDate");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    dueBills = sortedUnique(dueBills, DueBill::id, comparing(DueBill::id));
    collaterals = sortedUnique(collaterals, Collateral::id, comparing(Collateral::id));
    guarantees = sortedUnique(guarantees, Guarantee::guarantor, comparing(Guarantee::guarantor));
    if (version < 1 || updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("version starts at 1, updatedAt is not before createdAt");
    }
    if (amount.amount().signum() <= 0 || !maturityDate.isAfter(startDate)) {
      throw new IllegalArgumentException("a contract amount above zero, maturity after the start");
    }
    if ((settledOn == null) == (status == LoanContractStatus.SETTLED)) {
      throw new IllegalArgumentException("settledOn is set exactly when the contract is settled");
    }
    Money drawn = Money.of(BigDecimal.ZERO, amount.currency());
    for (DueBill bill : dueBills) {
      drawn = drawn.plus(bill.amount());
      if (bill.drawnOn().isBefore(startDate)) {
        throw new IllegalArgumentException("a due bill is drawn within the contract's term");
      }
      if (status == LoanContractStatus.SETTLED && bill.isOutstanding()) {
        throw new IllegalArgumentException("a settled contract has nothing outstanding");
      }
    }
    if (drawn.compareTo(amount) > 0) {
      throw new IllegalArgumentException("the due bills exceed the contract amount");
    }
    for (Guarantee guarantee : guarantees) {
      if (guarantee.guarantor().equals(borrower) || guarantee.amount().compareTo(amount) > 0) {
        throw new IllegalArgumentException("a guarantor is not the borrower, nor guarantees more");
      }
    }
  }

  private static <T, K> List<T> sortedUnique(
      List<T> items, Function<T, K> key, Comparator<T> order) {
    List<T> sorted = new ArrayList<>(requireNonNull(items, "items"));
    sorted.sort(order);
    Set<K> seen = new HashSet<>();
    for (T item : sorted) {
      if (!seen.add(key.apply(item))) {
        throw new IllegalArgumentException("a number appears twice in a contract");
      }
    }
    return List.copyOf(sorted);
  }

  /**
   * Records a signed loan contract at version 1, without due bills, collateral or guarantees.
   *
   * @param id the contract number
   * @param borrower the borrower
   * @param productCode the loan product
   * @param amount the contract amount, greater than zero
   * @param startDate the first day
   * @param maturityDate the maturity, after the start
   * @param actor who records it
   * @param now when
   * @return the update with a {@code LoanContractSigned} event, or {@code InvalidHoldingData} with
   *     every field error
   */
  public static Either<HoldingError, LoanContractUpdate> sign(
      LoanContractId id,
      CustomerId borrower,
      ProductCode productCode,
      Money amount,
      LocalDate startDate,
      LocalDate maturityDate,
      Actor actor,
      Instant now) {
    requireNonNull(id, "id");
    requireNonNull(borrower, "borrower");
    requireNonNull(productCode, "productCode");
    requireNonNull(amount, "amount");
    requireNonNull(startDate, "startDate");
    requireNonNull(maturityDate, "maturityDate");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    FieldErrors errors = new FieldErrors();
    AmountRules.check(errors, "amount", amount, amount.currency(), true);
    if (!maturityDate.isAfter(startDate)) {
      errors.add(FieldError.outOfRange("maturityDate", "after the start date"));
    }
    if (!errors.isEmpty()) {
      return Either.left(HoldingError.InvalidHoldingData.of(errors));
    }
    LoanContract contract =
        new LoanContract(
            id,
            1,
            borrower,
            productCode,
            amount,
            startDate,
            maturityDate,
            LoanContractStatus.ACTIVE,
            null,
            List.of(),
            List.of(),
            List.of(),
            now,
            now);
    return Either.right(
        new LoanContractUpdate(
            contract,
            List.of(
                new HoldingEvent.LoanContractSigned(
                    id, 1, borrower, amount, startDate, maturityDate, actor, now))));
  }

  /**
   * Records a drawdown [放款]: a new due bill, fully outstanding.
   *
   * @param expectedVersion the version the caller saw
   * @param dueBillId the due bill number
   * @param drawn the amount drawn, greater than zero, in the contract's currency
   * @param drawnOn the day drawn, within the contract's term
   * @param dueDate the day due, not before {@code drawnOn} nor after the maturity
   * @param actor who records it
   * @param now when
   * @return the update with a {@code DueBillDrawn} event, or {@code VersionConflict}, {@code
   *     ContractSettled}, {@code ContractPartExists}, {@code InvalidHoldingData} or {@code
   *     DueBillsExceedContract}
   */
  public Either<HoldingError, LoanContractUpdate> drawDueBill(
      long expectedVersion,
      DueBillId dueBillId,
      Money drawn,
      LocalDate drawnOn,
      LocalDate dueDate,
      Actor actor,
      Instant now) {
    requireNonNull(dueBillId, "dueBillId");
    requireNonNull(drawn, "drawn");
    requireNonNull(drawnOn, "drawnOn");
    requireNonNull(dueDate, "dueDate");
    Optional<HoldingError> refusal =
        staleOrSettled(expectedVersion)
            .or(
                () ->
                    dueBill(dueBillId)
                        .map(found -> exists(DUE_BILL, dueBillId.value())));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    FieldErrors errors = new FieldErrors();
    AmountRules.check(errors, "amount", drawn, amount.currency(), true);
    if (drawnOn.isBefore(startDate) || drawnOn.isAfter(maturityDate)) {
      errors.add(FieldError.outOfRange("drawnOn", "within the contract's term"));
    }
    if (dueDate.isBefore(drawnOn) || dueDate.isAfter(maturityDate)) {
      errors.add(FieldError.outOfRange("dueDate", "between the drawing day and the maturity"));
    }
    if (!errors.isEmpty()) {
      return Either.left(HoldingError.InvalidHoldingData.of(errors));
    }
    if (drawnAmount().plus(drawn).compareTo(amount) > 0) {
      return Either.left(new HoldingError.DueBillsExceedContract(id));
    }
    DueBill bill = new DueBill(dueBillId, drawn, drawn, drawnOn, dueDate, null);
    List<DueBill> next = new ArrayList<>(dueBills);
    next.add(bill);
    return Either.right(
        changed(
            status, null, next, collaterals, guarantees, now,
            new HoldingEvent.DueBillDrawn(id, version + 1, bill, actor, now)));
  }

  /**
   * Records what is outstanding of a due bill and whether it is overdue, as the credit system reports
   * it after a repayment, a missed payment or a cure.
   *
   * @param expectedVersion the version the caller saw
   * @param dueBillId the due bill
   * @param outstanding what is still owed: zero to the bill's amount, in the contract's currency
   * @param overdueSince the first overdue day, or {@code null} if nothing is overdue; only with
   *     something outstanding, not before the drawing day
   * @param actor who records it
   * @param now when
   * @return the update with a {@code DueBillUpdated} event, or {@code VersionConflict}, {@code
   *     ContractSettled}, {@code ContractPartNotFound}, {@code InvalidHoldingData} or {@code Unchanged}
   */
  public Either<HoldingError, LoanContractUpdate> updateDueBill(
      long expectedVersion,
      DueBillId dueBillId,
      Money outstanding,
      @Nullable LocalDate overdueSince,
      Actor actor,
      Instant now) {
    requireNonNull(dueBillId, "dueBillId");
    requireNonNull(outstanding, "outstanding");
    Optional<HoldingError> refusal = staleOrSettled(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    Optional<DueBill> current = dueBill(dueBillId);
    if (current.isEmpty()) {
      return Either.left(notFound(DUE_BILL, dueBillId.value()));
    }
    DueBill bill = current.get();
    FieldErrors errors = new FieldErrors();
    AmountRules.check(errors, "outstanding", outstanding, amount.currency(), false);
    if (errors.isEmpty() && outstanding.compareTo(bill.amount()) > 0) {
      errors.add(FieldError.outOfRange("outstanding", "at most the amount of the due bill"));
    }
    if (overdueSince != null
        && (overdueSince.isBefore(bill.drawnOn()) || outstanding.amount().signum() == 0)) {
      errors.add(
          FieldError.outOfRange(
              "overdueSince", "on or after the drawing day, and only while something is owed"));
    }
    if (!errors.isEmpty()) {
      return Either.left(HoldingError.InvalidHoldingData.of(errors));
    }
    DueBill updated =
        new DueBill(bill.id(), bill.amount(), outstanding, bill.drawnOn(), bill.dueDate(), overdueSince);
    if (updated.outstanding().compareTo(bill.outstanding()) == 0
        && java.util.Objects.equals(overdueSince, bill.overdueSince())) {
      return Either.left(new HoldingError.Unchanged(id.value()));
    }
    List<DueBill> next = new ArrayList<>(dueBills);
    next.set(next.indexOf(bill), updated);
    return Either.right(
        changed(
            status, null, next, collaterals, guarantees, now,
            new HoldingEvent.DueBillUpdated(id, version + 1, updated, actor, now)));
  }

  /**
   * Records collateral pledged to the contract.
   *
   * @param expectedVersion the version the caller saw
   * @param collateral the item
   * @param actor who records it
   * @param now when
   * @return the update with a {@code CollateralPledged} event, or {@code VersionConflict}, {@code
   *     ContractSettled} or {@code ContractPartExists}
   */
  public Either<HoldingError, LoanContractUpdate> pledgeCollateral(
      long expectedVersion, Collateral collateral, Actor actor, Instant now) {
    requireNonNull(collateral, "collateral");
    Optional<HoldingError> refusal =
        staleOrSettled(expectedVersion)
            .or(
                () ->
                    collateral(collateral.id())
                        .map(found -> exists(COLLATERAL, collateral.id().value())));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    List<Collateral> next = new ArrayList<>(collaterals);
    next.add(collateral);
    return Either.right(
        changed(
            status, settledOn, dueBills, next, guarantees, now,
            new HoldingEvent.CollateralPledged(id, version + 1, collateral, actor, now)));
  }

  /**
   * Releases collateral [解押], also after settlement.
   *
   * @param expectedVersion the version the caller saw
   * @param collateralId the item
   * @param actor who releases it
   * @param now when
   * @return the update with a {@code CollateralReleased} event, or {@code VersionConflict} or {@code
   *     ContractPartNotFound}
   */
  public Either<HoldingError, LoanContractUpdate> releaseCollateral(
      long expectedVersion, CollateralId collateralId, Actor actor, Instant now) {
    requireNonNull(collateralId, "collateralId");
    return released(
        expectedVersion,
        collateral(collateralId).isPresent(),
        notFound(COLLATERAL, collateralId.value()),
        () -> {
          List<Collateral> next = new ArrayList<>(collaterals);
          next.removeIf(item -> item.id().equals(collateralId));
          return changed(
              status, settledOn, dueBills, next, guarantees, now,
              new HoldingEvent.CollateralReleased(id, version + 1, collateralId, actor, now));
        });
  }

  /**
   * Records a guarantee of the contract by another customer.
   *
   * @param expectedVersion the version the caller saw
   * @param guarantee the guarantee; its amount in the contract's currency, at most the contract amount
   * @param actor who records it
   * @param now when
   * @return the update with a {@code GuaranteeAdded} event, or {@code VersionConflict}, {@code
   *     ContractSettled}, {@code GuarantorIsBorrower}, {@code ContractPartExists} or {@code
   *     InvalidHoldingData}
   */
  public Either<HoldingError, LoanContractUpdate> addGuarantee(
      long expectedVersion, Guarantee guarantee, Actor actor, Instant now) {
    requireNonNull(guarantee, "guarantee");
    CustomerId guarantor = guarantee.guarantor();
    Optional<HoldingError> refusal =
        staleOrSettled(expectedVersion)
            .or(
                () ->
                    guarantor.equals(borrower)
                        ? Optional.of(new HoldingError.GuarantorIsBorrower(id, guarantor))
                        : Optional.empty())
            .or(() -> guarantee(guarantor).map(found -> exists(GUARANTEE, guarantor.value())));
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    FieldErrors errors = new FieldErrors();
    AmountRules.check(errors, "amount", guarantee.amount(), amount.currency(), true);
    if (errors.isEmpty() && guarantee.amount().compareTo(amount) > 0) {
      errors.add(FieldError.outOfRange("amount", "at most the contract amount"));
    }
    if (!errors.isEmpty()) {
      return Either.left(HoldingError.InvalidHoldingData.of(errors));
    }
    List<Guarantee> next = new ArrayList<>(guarantees);
    next.add(guarantee);
    return Either.right(
        changed(
            status, settledOn, dueBills, collaterals, next, now,
            new HoldingEvent.GuaranteeAdded(id, version + 1, guarantee, actor, now)));
  }

  /**
   * Releases a guarantor [解保], also after settlement.
   *
   * @param expectedVersion the version the caller saw
   * @param guarantor the guarantor
   * @param actor who releases the guarantor
   * @param now when
   * @return the update with a {@code GuaranteeReleased} event, or {@code VersionConflict} or {@code
   *     ContractPartNotFound}
   */
  public Either<HoldingError, LoanContractUpdate> releaseGuarantee(
      long expectedVersion, CustomerId guarantor, Actor actor, Instant now) {
    requireNonNull(guarantor, "guarantor");
    return released(
        expectedVersion,
        guarantee(guarantor).isPresent(),
        notFound(GUARANTEE, guarantor.value()),
        () -> {
          List<Guarantee> next = new ArrayList<>(guarantees);
          next.removeIf(item -> item.guarantor().equals(guarantor));
          return changed(
              status, settledOn, dueBills, collaterals, next, now,
              new HoldingEvent.GuaranteeReleased(id, version + 1, guarantor, actor, now));
        });
  }

  /**
   * Hands the borrower's place to another customer: the command identity resolution uses when two
   * records of one person are merged, or a merge is undone; the debt is the same person's before and
   * after, so no other caller should use it. Allowed on a settled contract too, so that no loan is left
   * under a merged-away record.
   *
   * @param expectedVersion the version the caller saw
   * @param from the borrower now
   * @param to the customer taking the place; not a guarantor of the contract
   * @param actor who merges
   * @param now when
   * @return the update with a {@code BorrowerTransferred} event, or {@code VersionConflict}, {@code
   *     ContractPartNotFound} ({@code from} is not the borrower), {@code GuarantorIsBorrower} or {@code
   *     Unchanged}
   */
  public Either<HoldingError, LoanContractUpdate> transferBorrower(
      long expectedVersion, CustomerId from, CustomerId to, Actor actor, Instant now) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    Optional<HoldingError> refusal = stale(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (!borrower.equals(from)) {
      return Either.left(notFound("borrower", from.value()));
    }
    if (from.equals(to)) {
      return Either.left(new HoldingError.Unchanged(id.value()));
    }
    if (guarantee(to).isPresent()) {
      return Either.left(new HoldingError.GuarantorIsBorrower(id, to));
    }
    LoanContract next =
        new LoanContract(id, version + 1, to, productCode, amount, startDate, maturityDate, status, settledOn,
            dueBills, collaterals, guarantees, createdAt, now.isBefore(createdAt) ? createdAt : now);
    return Either.right(
        new LoanContractUpdate(
            next, List.of(new HoldingEvent.BorrowerTransferred(id, version + 1, from, to, actor, now))));
  }

  /** A release, allowed also after settlement: the part must be there. */
  private Either<HoldingError, LoanContractUpdate> released(
      long expectedVersion,
      boolean present,
      HoldingError absent,
      java.util.function.Supplier<LoanContractUpdate> release) {
    Optional<HoldingError> stale = stale(expectedVersion);
    if (stale.isPresent()) {
      return Either.left(stale.get());
    }
    return present ? Either.right(release.get()) : Either.left(absent);
  }

  /**
   * Settles the contract [结清]: nothing may be outstanding.
   *
   * @param expectedVersion the version the caller saw
   * @param on the business day of settlement, not before the start
   * @param actor who settles it
   * @param now when
   * @return the update with a {@code LoanContractSettled} event, or {@code VersionConflict}, {@code
   *     ContractSettled}, {@code OutstandingNotZero} or {@code InvalidHoldingData}
   */
  public Either<HoldingError, LoanContractUpdate> settle(
      long expectedVersion, LocalDate on, Actor actor, Instant now) {
    requireNonNull(on, "on");
    Optional<HoldingError> refusal = staleOrSettled(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (hasOutstanding()) {
      return Either.left(new HoldingError.OutstandingNotZero(id));
    }
    if (on.isBefore(startDate)) {
      return Either.left(
          new HoldingError.InvalidHoldingData(
              List.of(FieldError.outOfRange("settledOn", "on or after the start date"))));
    }
    return Either.right(
        changed(
            LoanContractStatus.SETTLED, on, dueBills, collaterals, guarantees, now,
            new HoldingEvent.LoanContractSettled(id, version + 1, on, actor, now)));
  }

  /**
   * What the borrower still owes under the contract: the due bills' outstanding amounts together.
   *
   * @return the outstanding amount, in the contract's currency
   */
  public Money outstanding() {
    Money sum = Money.of(BigDecimal.ZERO, amount.currency());
    for (DueBill bill : dueBills) {
      sum = sum.plus(bill.outstanding());
    }
    return sum;
  }

  /**
   * What was drawn under the contract: the due bills' amounts together.
   *
   * @return the drawn amount, in the contract's currency
   */
  public Money drawnAmount() {
    Money sum = Money.of(BigDecimal.ZERO, amount.currency());
    for (DueBill bill : dueBills) {
      sum = sum.plus(bill.amount());
    }
    return sum;
  }

  /**
   * Whether any due bill has something outstanding: the guard for closing a customer relationship.
   *
   * @return whether anything is owed
   */
  @JsonIgnore
  public boolean hasOutstanding() {
    return dueBills.stream().anyMatch(DueBill::isOutstanding);
  }

  /**
   * Whether the contract exposes the bank on a day: it is active, had started by then and something is
   * outstanding. Settled contracts and contracts with nothing outstanding expose nobody.
   *
   * @param asOf the day
   * @return whether the contract counts in a credit exposure on that day
   */
  public boolean exposesOn(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return status == LoanContractStatus.ACTIVE && !startDate.isAfter(asOf) && hasOutstanding();
  }

  /**
   * The most days any due bill is overdue on a day.
   *
   * @param asOf the day
   * @return the days, 0 if nothing is overdue
   */
  public long maxOverdueDays(LocalDate asOf) {
    return dueBills.stream().mapToLong(bill -> bill.overdueDays(asOf)).max().orElse(0);
  }

  /**
   * A due bill by number.
   *
   * @param dueBillId the number
   * @return the due bill, or empty
   */
  public Optional<DueBill> dueBill(DueBillId dueBillId) {
    return dueBills.stream().filter(bill -> bill.id().equals(dueBillId)).findFirst();
  }

  /**
   * A collateral item by number.
   *
   * @param collateralId the number
   * @return the item, or empty
   */
  public Optional<Collateral> collateral(CollateralId collateralId) {
    return collaterals.stream().filter(item -> item.id().equals(collateralId)).findFirst();
  }

  /**
   * The guarantee of a guarantor.
   *
   * @param guarantor the guarantor
   * @return the guarantee, or empty if the customer does not guarantee the contract
   */
  public Optional<Guarantee> guarantee(CustomerId guarantor) {
    return guarantees.stream().filter(item -> item.guarantor().equals(guarantor)).findFirst();
  }

  /**
   * Every customer party to the contract: the borrower and the guarantors.
   *
   * @return the borrower first, then the guarantors in number order
   */
  public List<CustomerId> parties() {
    List<CustomerId> parties = new ArrayList<>();
    parties.add(borrower);
    guarantees.forEach(guarantee -> parties.add(guarantee.guarantor()));
    return List.copyOf(parties);
  }

  private HoldingError exists(String part, String key) {
    return new HoldingError.ContractPartExists(id, part, key);
  }

  private HoldingError notFound(String part, String key) {
    return new HoldingError.ContractPartNotFound(id, part, key);
  }

  private Optional<HoldingError> stale(long expectedVersion) {
    return expectedVersion == version
        ? Optional.empty()
        : Optional.of(
            new HoldingError.VersionConflict("loan contract", id.value(), expectedVersion, version));
  }

  private Optional<HoldingError> staleOrSettled(long expectedVersion) {
    return stale(expectedVersion)
        .or(
            () ->
                status == LoanContractStatus.SETTLED
                    ? Optional.of(new HoldingError.ContractSettled(id))
                    : Optional.empty());
  }

  private LoanContractUpdate changed(
      LoanContractStatus nextStatus,
      @Nullable LocalDate nextSettledOn,
      List<DueBill> nextDueBills,
      List<Collateral> nextCollaterals,
      List<Guarantee> nextGuarantees,
      Instant now,
      HoldingEvent.LoanContractEvent event) {
    LoanContract next =
        new LoanContract(
            id,
            version + 1,
            borrower,
            productCode,
            amount,
            startDate,
            maturityDate,
            nextStatus,
            nextSettledOn,
            nextDueBills,
            nextCollaterals,
            nextGuarantees,
            createdAt,
            now.isBefore(createdAt) ? createdAt : now);
    return new LoanContractUpdate(next, List.of(event));
  }
}
