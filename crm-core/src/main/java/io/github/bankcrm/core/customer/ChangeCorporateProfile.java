package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

/**
 * Command: replace a corporate customer's profile with the edited form.
 *
 * @param customerId the customer
 * @param expectedVersion the version the form was filled from
 * @param profile the edited form, complete
 */
public record ChangeCorporateProfile(
    CustomerId customerId, long expectedVersion, CorporateProfileForm profile) {

  public ChangeCorporateProfile {
    requireNonNull(customerId, "customerId");
    requireNonNull(profile, "profile");
  }
}
