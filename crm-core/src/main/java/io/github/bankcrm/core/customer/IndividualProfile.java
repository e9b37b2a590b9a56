package io.github.bankcrm.core.customer;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.Mask;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything the bank knows about a natural person, validated. Built from an
 * {@link IndividualProfileForm}; {@link #toString()} reveals no personal data.
 *
 * @param name legal name and alternative spellings
 * @param identityDocuments at least one, no two with the same {@code key()}
 * @param birthDate date of birth; agrees with a resident identity number if there is one
 * @param gender gender; agrees with a resident identity number if there is one
 * @param nationality nationality
 * @param maritalStatus marital status
 * @param education highest education completed
 * @param employment work information
 * @param household declared household income and assets
 * @param contact contact points and consent
 */
public record IndividualProfile(
    PersonName name,
    List<IdentityDocument> identityDocuments,
    LocalDate birthDate,
    Gender gender,
    CountryCode nationality,
    MaritalStatus maritalStatus,
    Education education,
    Employment employment,
    HouseholdFinances household,
    ContactPoints contact) {

  public IndividualProfile {
    requireNonNull(name, "name");
    identityDocuments = List.copyOf(requireNonNull(identityDocuments, "identityDocuments"));
    requireNonNull(birthDate, "birthDate");
    requireNonNull(gender, "gender");
    requireNonNull(nationality, "nationality");
    requireNonNull(maritalStatus, "maritalStatus");
    requireNonNull(education, "education");
    requireNonNull(employment, "employment");
    requireNonNull(household, "household");
    requireNonNull(contact, "contact");
    if (identityDocuments.isEmpty()) {
      throw new IllegalArgumentException("an individual needs at least one identity document");
    }
    if (identityDocuments.stream().map(IdentityDocument::key).distinct().count()
        != identityDocuments.size()) {
      throw new IllegalArgumentException("the same identity document appears twice");
    }
  }

  /** The resident identity number, if the customer has a resident identity card. */
  public Optional<ResidentIdNumber> residentIdNumber() {
    return identityDocuments.stream()
        .filter(document -> document.type() == IdentityDocumentType.RESIDENT_ID_CARD)
        .findFirst()
        .flatMap(IdentityDocument::residentIdNumber);
  }

  /** The profile as the change record sees it. */
  AuditView auditView() {
    AuditView view = new AuditView().masked("name.legalName", name.legalName(), Mask::name);
    name.alternatives()
        .forEach((script, spelling) -> view.masked("name.alternatives." + script, spelling, Mask::name));
    identityDocuments.forEach(view::document);
    view.masked("birthDate", birthDate, date -> date.substring(0, 4) + "-**-**")
        .plain("gender", gender)
        .plain("nationality", nationality)
        .plain("maritalStatus", maritalStatus)
        .plain("education", education)
        .plain("employment.occupation", employment.occupation())
        .masked("employment.employer", employment.employer(), Mask::everything)
        .plain("employment.jobTitle", employment.jobTitle())
        .masked("household.annualIncome", household.annualIncome(), Mask::everything)
        .masked("household.assets", household.assets(), Mask::everything);
    return contact.addTo(view);
  }

  @Override
  public String toString() {
    return "IndividualProfile[name="
        + name
        + ", documents="
        + identityDocuments
        + ", nationality="
        + nationality
        + "]";
  }
}
