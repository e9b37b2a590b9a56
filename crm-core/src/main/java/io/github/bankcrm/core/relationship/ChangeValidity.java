package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * Corrects the validity period of a relationship [变更有效期].
 *
 * @param relationshipId the relationship
 * @param expectedVersion the version the caller saw
 * @param validFrom the new first day, as typed
 * @param validTo the new last day (inclusive), or {@code null} for open-ended
 */
public record ChangeValidity(
    RelationshipId relationshipId,
    long expectedVersion,
    @Nullable LocalDate validFrom,
    @Nullable LocalDate validTo) {

  public ChangeValidity {
    requireNonNull(relationshipId, "relationshipId");
  }
}
