package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerStoreFixture.HEAD_OFFICE;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.DueBillId;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.holding.OpenAccount;
import io.github.bankcrm.core.holding.ProductCode;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Accounts and loans of the {@code CustomerStoreFixture} customers, in memory, written in a few words:
 * {@code open(C1, "D1", day, "1000")}, {@code balance("D1", day, "400")}, {@code loan(C1, "L1", day)}.
 * Every amount is in CNY; the business date is {@link #BUSINESS_DATE}.
 */
public final class HoldingsScenario {

  /** The bank's business date in scenarios. */
  public static final LocalDate BUSINESS_DATE = LocalDate.of(2026, 11, 30);

  private final Accounts accounts;
  private final LoanContracts loans;
  private int numbers = 10_000_000;

  /**
   * Empty holdings over a customer store.
   *
   * @param customers the customers
   */
  public HoldingsScenario(Customers customers) {
    this.accounts = new InMemoryAccounts(customers);
    this.loans = new InMemoryLoanContracts(customers);
  }

  /**
   * The accounts.
   *
   * @return the store
   */
  public Accounts accounts() {
    return accounts;
  }

  /**
   * The loan contracts.
   *
   * @return the store
   */
  public LoanContracts loans() {
    return loans;
  }

  /**
   * Opens a deposit.
   *
   * @param owner the owner
   * @param id the account ID
   * @param openedOn the opening day
   * @param balance the opening balance in CNY
   * @return this scenario
   */
  public HoldingsScenario open(CustomerId owner, String id, LocalDate openedOn, String balance) {
    OpenAccount form = new OpenAccount(
        "62220200" + numbers++, ProductType.DEPOSIT, "DEP-CUR", "CNY", openedOn, new BigDecimal(balance), owner);
    Account.open(AccountId.of(id), form, BUSINESS_DATE, TELLER, NOW)
        .flatMap(update -> accounts.save(HEAD_OFFICE, update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    return this;
  }

  /**
   * Records an end-of-day balance.
   *
   * @param id the account ID
   * @param day the day
   * @param amount the balance in CNY
   * @return this scenario
   */
  public HoldingsScenario balance(String id, LocalDate day, String amount) {
    Account account = accounts.findById(HEAD_OFFICE, AccountId.of(id)).orElseThrow();
    account.recordBalance(account.version(), day, Money.of(amount, "CNY"), BUSINESS_DATE, TELLER, NOW)
        .flatMap(update -> accounts.save(HEAD_OFFICE, update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    return this;
  }

  /**
   * Closes an account, recording a zero balance first.
   *
   * @param id the account ID
   * @param day the day of closing
   * @return this scenario
   */
  public HoldingsScenario close(String id, LocalDate day) {
    Account account = accounts.findById(HEAD_OFFICE, AccountId.of(id)).orElseThrow();
    if (account.balance().amount().signum() != 0) {
      balance(id, day, "0");
      account = accounts.findById(HEAD_OFFICE, AccountId.of(id)).orElseThrow();
    }
    account.close(account.version(), day, BUSINESS_DATE, TELLER, NOW)
        .flatMap(update -> accounts.save(HEAD_OFFICE, update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    return this;
  }

  /**
   * Signs a loan of 100 000 CNY and draws it in full on the start day, due in a year.
   *
   * @param borrower the borrower
   * @param id the contract ID
   * @param start the start day
   * @return this scenario
   */
  public HoldingsScenario loan(CustomerId borrower, String id, LocalDate start) {
    Money amount = Money.of("100000", "CNY");
    LoanContract.sign(LoanContractId.of(id), borrower, ProductCode.of("LN01"), amount, start, start.plusYears(3), TELLER, NOW)
        .flatMap(signed -> loans.save(HEAD_OFFICE, signed))
        .flatMap(signed -> signed.drawDueBill(1, DueBillId.of(id + "-1"), amount, start, start.plusYears(1), TELLER, NOW))
        .flatMap(update -> loans.save(HEAD_OFFICE, update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    return this;
  }

  /**
   * Marks a loan's due bill overdue since a day.
   *
   * @param id the contract ID
   * @param since the first overdue day
   * @return this scenario
   */
  public HoldingsScenario overdue(String id, LocalDate since) {
    LoanContract contract = loans.findById(HEAD_OFFICE, LoanContractId.of(id)).orElseThrow();
    contract.updateDueBill(contract.version(), DueBillId.of(id + "-1"), Money.of("90000", "CNY"), since, TELLER, NOW)
        .flatMap(update -> loans.save(HEAD_OFFICE, update))
        .getOrElseThrow(error -> new AssertionError(error.message()));
    return this;
  }
}
