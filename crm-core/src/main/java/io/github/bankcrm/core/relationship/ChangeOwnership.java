package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * Records a new percentage for a shareholding [变更持股比例].
 *
 * @param relationshipId the shareholding
 * @param expectedVersion the version the caller saw
 * @param ownershipPercentage the new percentage, as typed
 */
public record ChangeOwnership(
    RelationshipId relationshipId, long expectedVersion, @Nullable BigDecimal ownershipPercentage) {

  public ChangeOwnership {
    requireNonNull(relationshipId, "relationshipId");
  }
}
