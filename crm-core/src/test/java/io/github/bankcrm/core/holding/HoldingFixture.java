package io.github.bankcrm.core.holding;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Valid holdings for tests: accounts, loan contracts and assignment histories. The card numbers have
 * correct Luhn check digits; none is a real card.
 */
public final class HoldingFixture {

  /** The bank's business date in the tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** The day the fixture accounts were opened. */
  public static final LocalDate OPENED = LocalDate.of(2025, 1, 2);

  /** A 19-digit deposit account number [借记账户]. */
  public static final String DEPOSIT_NUMBER = "6222021234567890128";

  /** A 16-digit credit card number with a valid Luhn check digit. */
  public static final String CARD_NUMBER = "6228480012345671";

  /** Another valid card number. */
  public static final String OTHER_CARD_NUMBER = "6217001234567893";

  /** The whole bank. */
  public static final AccessScope HEAD_OFFICE = CustomerStoreFixture.HEAD_OFFICE;

  /** A Beijing branch user: sees BJ, BJ01, BJ02. */
  public static final AccessScope BEIJING = CustomerStoreFixture.BEIJING;

  /** A Shanghai branch user: sees SH, SH01. */
  public static final AccessScope SHANGHAI = CustomerStoreFixture.SHANGHAI;

  /** A customer of BJ01. */
  public static final CustomerId C1 = CustomerStoreFixture.C1;

  /** Another customer of BJ01. */
  public static final CustomerId C2 = CustomerStoreFixture.C2;

  /** A customer of BJ02. */
  public static final CustomerId C3 = CustomerStoreFixture.C3;

  /** A customer of SH01. */
  public static final CustomerId S1 = CustomerStoreFixture.S1;

  private HoldingFixture() {}

  /**
   * Registers {@link #C1}, {@link #C2} (BJ01), {@link #C3} (BJ02) and {@link #S1} (SH01) in a customer
   * store.
   *
   * @param customers an empty store
   * @return the same store
   */
  public static Customers withCustomers(Customers customers) {
    return CustomerStoreFixture.withFourCustomers(customers);
  }

  /**
   * An opening form.
   *
   * @param number the account number
   * @param type the product type
   * @param balance the opening balance in CNY
   * @param owner the owner
   * @return the form
   */
  public static OpenAccount form(String number, ProductType type, String balance, CustomerId owner) {
    return new OpenAccount(
        number, type, type.name().substring(0, 3) + "-01", "CNY", OPENED, new BigDecimal(balance), owner);
  }

  /**
   * An opened account, version 1, in CNY.
   *
   * @param id the account number of the library
   * @param number the bank's account number
   * @param type the product type
   * @param balance the opening balance
   * @param owner the owner
   * @return the account
   */
  public static Account opened(
      String id, String number, ProductType type, String balance, CustomerId owner) {
    return Account.open(AccountId.of(id), form(number, type, balance, owner), TODAY, TELLER, NOW)
        .getOrElseThrow(error -> new AssertionError("fixture account refused: " + error.message()))
        .account();
  }

  /**
   * A deposit account opened with {@link #DEPOSIT_NUMBER}.
   *
   * @param owner the owner
   * @return the account
   */
  public static Account deposit(CustomerId owner) {
    return opened("A1", DEPOSIT_NUMBER, ProductType.DEPOSIT, "1000.00", owner);
  }

  /**
   * An amount in CNY.
   *
   * @param amount the amount
   * @return the money
   */
  public static Money cny(String amount) {
    return Money.of(amount, "CNY");
  }

  /**
   * A signed contract of 1,000,000 CNY from 2025-01-01 to 2030-01-01, version 1.
   *
   * @param id the contract number
   * @param borrower the borrower
   * @return the contract
   */
  public static LoanContract contract(String id, CustomerId borrower) {
    return signing(id, borrower).contract();
  }

  /**
   * The signing of {@link #contract}, with its event, for saving.
   *
   * @param id the contract number
   * @param borrower the borrower
   * @return the update
   */
  public static LoanContractUpdate signing(String id, CustomerId borrower) {
    return LoanContract.sign(
            LoanContractId.of(id),
            borrower,
            ProductCode.of("LN-MORTGAGE"),
            cny("1000000.00"),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2030, 1, 1),
            TELLER,
            NOW)
        .getOrElseThrow(error -> new AssertionError("fixture contract refused: " + error.message()));
  }
}
