package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of holdings: whole command histories of accounts, loan contracts and assignment
 * histories, built through the aggregates' own commands (refused commands are skipped), so every
 * generated state is one the library can reach.
 */
public final class HoldingArbitraries {

  /** The customers generated holdings name. */
  public static final List<CustomerId> CUSTOMERS =
      List.of(CustomerId.of("C1"), CustomerId.of("C2"), CustomerId.of("C3"), CustomerId.of("C4"));

  /** The earliest day generated holdings start. */
  public static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

  private static final LocalDate TODAY = HoldingFixture.TODAY;
  private static final List<String> CURRENCIES = List.of("CNY", "USD", "JPY", "HKD");
  private static final List<OwnershipRole> ADDED_ROLES =
      List.of(OwnershipRole.JOINT_OWNER, OwnershipRole.GUARANTOR, OwnershipRole.BENEFICIARY);
  private static final List<AccountStatus> OPEN_STATUSES =
      List.of(AccountStatus.ACTIVE, AccountStatus.DORMANT, AccountStatus.FROZEN);
  private static final List<OrganizationUnitId> UNITS =
      List.of(OrganizationFixture.BJ01, OrganizationFixture.BJ02, OrganizationFixture.SH01);
  private static final List<String> DESCRIPTIONS =
      List.of("住宅一套，建筑面积120平方米", "小型轿车一辆", "三年期定期存单", "Listed shares, 2,000 lots", "数控机床两台");

  private HoldingArbitraries() {}

  /**
   * One step of a generated history: which command, and numbers it takes its arguments from.
   *
   * @param kind which command
   * @param day a day offset
   * @param percent a share of an amount, 0 to 100
   * @param pick an index into a list of choices
   */
  record Step(int kind, int day, int percent, int pick) {}

  private static Arbitrary<List<Step>> steps(int kinds, int maxSteps) {
    return Combinators.combine(
            Arbitraries.integers().between(0, kinds - 1),
            Arbitraries.integers().between(0, 4000),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 99))
        .as(Step::new)
        .list()
        .ofMaxSize(maxSteps);
  }

  /**
   * Deposit-style account numbers: 16 to 19 digits starting with 6.
   *
   * @return the numbers
   */
  public static Arbitrary<String> accountNumbers() {
    return Arbitraries.strings().numeric().ofMinLength(15).ofMaxLength(18).map(digits -> "6" + digits);
  }

  /**
   * Card numbers: 16 digits starting with 62, with a valid Luhn check digit.
   *
   * @return the numbers
   */
  public static Arbitrary<String> cardNumbers() {
    return Arbitraries.strings().numeric().ofLength(13).map(digits -> withCheckDigit("62" + digits));
  }

  /**
   * Appends the Luhn check digit to a number.
   *
   * @param base the digits without the check digit
   * @return the card number
   */
  public static String withCheckDigit(String base) {
    for (char check = '0'; check <= '9'; check++) {
      if (AccountNumber.of(base + check).isCardNumber()) {
        return base + check;
      }
    }
    throw new IllegalStateException("no check digit");
  }

  /**
   * The command history of one account: its opening and every accepted change, in order.
   *
   * @param id the account's number in the library
   * @return the updates; the last one holds the account's final state
   */
  public static Arbitrary<List<AccountUpdate>> accountHistories(String id) {
    return Combinators.combine(
            Arbitraries.of(ProductType.class),
            Arbitraries.of(CURRENCIES),
            Arbitraries.integers().between(0, (int) ChronoUnit.DAYS.between(EARLIEST, TODAY)),
            Arbitraries.longs().between(0, 10_000_000_000L),
            Arbitraries.of(CUSTOMERS),
            accountNumbers(),
            cardNumbers(),
            steps(7, 12))
        .as(
            (type, currency, openedAfter, openingUnits, owner, number, card, steps) -> {
              LocalDate opened = EARLIEST.plusDays(openedAfter);
              OpenAccount form =
                  new OpenAccount(
                      type == ProductType.CARD ? card : number,
                      type,
                      "P-" + type.name(),
                      currency,
                      opened,
                      units(openingUnits, currency).amount(),
                      owner);
              List<AccountUpdate> updates = new ArrayList<>();
              updates.add(Account.open(AccountId.of(id), form, TODAY, TELLER, NOW).get());
              for (Step step : steps) {
                Account account = updates.get(updates.size() - 1).account();
                accountStep(account, step).forEach(updates::add);
              }
              return updates;
            });
  }

  private static Either<HoldingError, AccountUpdate> accountStep(Account account, Step step) {
    long version = account.version();
    LocalDate latest = account.history().get(account.history().size() - 1).date();
    return switch (step.kind()) {
      case 0, 1, 2 ->
          account.recordBalance(
              version,
              dayBetween(account.openedOn(), TODAY, step.day()),
              units((long) step.day() * step.percent() * 997L, account.currency().getCurrencyCode()),
              TODAY,
              TELLER,
              NOW);
      case 3 ->
          account.addHolder(
              version,
              new AccountHolder(pick(CUSTOMERS, step.pick()), pick(ADDED_ROLES, step.percent())),
              TELLER,
              NOW);
      case 4 ->
          step.percent() % 2 == 0
              ? account.removeHolder(version, pick(CUSTOMERS, step.pick()), TELLER, NOW)
              : account.transferHolder(
                  version, pick(CUSTOMERS, step.pick()), pick(CUSTOMERS, step.day()), TELLER, NOW);
      case 5 -> account.changeStatus(version, pick(OPEN_STATUSES, step.pick()), TELLER, NOW);
      default ->
          account.balance().amount().signum() != 0
              ? account.recordBalance(
                  version, latest, Money.of(BigDecimal.ZERO, account.currency()), TODAY, TELLER, NOW)
              : account.close(version, dayBetween(latest, TODAY, step.day()), TODAY, TELLER, NOW);
    };
  }

  /**
   * The command history of one loan contract: its signing and every accepted change, in order.
   *
   * @param id the contract number
   * @return the updates; the last one holds the contract's final state
   */
  public static Arbitrary<List<LoanContractUpdate>> contractHistories(String id) {
    return Combinators.combine(
            Arbitraries.of(CUSTOMERS),
            Arbitraries.longs().between(100_000, 10_000_000_000L),
            Arbitraries.integers().between(0, 2000),
            Arbitraries.integers().between(30, 3650),
            steps(8, 14))
        .as(
            (borrower, cents, startAfter, term, steps) -> {
              LocalDate start = EARLIEST.plusDays(startAfter);
              List<LoanContractUpdate> updates = new ArrayList<>();
              updates.add(
                  LoanContract.sign(
                          LoanContractId.of(id),
                          borrower,
                          ProductCode.of("LN01"),
                          units(cents, "CNY"),
                          start,
                          start.plusDays(term),
                          TELLER,
                          NOW)
                      .get());
              for (Step step : steps) {
                LoanContract contract = updates.get(updates.size() - 1).contract();
                contractStep(contract, step).forEach(updates::add);
              }
              return updates;
            });
  }

  private static Either<HoldingError, LoanContractUpdate> contractStep(LoanContract contract, Step step) {
    long version = contract.version();
    BigDecimal amount = contract.amount().amount();
    Either<HoldingError, LoanContractUpdate> notApplicable =
        Either.left(new HoldingError.Unchanged(contract.id().value()));
    return switch (step.kind()) {
      case 0 -> {
        LocalDate drawnOn = dayBetween(contract.startDate(), contract.maturityDate(), step.day());
        yield contract.drawDueBill(
            version,
            DueBillId.of("B" + contract.dueBills().size()),
            share(amount, Math.max(1, step.percent() / 3)),
            drawnOn,
            dayBetween(drawnOn, contract.maturityDate(), step.pick() * 37),
            TELLER,
            NOW);
      }
      case 1 -> {
        if (contract.dueBills().isEmpty()) {
          yield notApplicable;
        }
        DueBill bill = pick(contract.dueBills(), step.pick());
        Money outstanding = share(bill.amount().amount(), step.percent());
        LocalDate overdue =
            outstanding.amount().signum() > 0 && step.day() % 2 == 0
                ? bill.drawnOn().plusDays(step.day() % 400)
                : null;
        yield contract.updateDueBill(version, bill.id(), outstanding, overdue, TELLER, NOW);
      }
      case 2 ->
          contract.pledgeCollateral(
              version,
              new Collateral(
                  CollateralId.of("K" + step.pick() % 5),
                  pick(List.of(CollateralType.values()), step.pick()),
                  pick(DESCRIPTIONS, step.day()),
                  share(amount.multiply(BigDecimal.TEN), Math.max(1, step.percent())),
                  contract.startDate()),
              TELLER,
              NOW);
      case 3 ->
          contract.addGuarantee(
              version,
              new Guarantee(
                  pick(CUSTOMERS, step.pick()),
                  pick(List.of(GuaranteeType.values()), step.day()),
                  share(amount, Math.max(1, step.percent()))),
              TELLER,
              NOW);
      case 4 ->
          contract.guarantees().isEmpty()
              ? notApplicable
              : contract.releaseGuarantee(
                  version, pick(contract.guarantees(), step.pick()).guarantor(), TELLER, NOW);
      case 5 ->
          contract.collaterals().isEmpty()
              ? notApplicable
              : contract.releaseCollateral(
                  version, pick(contract.collaterals(), step.pick()).id(), TELLER, NOW);
      case 7 -> {
        CustomerId to = pick(CUSTOMERS, step.pick());
        yield to.equals(contract.borrower()) || contract.guarantee(to).isPresent()
            ? notApplicable
            : contract.transferBorrower(version, contract.borrower(), to, TELLER, NOW);
      }
      default ->
          contract.hasOutstanding()
              ? notApplicable
              : contract.settle(version, dayBetween(contract.startDate(), TODAY, step.day()), TELLER, NOW);
    };
  }

  /**
   * The command history of one customer's service assignments.
   *
   * @param customerId the customer
   * @param withEnds whether the relationship may end and be taken up again (gaps); without, only
   *     reassignments
   * @return the updates; the last one holds the final history
   */
  public static Arbitrary<List<AssignmentUpdate>> assignmentHistories(
      CustomerId customerId, boolean withEnds) {
    Arbitrary<RelationshipManagerId> managers =
        Arbitraries.integers()
            .between(0, 4)
            .map(n -> n == 0 ? null : RelationshipManagerId.of("RM00" + n));
    return Combinators.combine(
            managers,
            Arbitraries.of(UNITS),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 4).list().ofMaxSize(12),
            managers.list().ofSize(12),
            Arbitraries.integers().between(0, 400).list().ofSize(12))
        .as(
            (manager, unit, startAfter, kinds, nextManagers, gaps) -> {
              List<AssignmentUpdate> updates = new ArrayList<>();
              updates.add(
                  AssignmentHistory.start(
                      customerId, manager, unit, EARLIEST.plusDays(startAfter), TELLER, NOW));
              for (int i = 0; i < kinds.size(); i++) {
                AssignmentHistory history = updates.get(updates.size() - 1).history();
                List<ServiceAssignment> all = history.assignments();
                ServiceAssignment last = all.get(all.size() - 1);
                LocalDate after = last.until() == null ? last.from() : last.until();
                LocalDate day = after.plusDays(gaps.get(i));
                int kind = withEnds ? kinds.get(i) : 0;
                Either<HoldingError, AssignmentUpdate> next =
                    switch (kind) {
                      case 0, 1 ->
                          history.reassign(
                              history.version(), nextManagers.get(i), pick(UNITS, gaps.get(i)), day, TELLER, NOW);
                      case 2 -> history.end(history.version(), day, TELLER, NOW);
                      default ->
                          history.assign(
                              history.version(), nextManagers.get(i), pick(UNITS, i), day, TELLER, NOW);
                    };
                next.forEach(updates::add);
              }
              return updates;
            });
  }

  /**
   * The final states of several accounts with distinct numbers, for summaries.
   *
   * @return the accounts
   */
  public static Arbitrary<List<Account>> accountPortfolios() {
    return Arbitraries.integers()
        .between(0, 6)
        .flatMap(
            count -> {
              List<Arbitrary<Account>> accounts = new ArrayList<>();
              for (int i = 0; i < count; i++) {
                accounts.add(accountHistories("A" + i).map(updates -> updates.get(updates.size() - 1).account()));
              }
              return Combinators.combine(accounts).as(List::copyOf);
            })
        .filter(
            accounts ->
                accounts.stream().map(account -> account.number().value()).distinct().count()
                    == accounts.size());
  }

  private static <T> T pick(List<T> choices, int index) {
    return choices.get(Math.floorMod(index, choices.size()));
  }

  private static LocalDate dayBetween(LocalDate first, LocalDate last, int offset) {
    long span = ChronoUnit.DAYS.between(first, last);
    return span <= 0 ? first : first.plusDays(offset % (span + 1));
  }

  /** An amount of minor units (cents, or yen) in a currency. */
  private static Money units(long minorUnits, String currencyCode) {
    Currency currency = Currency.getInstance(currencyCode);
    return Money.of(BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits()), currency);
  }

  /** A share of an amount in CNY, rounded down to the cent. */
  private static Money share(BigDecimal amount, int percent) {
    return Money.of(
        amount.multiply(BigDecimal.valueOf(percent)).movePointLeft(2).setScale(2, java.math.RoundingMode.DOWN),
        Currency.getInstance("CNY"));
  }
}
