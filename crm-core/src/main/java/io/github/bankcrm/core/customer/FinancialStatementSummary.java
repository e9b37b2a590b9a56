package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Money;
import java.util.stream.Stream;

/**
 * The headline figures of one financial statement [财务报表摘要], all in one currency. Revenue, total
 * assets and total liabilities are never negative; net profit may be (a loss).
 *
 * @param period the period covered
 * @param revenue operating revenue [营业收入]
 * @param totalAssets total assets [资产总额]
 * @param totalLiabilities total liabilities [负债总额]
 * @param netProfit net profit [净利润]
 */
public record FinancialStatementSummary(
    ReportingPeriod period, Money revenue, Money totalAssets, Money totalLiabilities, Money netProfit) {

  public FinancialStatementSummary {
    requireNonNull(period, "period");
    Stream.of(revenue, totalAssets, totalLiabilities, netProfit)
        .forEach(amount -> requireNonNull(amount, "amounts"));
    if (Stream.of(totalAssets, totalLiabilities, netProfit)
        .anyMatch(amount -> !amount.currency().equals(revenue.currency()))) {
      throw new IllegalArgumentException("all figures of a statement must be in one currency");
    }
    if (revenue.isNegative() || totalAssets.isNegative() || totalLiabilities.isNegative()) {
      throw new IllegalArgumentException("revenue, assets and liabilities cannot be negative");
    }
  }

  /** Total liabilities over total assets, the debt ratio [资产负债率]; empty for zero assets. */
  public java.util.Optional<java.math.BigDecimal> debtRatio() {
    if (totalAssets.amount().signum() == 0) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        totalLiabilities.amount().divide(totalAssets.amount(), 4, java.math.RoundingMode.HALF_EVEN));
  }
}
