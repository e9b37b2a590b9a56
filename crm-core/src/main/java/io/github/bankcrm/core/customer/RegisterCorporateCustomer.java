package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;

/**
 * Command: register a company as a customer.
 *
 * @param profile the entry form
 * @param owningUnit code of the unit that will own the customer
 * @param relationshipManager staff number of the relationship manager, or {@code null}
 * @param kycRiskRating the rating from onboarding due diligence; {@code null} means unrated
 */
public record RegisterCorporateCustomer(
    CorporateProfileForm profile,
    @Nullable String owningUnit,
    @Nullable String relationshipManager,
    KycRiskRating kycRiskRating) {

  public RegisterCorporateCustomer {
    requireNonNull(profile, "profile");
    kycRiskRating = kycRiskRating == null ? KycRiskRating.UNRATED : kycRiskRating;
  }
}
