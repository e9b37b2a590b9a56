package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;
import java.time.LocalDate;

/**
 * Ends a relationship [解除关联]: it is kept for the record, no longer counts, and cannot be edited.
 *
 * @param relationshipId the relationship
 * @param expectedVersion the version the caller saw
 * @param lastDay the last day the relationship held, as typed; the validity period ends then unless it
 *     ends earlier already
 */
public record EndRelationship(
    RelationshipId relationshipId, long expectedVersion, @Nullable LocalDate lastDay) {

  public EndRelationship {
    requireNonNull(relationshipId, "relationshipId");
  }
}
