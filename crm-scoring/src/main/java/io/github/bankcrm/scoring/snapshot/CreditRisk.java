package io.github.bankcrm.scoring.snapshot;

/**
 * The credit-risk figures of a borrower, from the bank's rating system: expected credit loss over one
 * year is {@code probabilityOfDefault × lossGivenDefault × exposureAtDefault}.
 *
 * @param probabilityOfDefault the one-year PD, between 0 and 1
 * @param lossGivenDefault the LGD, between 0 and 1
 * @param exposureAtDefault the EAD, in minor units of the model's reporting currency; never negative
 */
public record CreditRisk(double probabilityOfDefault, double lossGivenDefault, long exposureAtDefault) {

  /** A customer with no credit exposure. */
  public static CreditRisk none() {
    return new CreditRisk(0, 0, 0);
  }
}
