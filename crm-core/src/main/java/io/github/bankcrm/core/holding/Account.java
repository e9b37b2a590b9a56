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
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An account or product a customer holds at the bank [账户]: a deposit, a loan account, a credit card, a
 * wealth product or an insurance policy, with its end-of-day balance history and its holders.
 *
 * <p><b>Balances are never negative.</b> What the balance means depends on the product type: the
 * deposit balance; the outstanding principal of a loan; for a card the amount the customer <em>owes</em>
 * (a credit card) as a positive number; the market value of a wealth product; the cash value of a
 * policy. A debit card is the key to a deposit account and is recorded as a {@link ProductType#DEPOSIT}
 * account; a credit card's overpayment [溢缴款] is reported by the core as a deposit, not as a negative
 * amount owed. So a balance summary can add balances up per product type without sign rules.
 *
 * <p><b>Balance history.</b> One {@link BalanceSnapshot} per business day, in date order, none before
 * the opening day and none after the bank's business date at the time it was recorded. The opening
 * creates the first snapshot (the opening day's balance); {@link #balance()} is always the latest
 * snapshot's. Recording a day again corrects it; recording an earlier day fills a gap without changing
 * the current balance.
 *
 * <p><b>Holders.</b> Exactly one {@link OwnershipRole#OWNER}, fixed for the account's life, plus any
 * joint owners, guarantors and beneficiaries; a customer holds an account in one role. Holders are kept
 * in customer-number order.
 *
 * <p>An account is an immutable snapshot at one {@link #version()}. Commands return an {@link
 * AccountUpdate} with the next version and its events, or a {@link HoldingError}; the {@link Accounts}
 * port stores an update only over the version it was computed from. {@link #toString()} masks the
 * account number.
 *
 * @param id the library's number of the account
 * @param version 1 when opened, one more with every saved change
 * @param number the bank's account or card number (personal data)
 * @param productType the product family
 * @param productCode the product
 * @param currency the account's currency; every balance is in it
 * @param openedOn the business day it was opened
 * @param closedOn the business day it was closed; {@code null} while open
 * @param status the status; {@link AccountStatus#CLOSED} exactly when {@code closedOn} is set
 * @param balance the latest recorded balance; zero when closed
 * @param history the end-of-day balances, one per day, in date order, never empty
 * @param holders the holders, in customer-number order, exactly one of them the owner
 * @param createdAt when the account was recorded
 * @param updatedAt when the last change was recorded
 */
public record Account(
    AccountId id,
    long version,
    AccountNumber number,
    ProductType productType,
    ProductCode productCode,
    Currency currency,
    LocalDate openedOn,
    @Nullable LocalDate closedOn,
    AccountStatus status,
    Money balance,
    List<BalanceSnapshot> history,
    List<AccountHolder> holders,
    Instant createdAt,
    Instant updatedAt) {

  public Account {
    requireNonNull(id, "id");
    requireNonNull(number, "number");
    requireNonNull(productType, "productType");
    requireNonNull(productCode, "productCode");
    requireNonNull(currency, "currency");
    requireNonNull(openedOn, "openedOn");
    requireNonNull(status, "status");
    requireNonNull(balance, "balance");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    history = List.copyOf(requireNonNull(history, "history"));
    List<AccountHolder> sorted = new ArrayList<>(requireNonNull(holders, "holders"));
    sorted.sort(comparing(AccountHolder::customerId));
    holders = List.copyOf(sorted);
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    if (updatedAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("updatedAt is not before createdAt");
    }
    if (productType == ProductType.CARD && !number.isCardNumber()) {
      throw new IllegalArgumentException("a card account carries a card number");
    }
    if ((closedOn == null) == (status == AccountStatus.CLOSED)) {
      throw new IllegalArgumentException("closedOn is set exactly when the account is closed");
    }
    checkHistory(history, currency, openedOn, closedOn, balance);
    checkHolders(holders);
  }

  private static void checkHistory(
      List<BalanceSnapshot> history,
      Currency currency,
      LocalDate openedOn,
      @Nullable LocalDate closedOn,
      Money balance) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("the history holds at least the opening balance");
    }
    LocalDate previous = null;
    for (BalanceSnapshot snapshot : history) {
      if (!snapshot.balance().currency().equals(currency)) {
        throw new IllegalArgumentException("every balance is in the account's currency");
      }
      if (snapshot.date().isBefore(openedOn) || (closedOn != null && snapshot.date().isAfter(closedOn))) {
        throw new IllegalArgumentException("balances lie between opening and closing");
      }
      if (previous != null && !snapshot.date().isAfter(previous)) {
        throw new IllegalArgumentException("one balance per day, in date order");
      }
      previous = snapshot.date();
    }
    if (!history.get(history.size() - 1).balance().equals(balance)) {
      throw new IllegalArgumentException("the balance is the latest recorded one");
    }
    if (closedOn != null && balance.amount().signum() != 0) {
      throw new IllegalArgumentException("a closed account has a zero balance");
    }
  }

  private static void checkHolders(List<AccountHolder> holders) {
    Set<CustomerId> seen = new HashSet<>();
    long owners = 0;
    for (AccountHolder holder : holders) {
      if (!seen.add(holder.customerId())) {
        throw new IllegalArgumentException("customer " + holder.customerId() + " holds the account twice");
      }
      if (holder.role() == OwnershipRole.OWNER) {
        owners++;
      }
    }
    if (owners != 1) {
      throw new IllegalArgumentException("an account has exactly one owner");
    }
  }

  /**
   * Records an account opened in the core banking system, at version 1, with the opening balance as the
   * first balance of its history.
   *
   * @param id the library's number for it
   * @param form what was opened
   * @param businessDate the bank's current business day; the account cannot be opened after it
   * @param actor who records it
   * @param now when
   * @return the update with an {@code AccountOpened} event, or {@code InvalidHoldingData} with every
   *     field error
   */
  public static Either<HoldingError, AccountUpdate> open(
      AccountId id, OpenAccount form, LocalDate businessDate, Actor actor, Instant now) {
    requireNonNull(id, "id");
    requireNonNull(form, "form");
    requireNonNull(businessDate, "businessDate");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    Validation<Seq<FieldError>, OpenAccount> checked = form.validate(businessDate);
    if (checked.isInvalid()) {
      return Either.left(new HoldingError.InvalidHoldingData(checked.getError().asJava()));
    }
    OpenAccount valid = checked.get();
    Currency currency = Currency.getInstance(valid.currency());
    Money opening = Money.of(valid.openingBalance(), currency);
    ProductCode code = ProductCode.of(valid.productCode());
    Account account =
        new Account(
            id,
            1,
            AccountNumber.of(valid.accountNumber()),
            valid.productType(),
            code,
            currency,
            valid.openedOn(),
            null,
            AccountStatus.ACTIVE,
            opening,
            List.of(new BalanceSnapshot(valid.openedOn(), opening)),
            List.of(new AccountHolder(valid.owner(), OwnershipRole.OWNER)),
            now,
            now);
    return Either.right(
        new AccountUpdate(
            account,
            List.of(
                new HoldingEvent.AccountOpened(
                    id,
                    1,
                    valid.productType(),
                    code,
                    currency,
                    valid.openedOn(),
                    valid.owner(),
                    actor,
                    now))));
  }

  /**
   * Records the end-of-day balance of one business day, or corrects the one recorded for that day.
   *
   * @param expectedVersion the version the caller saw
   * @param date the business day; not before the opening day, not after {@code businessDate}
   * @param amount the balance, in the account's currency, zero or more
   * @param businessDate the bank's current business day
   * @param actor who records it
   * @param now when
   * @return the update with a {@code BalanceRecorded} event, or {@code VersionConflict}, {@code
   *     AccountClosed}, {@code InvalidHoldingData} (with every field error) or {@code Unchanged} (the
   *     same balance was recorded for that day)
   */
  public Either<HoldingError, AccountUpdate> recordBalance(
      long expectedVersion,
      LocalDate date,
      Money amount,
      LocalDate businessDate,
      Actor actor,
      Instant now) {
    requireNonNull(date, "date");
    requireNonNull(amount, "amount");
    requireNonNull(businessDate, "businessDate");
    Optional<HoldingError> refusal = staleOrClosed(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    FieldErrors errors = new FieldErrors();
    checkDay(errors, "date", date, businessDate);
    AmountRules.check(errors, "balance", amount, currency, false);
    if (!errors.isEmpty()) {
      return Either.left(HoldingError.InvalidHoldingData.of(errors));
    }
    BalanceSnapshot snapshot = new BalanceSnapshot(date, amount);
    Optional<BalanceSnapshot> existing = snapshotOf(date);
    if (existing.isPresent() && existing.get().balance().compareTo(amount) == 0) {
      return Either.left(new HoldingError.Unchanged(id.value()));
    }
    List<BalanceSnapshot> next = new ArrayList<>(history);
    next.removeIf(recorded -> recorded.date().equals(date));
    next.add(snapshot);
    next.sort(comparing(BalanceSnapshot::date));
    Money latest = next.get(next.size() - 1).balance();
    return Either.right(
        changed(
            status,
            null,
            latest,
            next,
            holders,
            now,
            new HoldingEvent.BalanceRecorded(
                id, version + 1, snapshot, existing.isPresent(), actor, now)));
  }

  /**
   * Moves an open account between active, dormant and frozen.
   *
   * @param expectedVersion the version the caller saw
   * @param to the new status; never {@link AccountStatus#CLOSED} (use {@link #close})
   * @param actor who changes it
   * @param now when
   * @return the update with an {@code AccountStatusChanged} event, or {@code VersionConflict}, {@code
   *     AccountClosed}, {@code Unchanged} or {@code StatusChangeNotAllowed}
   */
  public Either<HoldingError, AccountUpdate> changeStatus(
      long expectedVersion, AccountStatus to, Actor actor, Instant now) {
    requireNonNull(to, "to");
    Optional<HoldingError> refusal = staleOrClosed(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (to == status) {
      return Either.left(new HoldingError.Unchanged(id.value()));
    }
    if (!status.canChangeTo(to)) {
      return Either.left(new HoldingError.StatusChangeNotAllowed(id, status, to));
    }
    return Either.right(
        changed(
            to,
            null,
            balance,
            history,
            holders,
            now,
            new HoldingEvent.AccountStatusChanged(id, version + 1, status, to, actor, now)));
  }

  /**
   * Closes the account [销户]. Refused while the balance is not zero and while the account is frozen.
   *
   * @param expectedVersion the version the caller saw
   * @param closedOn the business day of closing: not before the opening day nor the latest recorded
   *     balance, not after {@code businessDate}
   * @param businessDate the bank's current business day
   * @param actor who closes it
   * @param now when
   * @return the update with an {@code AccountClosed} event, or {@code VersionConflict}, {@code
   *     AccountClosed}, {@code BalanceNotZero}, {@code StatusChangeNotAllowed} (frozen) or {@code
   *     InvalidHoldingData}
   */
  public Either<HoldingError, AccountUpdate> close(
      long expectedVersion, LocalDate closedOn, LocalDate businessDate, Actor actor, Instant now) {
    requireNonNull(closedOn, "closedOn");
    requireNonNull(businessDate, "businessDate");
    Optional<HoldingError> refusal = staleOrClosed(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (status == AccountStatus.FROZEN) {
      return Either.left(new HoldingError.StatusChangeNotAllowed(id, status, AccountStatus.CLOSED));
    }
    if (balance.amount().signum() != 0) {
      return Either.left(new HoldingError.BalanceNotZero(id));
    }
    FieldErrors errors = new FieldErrors();
    checkDay(errors, "closedOn", closedOn, businessDate);
    if (closedOn.isBefore(latestSnapshot().date())) {
      errors.add(FieldError.outOfRange("closedOn", "on or after the latest recorded balance"));
    }
    if (!errors.isEmpty()) {
      return Either.left(HoldingError.InvalidHoldingData.of(errors));
    }
    return Either.right(
        changed(
            AccountStatus.CLOSED,
            closedOn,
            balance,
            history,
            holders,
            now,
            new HoldingEvent.AccountClosed(id, version + 1, closedOn, actor, now)));
  }

  /**
   * Adds a joint owner, guarantor or beneficiary.
   *
   * @param expectedVersion the version the caller saw
   * @param holder the customer and role; never {@link OwnershipRole#OWNER}
   * @param actor who adds the holder
   * @param now when
   * @return the update with a {@code HolderAdded} event, or {@code VersionConflict}, {@code
   *     AccountClosed}, {@code PrimaryOwnerFixed} or {@code AlreadyHolder}
   */
  public Either<HoldingError, AccountUpdate> addHolder(
      long expectedVersion, AccountHolder holder, Actor actor, Instant now) {
    requireNonNull(holder, "holder");
    Optional<HoldingError> refusal = staleOrClosed(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    if (holder.role() == OwnershipRole.OWNER) {
      return Either.left(new HoldingError.PrimaryOwnerFixed(id));
    }
    if (holder(holder.customerId()).isPresent()) {
      return Either.left(new HoldingError.AlreadyHolder(id, holder.customerId()));
    }
    List<AccountHolder> next = new ArrayList<>(holders);
    next.add(holder);
    return Either.right(
        changed(
            status,
            null,
            balance,
            history,
            next,
            now,
            new HoldingEvent.HolderAdded(id, version + 1, holder, actor, now)));
  }

  /**
   * Removes a holder other than the owner.
   *
   * @param expectedVersion the version the caller saw
   * @param customerId the holder
   * @param actor who removes the holder
   * @param now when
   * @return the update with a {@code HolderRemoved} event, or {@code VersionConflict}, {@code
   *     AccountClosed}, {@code NotAHolder} or {@code PrimaryOwnerFixed}
   */
  public Either<HoldingError, AccountUpdate> removeHolder(
      long expectedVersion, CustomerId customerId, Actor actor, Instant now) {
    requireNonNull(customerId, "customerId");
    Optional<HoldingError> refusal = staleOrClosed(expectedVersion);
    if (refusal.isPresent()) {
      return Either.left(refusal.get());
    }
    Optional<AccountHolder> current = holder(customerId);
    if (current.isEmpty()) {
      return Either.left(new HoldingError.NotAHolder(id, customerId));
    }
    if (current.get().role() == OwnershipRole.OWNER) {
      return Either.left(new HoldingError.PrimaryOwnerFixed(id));
    }
    List<AccountHolder> next = new ArrayList<>(holders);
    next.remove(current.get());
    return Either.right(
        changed(
            status,
            null,
            balance,
            history,
            next,
            now,
            new HoldingEvent.HolderRemoved(id, version + 1, current.get(), actor, now)));
  }

  /**
   * Hands a holder's place, role included, to another customer: the command identity resolution uses
   * when two records of one person are merged, or a merge is undone. It is the only way the owner role
   * changes hands, because the owner is the same person before and after; no other caller should use
   * it. Allowed on a closed account too, so that no holding is left under a merged-away record.
   *
   * @param expectedVersion the version the caller saw
   * @param from the holder whose place is handed on
   * @param to the customer taking it; not a holder yet
   * @param actor who merges
   * @param now when
   * @return the update with a {@code HolderTransferred} event, or {@code VersionConflict}, {@code
   *     NotAHolder} or {@code AlreadyHolder}
   */
  public Either<HoldingError, AccountUpdate> transferHolder(
      long expectedVersion, CustomerId from, CustomerId to, Actor actor, Instant now) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (expectedVersion != version) {
      return Either.left(new HoldingError.VersionConflict("account", id.value(), expectedVersion, version));
    }
    Optional<AccountHolder> current = holder(from);
    if (current.isEmpty()) {
      return Either.left(new HoldingError.NotAHolder(id, from));
    }
    if (holder(to).isPresent()) {
      return Either.left(new HoldingError.AlreadyHolder(id, to));
    }
    List<AccountHolder> next = new ArrayList<>(holders);
    next.remove(current.get());
    next.add(new AccountHolder(to, current.get().role()));
    return Either.right(
        changed(
            status,
            closedOn,
            balance,
            history,
            next,
            now,
            new HoldingEvent.HolderTransferred(id, version + 1, from, to, current.get().role(), actor, now)));
  }

  /**
   * The primary owner.
   *
   * @return the owner's customer number
   */
  public CustomerId owner() {
    return holders.stream()
        .filter(holder -> holder.role() == OwnershipRole.OWNER)
        .findFirst()
        .orElseThrow()
        .customerId();
  }

  /**
   * How a customer holds this account.
   *
   * @param customerId the customer
   * @return the holder entry, or empty if the customer does not hold it
   */
  public Optional<AccountHolder> holder(CustomerId customerId) {
    return holders.stream().filter(holder -> holder.customerId().equals(customerId)).findFirst();
  }

  /**
   * Whether the account is open (not closed).
   *
   * @return whether it is open
   */
  @JsonIgnore
  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * Whether the account was held on a day: opened on or before it and not closed on or before it.
   *
   * @param day the day
   * @return whether the account existed for the customer that day
   */
  public boolean heldOn(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(openedOn) && (closedOn == null || day.isBefore(closedOn));
  }

  /**
   * The balance at the end of a day: the latest one recorded on or before it.
   *
   * @param day the day
   * @return the balance, or empty if the account was not {@linkplain #heldOn held} that day
   */
  public Optional<Money> balanceOn(LocalDate day) {
    if (!heldOn(day)) {
      return Optional.empty();
    }
    Money found = null;
    for (BalanceSnapshot snapshot : history) {
      if (snapshot.date().isAfter(day)) {
        break;
      }
      found = snapshot.balance();
    }
    return Optional.ofNullable(found);
  }

  /**
   * The balance recorded for exactly this day.
   *
   * @param day the day
   * @return the snapshot, or empty if none was recorded for it
   */
  public Optional<BalanceSnapshot> snapshotOf(LocalDate day) {
    return history.stream().filter(snapshot -> snapshot.date().equals(day)).findFirst();
  }

  /**
   * Numbers, product, status, version and holders; the account number masked.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Account[id=" + id + ", number=" + number + ", productType=" + productType
        + ", productCode=" + productCode + ", status=" + status + ", version=" + version
        + ", holders=" + holders + "]";
  }

  private BalanceSnapshot latestSnapshot() {
    return history.get(history.size() - 1);
  }

  private void checkDay(FieldErrors errors, String path, LocalDate day, LocalDate businessDate) {
    if (day.isAfter(businessDate)) {
      errors.add(FieldError.outOfRange(path, "on or before the business date"));
    }
    if (day.isBefore(openedOn)) {
      errors.add(FieldError.outOfRange(path, "on or after the opening day"));
    }
  }

  private Optional<HoldingError> staleOrClosed(long expectedVersion) {
    if (expectedVersion != version) {
      return Optional.of(
          new HoldingError.VersionConflict("account", id.value(), expectedVersion, version));
    }
    if (status == AccountStatus.CLOSED) {
      return Optional.of(new HoldingError.AccountClosed(id));
    }
    return Optional.empty();
  }

  private AccountUpdate changed(
      AccountStatus nextStatus,
      @Nullable LocalDate nextClosedOn,
      Money nextBalance,
      List<BalanceSnapshot> nextHistory,
      List<AccountHolder> nextHolders,
      Instant now,
      HoldingEvent.AccountEvent event) {
    Account next =
        new Account(
            id,
            version + 1,
            number,
            productType,
            productCode,
            currency,
            openedOn,
            nextClosedOn,
            nextStatus,
            nextBalance,
            nextHistory,
            nextHolders,
            createdAt,
            now.isBefore(createdAt) ? createdAt : now);
    return new AccountUpdate(next, List.of(event));
  }
}
