package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocument;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Mask;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An individual customer's data as entered on a registration or maintenance screen [录入/维护], before
 * validation: every field is optional here, and {@link #validate()} reports every problem at once,
 * each with its field path and a stable code.
 *
 * <p>Build one with {@link #builder()}; prefill an edit screen with {@link #of(IndividualProfile)} and
 * change fields with the generated {@code with...} methods. Birth date and gender may be left out when
 * a resident identity number is given: they are read from it.
 *
 * @param legalName legal name as on the identity document
 * @param chineseName Chinese spelling, or {@code null}
 * @param latinName Latin spelling (Pinyin or passport name), or {@code null}
 * @param identityDocuments identity documents, at least one
 * @param birthDate date of birth, or {@code null} to take it from the resident identity number
 * @param gender gender, or {@code null} to take it from the resident identity number
 * @param nationality ISO 3166-1 code; {@code null} means China
 * @param maritalStatus marital status, or {@code null} for not stated
 * @param education highest education, or {@code null} for not stated
 * @param occupation occupation, or {@code null}
 * @param employer employer's name, or {@code null}
 * @param jobTitle position held, or {@code null}
 * @param householdCurrency ISO 4217 currency of the household figures; {@code null} means CNY
 * @param householdAnnualIncome yearly household income, or {@code null}
 * @param householdAssets household assets, or {@code null}
 * @param mobile mobile number, or {@code null}
 * @param phones fixed-line numbers
 * @param email e-mail address, or {@code null}
 * @param addresses postal addresses
 * @param preferredChannel preferred contact channel, or {@code null}
 * @param marketingConsent consent to marketing contact; {@code null} means no
 */
@Value.Builder
public record IndividualProfileForm(
    @Nullable String legalName,
    @Nullable String chineseName,
    @Nullable String latinName,
    List<IdentityDocumentForm> identityDocuments,
    @Nullable LocalDate birthDate,
    @Nullable Gender gender,
    @Nullable String nationality,
    @Nullable MaritalStatus maritalStatus,
    @Nullable Education education,
    @Nullable String occupation,
    @Nullable String employer,
    @Nullable String jobTitle,
    @Nullable String householdCurrency,
    @Nullable BigDecimal householdAnnualIncome,
    @Nullable BigDecimal householdAssets,
    @Nullable String mobile,
    List<String> phones,
    @Nullable String email,
    List<PostalAddressForm> addresses,
    @Nullable ContactChannel preferredChannel,
    @Nullable Boolean marketingConsent)
    implements WithIndividualProfileForm {

  /** The oldest birth date accepted. */
  static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  public IndividualProfileForm {
    identityDocuments = identityDocuments == null ? List.of() : List.copyOf(identityDocuments);
    phones = phones == null ? List.of() : List.copyOf(phones);
    addresses = addresses == null ? List.of() : List.copyOf(addresses);
  }

  /** An empty form. */
  public static IndividualProfileFormBuilder builder() {
    return new IndividualProfileFormBuilder();
  }

  /** The form a stored profile fills in, for an edit screen. */
  public static IndividualProfileForm of(IndividualProfile profile) {
    ContactPoints contact = profile.contact();
    HouseholdFinances household = profile.household();
    Money income = household.annualIncome();
    Money assets = household.assets();
    String currency =
        income != null ? income.currencyCode() : assets != null ? assets.currencyCode() : null;
    return new IndividualProfileForm(
        profile.name().legalName(),
        profile.name().in(NameScript.CHINESE).orElse(null),
        profile.name().in(NameScript.LATIN).orElse(null),
        profile.identityDocuments().stream().map(IdentityDocumentForm::of).toList(),
        profile.birthDate(),
        profile.gender(),
        profile.nationality().alpha3(),
        profile.maritalStatus(),
        profile.education(),
        profile.employment().occupation(),
        profile.employment().employer(),
        profile.employment().jobTitle(),
        currency,
        income == null ? null : income.amount(),
        assets == null ? null : assets.amount(),
        contact.mobile() == null ? null : contact.mobile().value(),
        contact.phones().stream().map(PhoneNumber::value).toList(),
        contact.email() == null ? null : contact.email().value(),
        contact.addresses().stream().map(PostalAddressForm::of).toList(),
        contact.preferredChannel(),
        contact.marketingConsent());
  }

  /** Every field checked; either the profile or every field error. */
  public Validation<Seq<FieldError>, IndividualProfile> validate() {
    FieldErrors errors = new FieldErrors();
    PersonName name = errors.checkAll("name", PersonName.parse(legalName, alternativeNames()));
    List<IdentityDocument> documents = documents(errors);
    ResidentIdNumber residentId =
        documents.stream()
            .map(IdentityDocument::residentIdNumber)
            .flatMap(java.util.Optional::stream)
            .findFirst()
            .orElse(null);
    // a mistyped resident ID is reported once, not again as a missing birth date and gender
    boolean residentIdTyped =
        identityDocuments.stream().anyMatch(document -> document.type() == IdentityDocumentType.RESIDENT_ID_CARD);
    LocalDate birth = birthDate(errors, residentId, residentIdTyped);
    Gender sex = gender(errors, residentId, residentIdTyped);
    CountryCode country =
        nationality == null ? CountryCode.CHINA : errors.check("nationality", CountryCode.parse(nationality));
    Employment work =
        new Employment(
            errors.check("employment.occupation", TextInput.optional(occupation, 100)),
            errors.check("employment.employer", TextInput.optional(employer, 200)),
            errors.check("employment.jobTitle", TextInput.optional(jobTitle, 100)));
    HouseholdFinances household = household(errors);
    ContactPoints contact = contact(errors);
    return errors.orElse(
        () ->
            new IndividualProfile(
                name,
                documents,
                birth,
                sex,
                country,
                maritalStatus == null ? MaritalStatus.NOT_STATED : maritalStatus,
                education == null ? Education.NOT_STATED : education,
                work,
                household,
                contact));
  }

  private Map<NameScript, String> alternativeNames() {
    Map<NameScript, String> names = new EnumMap<>(NameScript.class);
    if (TextInput.normalise(chineseName) != null) {
      names.put(NameScript.CHINESE, chineseName);
    }
    if (TextInput.normalise(latinName) != null) {
      names.put(NameScript.LATIN, latinName);
    }
    return names;
  }

  private List<IdentityDocument> documents(FieldErrors errors) {
    if (identityDocuments.isEmpty()) {
      errors.add(
          new FieldError("required", "identityDocuments", "at least one identity document is required"));
    }
    List<IdentityDocument> documents = new ArrayList<>();
    Set<IdentityDocumentKey> keys = new HashSet<>();
    for (int i = 0; i < identityDocuments.size(); i++) {
      IdentityDocumentForm form = identityDocuments.get(i);
      String path = "identityDocuments[" + i + "]";
      IdentityDocument document =
          errors.checkAll(
              path,
              IdentityDocument.parse(
                  form.type(), form.number(), form.issuingCountry(), form.validFrom(), form.validUntil()));
      if (document != null) {
        if (keys.add(document.key())) {
          documents.add(document);
        } else {
          errors.add(new FieldError("duplicate", path, "repeats another identity document"));
        }
      }
    }
    return documents;
  }

  private @Nullable LocalDate birthDate(
      FieldErrors errors, @Nullable ResidentIdNumber residentId, boolean residentIdTyped) {
    if (birthDate == null) {
      if (!residentIdTyped) {
        errors.add(FieldError.required("birthDate"));
      }
      return residentId == null ? null : residentId.birthDate();
    }
    LocalDate today = LocalDate.now(ZoneOffset.ofHours(8));
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
      errors.add(FieldError.outOfRange("birthDate", "between 1900-01-01 and today"));
    } else if (residentId != null && !residentId.birthDate().equals(birthDate)) {
      errors.add(
          new FieldError(
              "birth_date.mismatch", "birthDate", "does not match the resident identity number"));
    }
    return birthDate;
  }

  private @Nullable Gender gender(
      FieldErrors errors, @Nullable ResidentIdNumber residentId, boolean residentIdTyped) {
    if (gender == null) {
      if (!residentIdTyped) {
        errors.add(FieldError.required("gender"));
      }
      return residentId == null ? null : residentId.gender();
    }
    if (residentId != null && gender != residentId.gender()) {
      errors.add(
          new FieldError("gender.mismatch", "gender", "does not match the resident identity number"));
    }
    return gender;
  }

  private HouseholdFinances household(FieldErrors errors) {
    if (householdAnnualIncome == null && householdAssets == null) {
      return HouseholdFinances.UNDECLARED;
    }
    Currency currency =
        householdCurrency == null
            ? Currency.getInstance("CNY")
            : errors.check("household.currency", Money.parseCurrency(householdCurrency));
    Money income = nonNegative(errors, "household.annualIncome", householdAnnualIncome, currency);
    Money assets = nonNegative(errors, "household.assets", householdAssets, currency);
    return errors.isEmpty() ? new HouseholdFinances(income, assets) : HouseholdFinances.UNDECLARED;
  }

  private static @Nullable Money nonNegative(
      FieldErrors errors, String path, @Nullable BigDecimal amount, @Nullable Currency currency) {
    if (amount == null) {
      return null;
    }
    if (amount.signum() < 0) {
      errors.add(FieldError.outOfRange(path, "zero or more"));
      return null;
    }
    return currency == null ? null : Money.of(amount, currency);
  }

  private ContactPoints contact(FieldErrors errors) {
    MobileNumber mobileNumber =
        TextInput.normalise(mobile) == null
            ? null
            : errors.check("contact.mobile", MobileNumber.parse(mobile));
    List<PhoneNumber> phoneNumbers = new ArrayList<>();
    for (int i = 0; i < phones.size(); i++) {
      PhoneNumber phone = errors.check("contact.phones[" + i + "]", PhoneNumber.parse(phones.get(i)));
      if (phone != null) {
        phoneNumbers.add(phone);
      }
    }
    EmailAddress emailAddress =
        TextInput.normalise(email) == null ? null : errors.check("contact.email", EmailAddress.parse(email));
    List<PostalAddress> postalAddresses = new ArrayList<>();
    Set<AddressType> types = new HashSet<>();
    for (int i = 0; i < addresses.size(); i++) {
      PostalAddressForm form = addresses.get(i);
      String path = "contact.addresses[" + i + "]";
      PostalAddress address =
          errors.checkAll(
              path,
              PostalAddress.parse(
                  form.type(), form.country(), form.divisionCode(), form.line(), form.postalCode()));
      if (address != null) {
        if (types.add(address.type())) {
          postalAddresses.add(address);
        } else {
          errors.add(new FieldError("duplicate", path + ".type", "another address has this type"));
        }
      }
    }
    // judged on what was typed, so that a mistyped mobile is reported once, not twice
    boolean reachable =
        preferredChannel == null
            || ContactPoints.reaches(
                preferredChannel,
                TextInput.normalise(mobile) != null,
                !phones.isEmpty(),
                TextInput.normalise(email) != null,
                !addresses.isEmpty());
    if (!reachable) {
      errors.add(
          new FieldError(
              "channel.unreachable",
              "contact.preferredChannel",
              "has no matching contact point (add the number or address first)"));
    }
    if (!errors.isEmpty()) {
      return ContactPoints.NONE;
    }
    return new ContactPoints(
        mobileNumber,
        phoneNumbers,
        emailAddress,
        postalAddresses,
        preferredChannel,
        Boolean.TRUE.equals(marketingConsent));
  }

  @Override
  public String toString() {
    return "IndividualProfileForm[legalName=" + Mask.name(legalName) + "]";
  }
}
