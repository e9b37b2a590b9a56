package io.github.bankcrm.scoring.rollup;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import java.util.Map;
import java.util.Set;

/**
 * The value each relationship manager [客户经理] served in a period.
 *
 * @param byManager each manager's book
 * @param unassigned the scored customers no manager was assigned to in the period
 */
public record ManagerAttribution(Map<RelationshipManagerId, ValueRollup> byManager, Set<CustomerId> unassigned) {

  public ManagerAttribution {
    byManager = Map.copyOf(requireNonNull(byManager, "byManager"));
    unassigned = Set.copyOf(requireNonNull(unassigned, "unassigned"));
  }
}
