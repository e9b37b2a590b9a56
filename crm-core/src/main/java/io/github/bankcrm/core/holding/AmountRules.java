package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Money;
import java.util.Currency;

/**
 * The checks every amount of the holding package passes: the right currency, no more decimal places
 * than the currency has (no silent rounding of 0.001 CNY), and a sign that makes sense for it.
 */
final class AmountRules {

  private AmountRules() {}

  /**
   * Records the errors of {@code amount} under {@code path}.
   *
   * @param errors the collector
   * @param path the field
   * @param amount the amount
   * @param currency the currency it must be in
   * @param positive whether zero is refused too (a contract amount), or only negatives (a balance)
   */
  static void check(
      FieldErrors errors, String path, Money amount, Currency currency, boolean positive) {
    if (!amount.currency().equals(currency)) {
      errors.add(new FieldError("currency_mismatch", path, "must be in " + currency.getCurrencyCode()));
      return;
    }
    int signum = amount.amount().signum();
    if (signum < 0 || (positive && signum == 0)) {
      errors.add(FieldError.outOfRange(path, positive ? "greater than zero" : "zero or more"));
    }
    checkDecimals(errors, path, amount);
  }

  /**
   * Records an error if {@code amount} has more decimal places than its currency.
   *
   * @param errors the collector
   * @param path the field
   * @param amount the amount
   */
  static void checkDecimals(FieldErrors errors, String path, Money amount) {
    int digits = amount.currency().getDefaultFractionDigits();
    if (digits >= 0 && amount.amount().stripTrailingZeros().scale() > digits) {
      errors.add(
          new FieldError(
              "too_many_decimals", path, "must have at most " + digits + " decimal places"));
    }
  }
}
