package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.LifecycleFacts;
import java.time.LocalDate;
import java.util.List;

/**
 * What a {@link WarningPolicy} reads about one customer on one day: the behaviour lifecycle policies
 * read too (balance history, last activity) and what only warnings need. Numbers, dates and severities
 * only; {@link #toString()} is safe to log.
 *
 * @param behaviour the customer's balance history and last activity, as of the day assessed
 * @param activeDays the days with activity, in any order
 * @param complaints the customer's complaints
 * @param maxOverdueDays the most days any due bill of the customer's loans is overdue
 * @param accountClosings the days the customer's accounts were closed
 * @param managerChanges the days the manager serving the customer changed
 * @param managerLeaving whether the customer's current manager is known to be leaving
 */
public record WarningFacts(
    LifecycleFacts behaviour,
    List<LocalDate> activeDays,
    List<ComplaintFact> complaints,
    long maxOverdueDays,
    List<LocalDate> accountClosings,
    List<LocalDate> managerChanges,
    boolean managerLeaving) {

  public WarningFacts {
    requireNonNull(behaviour, "behaviour");
    activeDays = List.copyOf(activeDays);
    complaints = List.copyOf(complaints);
    accountClosings = List.copyOf(accountClosings);
    managerChanges = List.copyOf(managerChanges);
    if (maxOverdueDays < 0) {
      throw new IllegalArgumentException("overdue days are never negative");
    }
  }

  /**
   * The customer.
   *
   * @return the customer number
   */
  public CustomerId customerId() {
    return behaviour.customerId();
  }

  /**
   * The day assessed.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return behaviour.asOf();
  }
}
