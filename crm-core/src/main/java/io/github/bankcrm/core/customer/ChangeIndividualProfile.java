package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

/**
 * Command: replace an individual customer's profile with the edited form.
 *
 * @param customerId the customer
 * @param expectedVersion the version the form was filled from
 * @param profile the edited form, complete
 */
public record ChangeIndividualProfile(
    CustomerId customerId, long expectedVersion, IndividualProfileForm profile) {

  public ChangeIndividualProfile {
    requireNonNull(customerId, "customerId");
    requireNonNull(profile, "profile");
  }
}
