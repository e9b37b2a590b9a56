package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import java.math.BigDecimal;

/**
 * One shareholding on an ownership chain: {@code owner} holds {@code percentage} % of {@code owned}.
 *
 * @param relationshipId the shareholding relationship, for the audit trail
 * @param owner the shareholder
 * @param owned the owned company
 * @param percentage the percentage recorded
 */
public record OwnershipLink(
    RelationshipId relationshipId, CustomerId owner, CustomerId owned, BigDecimal percentage) {

  public OwnershipLink {
    requireNonNull(relationshipId, "relationshipId");
    requireNonNull(owner, "owner");
    requireNonNull(owned, "owned");
    requireNonNull(percentage, "percentage");
  }
}
