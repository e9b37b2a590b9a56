package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * The facts a {@link SegmentRule} reads about one customer: the customer, the balance summary, the
 * value tier if scoring supplied one, and the day of the evaluation (ages are counted on it).
 *
 * <p>{@link #toString()} shows the customer number only.
 *
 * @param customer the customer
 * @param balances the customer's balance summary
 * @param tier the value tier from scoring, such as {@code PLATINUM}, or {@code null} if the customer
 *     has none (a tier condition is then false)
 * @param evaluationDate the day the segment is evaluated for
 */
public record SegmentSubject(
    Customer customer, BalanceSummary balances, @Nullable String tier, LocalDate evaluationDate) {

  public SegmentSubject {
    requireNonNull(customer, "customer");
    requireNonNull(balances, "balances");
    requireNonNull(evaluationDate, "evaluationDate");
    if (!balances.customerId().equals(customer.id())) {
      throw new IllegalArgumentException("the balance summary must be the customer's own");
    }
  }

  /**
   * A subject without a tier.
   *
   * @param customer the customer
   * @param balances the customer's balance summary
   * @param evaluationDate the day of the evaluation
   * @return the subject
   */
  public static SegmentSubject of(Customer customer, BalanceSummary balances, LocalDate evaluationDate) {
    return new SegmentSubject(customer, balances, null, evaluationDate);
  }

  /**
   * The same subject with a value tier.
   *
   * @param newTier the tier, or {@code null} for none
   * @return the subject
   */
  public SegmentSubject withTier(@Nullable String newTier) {
    return new SegmentSubject(customer, balances, newTier, evaluationDate);
  }

  /**
   * The customer number, tier and date; no personal data.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "SegmentSubject[customer=" + customer.id() + ", tier=" + tier + ", on=" + evaluationDate + "]";
  }
}
