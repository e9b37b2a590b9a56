package io.github.bankcrm.core.holding;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * Who served a customer for a period: a branch [经营机构] and, usually, a relationship manager [客户经理].
 * The period is half-open, {@code [from, until)}: the next assignment starts on the day this one ends,
 * so a day is covered by exactly one assignment.
 *
 * @param manager the relationship manager, or {@code null} if the unit served the customer without one
 * @param unit the serving unit
 * @param from the first day of service
 * @param until the first day no longer served, after {@code from}; {@code null} while current
 */
public record ServiceAssignment(
    @Nullable RelationshipManagerId manager,
    OrganizationUnitId unit,
    LocalDate from,
    @Nullable LocalDate until) {

  public ServiceAssignment {
    requireNonNull(unit, "unit");
    requireNonNull(from, "from");
    if (until != null && !until.isAfter(from)) {
      throw new IllegalArgumentException("an assignment ends after it starts");
    }
  }

  /**
   * Whether this assignment served the customer on a day.
   *
   * @param day the day
   * @return whether {@code from <= day < until}
   */
  public boolean covers(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(from) && (until == null || day.isBefore(until));
  }

  /**
   * Whether the assignment has not ended.
   *
   * @return whether {@code until} is unset
   */
  @JsonIgnore
  public boolean isCurrent() {
    return until == null;
  }

  /**
   * The same assignment, ended.
   *
   * @param day the first day no longer served
   * @return the ended assignment
   */
  ServiceAssignment endedOn(LocalDate day) {
    return new ServiceAssignment(manager, unit, from, day);
  }
}
