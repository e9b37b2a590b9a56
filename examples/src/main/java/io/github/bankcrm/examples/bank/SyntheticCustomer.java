package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.interaction.RecordInteraction;
import io.github.bankcrm.core.relationship.EstablishRelationship;
import io.github.bankcrm.core.shared.Nullable;
import java.util.List;
import java.util.Optional;

/**
 * One customer of the synthetic bank with everything planted around it.
 *
 * @param registration the registration (version 1), ready for {@code Customers.save} or a bulk load
 * @param tier the value the generator meant the customer to have
 * @param accounts the accounts the customer owns
 * @param loans the loans the customer borrows under
 * @param interactions contacts and complaints, oldest first
 * @param links relationships [关联关系] between this customer and customers generated before it:
 *     spouse, parent and child, shareholding (a chain of companies), legal representative
 * @param duplicate if this record duplicates an earlier one, which and how; otherwise {@code null}
 */
public record SyntheticCustomer(
    CustomerUpdate registration,
    ValueTier tier,
    List<SyntheticAccount> accounts,
    List<SyntheticLoan> loans,
    List<RecordInteraction> interactions,
    List<EstablishRelationship> links,
    @Nullable PlantedDuplicate duplicate) {

  /**
   * @throws NullPointerException if a required part is missing
   */
  public SyntheticCustomer {
    requireNonNull(registration, "registration");
    requireNonNull(tier, "tier");
    accounts = List.copyOf(accounts);
    loans = List.copyOf(loans);
    interactions = List.copyOf(interactions);
    links = List.copyOf(links);
  }

  /**
   * The customer's number.
   *
   * @return the ID
   */
  public CustomerId id() {
    return registration.customer().id();
  }

  /**
   * The ground truth if this record is a planted duplicate.
   *
   * @return the duplicate's description, or empty for an original record
   */
  public Optional<PlantedDuplicate> plantedDuplicate() {
    return Optional.ofNullable(duplicate);
  }
}
