package io.github.bankcrm.core.relationship;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Nullable;
import java.math.BigDecimal;

/**
 * The checked terms of a relationship to establish: what {@link EstablishRelationship#validate()}
 * returns. Field-level rules hold (a percentage exactly when the type carries one); business rules
 * (customer kinds, no relationship with oneself, duplicates, ownership total) are checked later.
 *
 * @param from the customer the relationship runs from
 * @param to the customer it runs to
 * @param type the type
 * @param ownershipPercentage the percentage held, for a shareholding only; at scale {@value
 *     OwnershipPercentage#SCALE}
 * @param validity when it holds
 * @param sourceSystem where it was recorded
 */
public record RelationshipTerms(
    CustomerId from,
    CustomerId to,
    RelationshipType type,
    @Nullable BigDecimal ownershipPercentage,
    Validity validity,
    SourceSystem sourceSystem) {

  public RelationshipTerms {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(type, "type");
    requireNonNull(validity, "validity");
    requireNonNull(sourceSystem, "sourceSystem");
    if (type.carriesPercentage() != (ownershipPercentage != null)) {
      throw new IllegalArgumentException("a percentage is required for, and only for, a shareholding");
    }
    if (ownershipPercentage != null) {
      ownershipPercentage = OwnershipPercentage.of(ownershipPercentage);
    }
  }
}
