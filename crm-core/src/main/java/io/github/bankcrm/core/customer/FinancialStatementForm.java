package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A financial statement summary as typed, before validation.
 *
 * @param periodEnd last day of the period
 * @param periodLength length of the period
 * @param currency ISO 4217 code of all figures; {@code null} means CNY
 * @param revenue operating revenue, not negative
 * @param totalAssets total assets, not negative
 * @param totalLiabilities total liabilities, not negative
 * @param netProfit net profit, negative for a loss
 */
public record FinancialStatementForm(
    @Nullable LocalDate periodEnd,
    ReportingPeriod.@Nullable Length periodLength,
    @Nullable String currency,
    @Nullable BigDecimal revenue,
    @Nullable BigDecimal totalAssets,
    @Nullable BigDecimal totalLiabilities,
    @Nullable BigDecimal netProfit) {

  /** The form of a stored summary. */
  public static FinancialStatementForm of(FinancialStatementSummary summary) {
    return new FinancialStatementForm(
        summary.period().endDate(),
        summary.period().length(),
        summary.revenue().currencyCode(),
        summary.revenue().amount(),
        summary.totalAssets().amount(),
        summary.totalLiabilities().amount(),
        summary.netProfit().amount());
  }

  /** Every field checked. */
  public Validation<Seq<FieldError>, FinancialStatementSummary> validate() {
    FieldErrors errors = new FieldErrors();
    if (periodEnd == null) {
      errors.add(FieldError.required("periodEnd"));
    }
    if (periodLength == null) {
      errors.add(FieldError.required("periodLength"));
    }
    Currency unit =
        currency == null ? Currency.getInstance("CNY") : errors.check("currency", Money.parseCurrency(currency));
    Money rev = amount(errors, "revenue", revenue, unit, false);
    Money assets = amount(errors, "totalAssets", totalAssets, unit, false);
    Money liabilities = amount(errors, "totalLiabilities", totalLiabilities, unit, false);
    Money profit = amount(errors, "netProfit", netProfit, unit, true);
    return errors.orElse(
        () ->
            new FinancialStatementSummary(
                new ReportingPeriod(periodEnd, periodLength), rev, assets, liabilities, profit));
  }

  static @Nullable Money amount(
      FieldErrors errors,
      String path,
      @Nullable BigDecimal value,
      @Nullable Currency currency,
      boolean mayBeNegative) {
    if (value == null) {
      errors.add(FieldError.required(path));
      return null;
    }
    if (!mayBeNegative && value.signum() < 0) {
      errors.add(FieldError.outOfRange(path, "zero or more"));
      return null;
    }
    return currency == null ? null : Money.of(value, currency);
  }
}
