package io.github.bankcrm.examples.spark;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.scoring.score.FactorPoints;
import java.io.Serializable;
import java.util.Objects;

/**
 * One factor of one customer's score as a Spark row: a JavaBean, so that {@code Encoders.bean} maps it
 * to the columns {@code customerId, factor, rawValue, points, share}. Spark needs the no-argument
 * constructor and the setters; code should build rows with {@link #of}.
 */
public final class FactorRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String customerId;
  private String factor;
  private double rawValue;
  private int points;
  private double share;

  /** An empty row, for Spark's encoder. */
  public FactorRow() {}

  /**
   * The row of one factor of a customer's explanation.
   *
   * @param customer the customer scored
   * @param factor the factor's points
   * @return the row
   */
  public static FactorRow of(CustomerId customer, FactorPoints factor) {
    requireNonNull(customer, "customer");
    requireNonNull(factor, "factor");
    FactorRow row = new FactorRow();
    row.customerId = customer.value();
    row.factor = factor.factor().name();
    row.rawValue = factor.rawValue();
    row.points = factor.points();
    row.share = factor.share();
    return row;
  }

  /** @return the customer's number */
  public String getCustomerId() {
    return customerId;
  }

  /** @param customerId the customer's number */
  public void setCustomerId(String customerId) {
    this.customerId = customerId;
  }

  /** @return the factor's name, such as {@code CONTRIBUTION} */
  public String getFactor() {
    return factor;
  }

  /** @param factor the factor's name */
  public void setFactor(String factor) {
    this.factor = factor;
  }

  /** @return the factor's raw value before levelling */
  public double getRawValue() {
    return rawValue;
  }

  /** @param rawValue the factor's raw value */
  public void setRawValue(double rawValue) {
    this.rawValue = rawValue;
  }

  /** @return the whole points the factor adds to the score */
  public int getPoints() {
    return points;
  }

  /** @param points the factor's points */
  public void setPoints(int points) {
    this.points = points;
  }

  /** @return the factor's points over the score, 0 when the score is 0 */
  public double getShare() {
    return share;
  }

  /** @param share the factor's share */
  public void setShare(double share) {
    this.share = share;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FactorRow row
        && Objects.equals(customerId, row.customerId)
        && Objects.equals(factor, row.factor)
        && Double.compare(rawValue, row.rawValue) == 0
        && points == row.points
        && Double.compare(share, row.share) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(customerId, factor, rawValue, points, share);
  }

  /** Figures and codes only: a score row carries no personal data. */
  @Override
  public String toString() {
    return "FactorRow[" + customerId + ", " + factor + ", raw=" + rawValue + ", points=" + points + ", share=" + share + "]";
  }
}
