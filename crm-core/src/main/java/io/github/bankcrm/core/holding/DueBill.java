package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A due bill [借据]: one drawdown under a loan contract, with what is still outstanding and whether it
 * is overdue.
 *
 * <p><b>Overdue days are computed, not stored.</b> The credit system reports the first day a payment
 * of the bill was missed and not yet made good ({@code overdueSince}); {@link #overdueDays(LocalDate)}
 * counts from it to any day asked for, that day included. A stored count would be wrong the day after
 * it was written unless every bill were rewritten nightly; a date stays true until the overdue is cured
 * (then {@code overdueSince} is cleared) and also serves instalment loans, whose overdue starts long
 * before the bill's final due date.
 *
 * @param id the due bill number
 * @param amount the amount drawn, greater than zero
 * @param outstanding what is still owed of it [余额]: zero to {@code amount}, same currency
 * @param drawnOn the day it was drawn [放款日]
 * @param dueDate the day it is due in full [到期日]; not before {@code drawnOn}
 * @param overdueSince the first overdue day, or {@code null} if nothing is overdue; only while
 *     something is outstanding, never before {@code drawnOn}
 */
public record DueBill(
    DueBillId id,
    Money amount,
    Money outstanding,
    LocalDate drawnOn,
    LocalDate dueDate,
    @Nullable LocalDate overdueSince) {

  public DueBill {
    requireNonNull(id, "id");
    requireNonNull(amount, "amount");
    requireNonNull(outstanding, "outstanding");
    requireNonNull(drawnOn, "drawnOn");
    requireNonNull(dueDate, "dueDate");
    if (amount.amount().signum() <= 0) {
      throw new IllegalArgumentException("a due bill amount is greater than zero");
    }
    if (outstanding.isNegative() || outstanding.compareTo(amount) > 0) {
      throw new IllegalArgumentException("outstanding lies between zero and the amount");
    }
    if (dueDate.isBefore(drawnOn)) {
      throw new IllegalArgumentException("a due bill is not due before it is drawn");
    }
    if (overdueSince != null
        && (outstanding.amount().signum() == 0 || overdueSince.isBefore(drawnOn))) {
      throw new IllegalArgumentException("only an outstanding bill is overdue, and not before drawing");
    }
  }

  /**
   * How many days the bill is overdue on a day [逾期天数]: from {@code overdueSince} to {@code asOf},
   * both included; 0 if nothing is overdue or {@code asOf} is before the first overdue day.
   *
   * @param asOf the day
   * @return the days overdue
   */
  public long overdueDays(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    if (overdueSince == null || asOf.isBefore(overdueSince)) {
      return 0;
    }
    return ChronoUnit.DAYS.between(overdueSince, asOf) + 1;
  }

  /**
   * Whether anything is still owed.
   *
   * @return whether the outstanding amount is above zero
   */
  @JsonIgnore
  public boolean isOutstanding() {
    return outstanding.amount().signum() > 0;
  }
}
