package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The period a relationship holds [有效期]: from a first day to an optional last day, <em>both
 * inclusive</em> (bank records name the last day a relationship held, 到期日). No last day means
 * open-ended.
 *
 * @param from the first day
 * @param to the last day, or {@code null} if open-ended; never before {@code from}
 */
public record Validity(LocalDate from, @Nullable LocalDate to) {

  public Validity {
    requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("a validity period cannot end before it starts");
    }
  }

  /**
   * An open-ended period.
   *
   * @param from the first day
   * @return the period
   */
  public static Validity from(LocalDate from) {
    return new Validity(from, null);
  }

  /**
   * Checks a typed period, reporting every error: {@code from} is required, {@code to} must not be
   * before it.
   *
   * @param from the first day
   * @param to the last day, or {@code null}
   * @return the period, or the field errors under the paths {@code from} and {@code to}
   */
  public static Validation<Seq<FieldError>, Validity> parse(
      @Nullable LocalDate from, @Nullable LocalDate to) {
    FieldErrors errors = new FieldErrors();
    if (from == null) {
      errors.add(FieldError.required("from"));
    } else if (to != null && to.isBefore(from)) {
      errors.add(FieldError.outOfRange("to", "on or after the first day"));
    }
    return errors.orElse(() -> new Validity(from, to));
  }

  /**
   * The last day, if the period has one.
   *
   * @return the last day
   */
  public Optional<LocalDate> lastDay() {
    return Optional.ofNullable(to);
  }

  /**
   * Whether the period holds on a day.
   *
   * @param day the day
   * @return whether {@code from <= day <= to}
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  /**
   * Whether the two periods share at least one day.
   *
   * @param other the other period
   * @return whether they overlap
   */
  public boolean overlaps(Validity other) {
    requireNonNull(other, "other");
    return (other.to == null || !from.isAfter(other.to)) && (to == null || !other.from.isAfter(to));
  }

  /**
   * The same period, ending on {@code day} unless it ends earlier already.
   *
   * @param day the last day
   * @return the shortened period
   * @throws IllegalArgumentException if {@code day} is before the first day
   */
  public Validity endingBy(LocalDate day) {
    requireNonNull(day, "day");
    return to != null && to.isBefore(day) ? this : new Validity(from, day);
  }
}
