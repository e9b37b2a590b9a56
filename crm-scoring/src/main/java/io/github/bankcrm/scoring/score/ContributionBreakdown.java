package io.github.bankcrm.scoring.score;

/**
 * A customer's contribution to the bank's profit [贡献度] over the snapshot's period, in minor units of
 * the model's reporting currency. Each part is rounded half up to a minor unit on its own, and the total
 * is the sum of the rounded parts, so the parts always add up to the total.
 *
 * @param depositInterest net interest income on deposits: {@code Σ balance × (FTP − customer rate) ×
 *     days / 365}
 * @param lendingInterest net interest income on loans and cards: {@code Σ balance × (customer rate −
 *     FTP) × days / 365}
 * @param feeIncome fee and commission income
 * @param operatingCost servicing cost of each product held ({@code cost per year × days / 365}) plus
 *     the cost of each channel use
 * @param expectedCreditLoss {@code PD × LGD × EAD × days / 365}
 * @param total {@code depositInterest + lendingInterest + feeIncome − operatingCost −
 *     expectedCreditLoss}
 */
public record ContributionBreakdown(
    long depositInterest,
    long lendingInterest,
    long feeIncome,
    long operatingCost,
    long expectedCreditLoss,
    long total) {

  public ContributionBreakdown {
    if (total != depositInterest + lendingInterest + feeIncome - operatingCost - expectedCreditLoss) {
      throw new IllegalArgumentException("the parts of a contribution must add up to its total");
    }
  }
}
