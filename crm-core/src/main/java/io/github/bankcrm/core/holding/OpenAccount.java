package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The input of {@link Account#open}: an account as the core banking system reports it opened, typed or
 * loaded. Every field may be missing or malformed; {@link #validate} reports each bad field.
 *
 * @param accountNumber the bank's account or card number, digits with optional spaces or hyphens; a
 *     {@link ProductType#CARD} account needs a card number with a valid Luhn check digit
 * @param productType the product family
 * @param productCode the product in the bank's catalogue, see {@link ProductCode}
 * @param currency the ISO 4217 currency code
 * @param openedOn the business day the account was opened
 * @param openingBalance the balance at the end of the opening day: zero or more, with no more decimal
 *     places than the currency has
 * @param owner the primary owner
 */
public record OpenAccount(
    @Nullable String accountNumber,
    @Nullable ProductType productType,
    @Nullable String productCode,
    @Nullable String currency,
    @Nullable LocalDate openedOn,
    @Nullable BigDecimal openingBalance,
    @Nullable CustomerId owner) {

  /**
   * Checks every field, and that the account was not opened after the bank's business date.
   *
   * @param businessDate the bank's current business day [会计日期]
   * @return the form with its text fields in canonical form, or every field error (none repeats the
   *     account number)
   */
  public Validation<Seq<FieldError>, OpenAccount> validate(LocalDate businessDate) {
    FieldErrors errors = new FieldErrors();
    AccountNumber number =
        errors.check(
            "accountNumber",
            productType == ProductType.CARD
                ? AccountNumber.parseCard(accountNumber)
                : AccountNumber.parse(accountNumber));
    if (productType == null) {
      errors.add(FieldError.required("productType"));
    }
    ProductCode code = errors.check("productCode", ProductCode.parse(productCode));
    Currency parsedCurrency = errors.check("currency", Money.parseCurrency(currency));
    if (openedOn == null) {
      errors.add(FieldError.required("openedOn"));
    } else if (openedOn.isAfter(businessDate)) {
      errors.add(FieldError.outOfRange("openedOn", "on or before the business date"));
    }
    if (openingBalance == null) {
      errors.add(FieldError.required("openingBalance"));
    } else if (parsedCurrency != null) {
      AmountRules.check(
          errors, "openingBalance", Money.of(openingBalance, parsedCurrency), parsedCurrency, false);
    }
    if (owner == null) {
      errors.add(FieldError.required("owner"));
    }
    return errors.orElse(
        () ->
            new OpenAccount(
                number.value(),
                productType,
                code.value(),
                parsedCurrency.getCurrencyCode(),
                openedOn,
                openingBalance,
                owner));
  }

  /**
   * The form with the account number masked.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "OpenAccount[accountNumber=" + Mask.accountNumber(accountNumber) + ", productType="
        + productType + ", productCode=" + productCode + ", currency=" + currency + ", openedOn="
        + openedOn + ", openingBalance=" + openingBalance + ", owner=" + owner + "]";
  }
}
