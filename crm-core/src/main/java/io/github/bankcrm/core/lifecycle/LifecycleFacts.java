package io.github.bankcrm.core.lifecycle;

import static java.util.Comparator.comparing;
import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link LifecyclePolicy} reads about one customer on one day: the current stage and the
 * behaviour computed from the holdings. Numbers and dates only; {@link #toString()} is safe to log.
 *
 * @param customerId the customer
 * @param stage the customer's current stage
 * @param asOf the day evaluated for
 * @param lastActivity the day of the last customer-initiated transaction, or {@code null} if none is
 *     known (conditions on activity are then false)
 * @param relationshipStart the day the first product was opened, or {@code null} for none (conditions on
 *     tenure are then false)
 * @param productsHeld how many products (open accounts and outstanding loans) the customer holds
 * @param balanceHistory total balances by day, in any order, at most one per day, none after {@code asOf}
 */
public record LifecycleFacts(
    CustomerId customerId,
    LifecycleStage stage,
    LocalDate asOf,
    @Nullable LocalDate lastActivity,
    @Nullable LocalDate relationshipStart,
    int productsHeld,
    List<BalancePoint> balanceHistory) {

  public LifecycleFacts {
    requireNonNull(customerId, "customerId");
    requireNonNull(stage, "stage");
    requireNonNull(asOf, "asOf");
    if (productsHeld < 0) {
      throw new IllegalArgumentException("productsHeld is never negative");
    }
    balanceHistory = balanceHistory.stream().sorted(comparing(BalancePoint::day)).toList();
    for (int i = 1; i < balanceHistory.size(); i++) {
      if (balanceHistory.get(i).day().equals(balanceHistory.get(i - 1).day())) {
        throw new IllegalArgumentException("one balance point per day");
      }
    }
    if (!balanceHistory.isEmpty() && balanceHistory.get(balanceHistory.size() - 1).day().isAfter(asOf)) {
      throw new IllegalArgumentException("no balance point after asOf");
    }
  }

  /**
   * Days from the last activity to {@code asOf}.
   *
   * @return the days, or empty if no activity is known
   */
  public Optional<Long> daysSinceLastActivity() {
    return Optional.ofNullable(lastActivity).map(day -> ChronoUnit.DAYS.between(day, asOf));
  }

  /**
   * Days from the start of the relationship to {@code asOf}.
   *
   * @return the days, or empty if the customer never held a product
   */
  public Optional<Long> tenureDays() {
    return Optional.ofNullable(relationshipStart).map(day -> ChronoUnit.DAYS.between(day, asOf));
  }

  /**
   * The change of the total balance over the last {@code windowDays} days, in percent: from the last
   * point on or before {@code asOf - windowDays} to the last point on or before {@code asOf}. A fall
   * from 100 000 to 40 000 is {@code -60.00}.
   *
   * @param windowDays the window, at least 1
   * @return the change, two decimals; empty if there is no point at the window's start or the balance
   *     there was zero (a change from nothing has no percentage)
   */
  public Optional<BigDecimal> balanceChangePercent(int windowDays) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("the window is at least one day");
    }
    Optional<BalancePoint> start = lastOnOrBefore(asOf.minusDays(windowDays));
    Optional<BalancePoint> end = lastOnOrBefore(asOf);
    if (start.isEmpty() || end.isEmpty() || start.get().total().signum() == 0) {
      return Optional.empty();
    }
    BigDecimal from = start.get().total();
    return Optional.of(
        end.get().total().subtract(from).multiply(BigDecimal.valueOf(100)).divide(from, 2, RoundingMode.HALF_EVEN));
  }

  private Optional<BalancePoint> lastOnOrBefore(LocalDate day) {
    BalancePoint found = null;
    for (BalancePoint point : balanceHistory) {
      if (point.day().isAfter(day)) {
        break;
      }
      found = point;
    }
    return Optional.ofNullable(found);
  }
}
