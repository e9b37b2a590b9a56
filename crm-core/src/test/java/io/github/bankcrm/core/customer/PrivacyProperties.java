package io.github.bankcrm.core.customer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import io.github.bankcrm.core.CapturedLogs;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Personal financial information never leaves the library unmasked (DOMAIN.md §7): for generated
 * customers, neither {@code toString()} of anything the customer API hands out, nor the log output of
 * the maintenance flows, nor the field errors of a refused form contains a full resident ID or other
 * document number, a full mobile, phone number or e-mail address, an address line, or a full legal name
 * or alternative spelling of two characters or more.
 *
 * <p>Document numbers shorter than eight characters are not checked: a five-digit passport number can
 * occur by chance inside a company's published figures, which are not personal data. Resident IDs are
 * always eighteen characters long.
 */
class PrivacyProperties {

  private static final int SHORTEST_CHECKED_NAME = 2;
  private static final int SHORTEST_CHECKED_NUMBER = 8;

  // --- toString ---------------------------------------------------------------------------------

  @Property(tries = 200)
  void nothing_made_from_an_individual_form_shows_personal_data(
      @ForAll("individualForms") IndividualProfileForm form) {
    Set<String> secrets = secretsOf(form);
    IndividualProfile profile = form.validate().get();
    ContactPoints contact = profile.contact();

    List<Object> shown = new ArrayList<>();
    shown.add(form);
    shown.addAll(form.identityDocuments());
    shown.addAll(form.addresses());
    shown.add(profile);
    shown.add(profile.name());
    shown.addAll(profile.identityDocuments());
    profile.identityDocuments().forEach(document -> shown.add(document.key()));
    profile.residentIdNumber().ifPresent(shown::add);
    shown.add(profile.employment());
    shown.add(profile.household());
    shown.add(contact);
    shown.addAll(contact.phones());
    shown.addAll(contact.addresses());
    if (contact.mobile() != null) {
      shown.add(contact.mobile());
      shown.add(new CustomerSearch.ByMobile(contact.mobile()));
    }
    if (contact.email() != null) {
      shown.add(contact.email());
    }
    profile.name().allSpellings().forEach(name -> shown.add(new CustomerSearch.ByName(name)));
    shown.add(new RegisterIndividualCustomer(form, "BJ01", "RM001", KycRiskRating.LOW));
    shown.add(new ChangeIndividualProfile(CustomerId.of("C1"), 1, form));
    shown.add(form.validate());

    assertHidden(secrets, shown);
  }

  @Property(tries = 100)
  void nothing_a_customer_history_produces_shows_personal_data(
      @ForAll("histories") List<CustomerUpdate> history) {
    Set<String> secrets = new LinkedHashSet<>();
    List<Object> shown = new ArrayList<>();
    for (CustomerUpdate update : history) {
      secrets.addAll(secretsOf(update.customer()));
      shown.add(update);
      shown.add(update.customer());
      shown.add(update.changeRecord());
      shown.addAll(update.changeRecord().changes());
      shown.addAll(update.events());
      if (update.customer() instanceof CorporateCustomer company) {
        shown.add(company.profile());
        shown.add(company.profile().licence());
        shown.add(CorporateProfileForm.of(company.profile()));
      }
    }

    assertHidden(secrets, shown);
  }

  // --- field errors -----------------------------------------------------------------------------

  @Property(tries = 200)
  void the_field_errors_of_a_refused_individual_form_never_repeat_the_input(
      @ForAll("individualForms") IndividualProfileForm valid, @ForAll("badInput") BadInput bad) {
    IndividualProfileForm refused = bad.spoil(valid);
    Set<String> secrets = secretsOf(refused);
    secrets.addAll(secretsOf(valid));
    secrets.addAll(bad.values());

    var result = refused.validate();

    assertThat(result.isInvalid()).isTrue();
    List<Object> shown = new ArrayList<>();
    for (FieldError error : result.getError()) {
      shown.addAll(List.of(error, error.code(), error.path(), error.message()));
    }
    CustomerError.InvalidCustomerData data = new CustomerError.InvalidCustomerData(result.getError().asJava());
    shown.addAll(List.of(result, data, data.message()));
    assertHidden(secrets, shown);
  }

  @Property(tries = 200)
  void the_field_errors_of_a_refused_corporate_form_never_repeat_the_legal_representative(
      @ForAll("corporateForms") CorporateProfileForm valid, @ForAll("digits") String digit) {
    String representative = valid.legalRepresentative() + digit;
    var result = valid.withLegalRepresentative(representative).validate();

    assertThat(result.isInvalid()).isTrue();
    assertHidden(Set.of(representative, valid.legalRepresentative()), List.of(result, result.getError()));
  }

  // --- logs -------------------------------------------------------------------------------------

  @Property(tries = 100)
  void the_maintenance_flows_log_no_personal_data(
      @ForAll("individualForms") IndividualProfileForm person,
      @ForAll("individualForms") IndividualProfileForm changedPerson,
      @ForAll("corporateForms") CorporateProfileForm company,
      @ForAll("corporateForms") CorporateProfileForm changedCompany,
      @ForAll("badInput") BadInput bad) {
    Set<String> secrets = new LinkedHashSet<>();
    Stream.of(person, changedPerson, bad.spoil(person)).forEach(form -> secrets.addAll(secretsOf(form)));
    Stream.of(company, changedCompany).forEach(form -> secrets.addAll(secretsOf(form)));
    secrets.addAll(bad.values());

    List<Object> shown = new ArrayList<>();
    List<ILoggingEvent> logged =
        capturingLogs(() -> shown.addAll(runMaintenance(person, changedPerson, company, changedCompany, bad)));

    assertThat(logged).as("the flows log their saves and refusals").hasSizeGreaterThanOrEqualTo(6);
    List<Object> logText = new ArrayList<>();
    for (ILoggingEvent event : logged) {
      logText.add(event.getFormattedMessage());
      logText.add(event.getMDCPropertyMap());
      if (event.getArgumentArray() != null) {
        logText.addAll(Arrays.asList(event.getArgumentArray()));
      }
      for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
        logText.add(thrown.getMessage());
      }
    }
    assertHidden(secrets, logText);
    assertHidden(secrets, shown);
  }

  /** Walks both kinds of customer through success and every kind of refusal; returns all results. */
  private static List<Object> runMaintenance(
      IndividualProfileForm person,
      IndividualProfileForm changedPerson,
      CorporateProfileForm company,
      CorporateProfileForm changedCompany,
      BadInput bad) {
    InMemoryCustomers customers = new InMemoryCustomers();
    CustomerMaintenance maintenance =
        new CustomerMaintenance(
            customers,
            new InMemoryOrganizationUnits(OrganizationFixture.hierarchy()),
            CustomerNumbering.randomUuid(),
            Clock.fixed(CustomerFixture.NOW, ZoneOffset.UTC));
    AccessScope everything = AccessScope.unrestricted();
    AccessScope beijing = OrganizationFixture.scopeOf("BJ");
    var teller = CustomerFixture.TELLER;
    List<Either<CustomerError, CustomerUpdate>> results = new ArrayList<>();

    var registered =
        maintenance.registerIndividual(
            everything, teller, new RegisterIndividualCustomer(person, "BJ01", "RM001", KycRiskRating.LOW));
    assertThat(registered.isRight()).as("registered: %s", registered).isTrue();
    CustomerId personId = registered.get().customer().id();
    results.add(registered);
    results.add(
        maintenance.registerIndividual(
            everything, teller, new RegisterIndividualCustomer(person, "BJ02", null, null)));
    results.add(
        maintenance.registerIndividual(
            beijing, teller, new RegisterIndividualCustomer(bad.spoil(person), "BJ01", "bad manager", null)));
    results.add(
        maintenance.registerIndividual(
            beijing, teller, new RegisterIndividualCustomer(changedPerson, "SH01", null, null)));
    results.add(
        maintenance.changeProfile(
            everything, teller, new ChangeIndividualProfile(personId, 1, bad.spoil(changedPerson))));
    results.add(
        maintenance.changeProfile(everything, teller, new ChangeIndividualProfile(personId, 1, changedPerson)));
    results.add(maintenance.changeProfile(everything, teller, new ChangeIndividualProfile(personId, 1, person)));
    long version = customers.findById(everything, personId).orElseThrow().version();
    results.add(
        maintenance.reassign(everything, teller, new ReassignCustomer(personId, version, "SH01", "RM002")));
    results.add(maintenance.reassign(beijing, teller, new ReassignCustomer(personId, version + 1, "BJ02", null)));
    results.add(maintenance.rateKycRisk(everything, teller, new RateKycRisk(personId, version + 1, KycRiskRating.HIGH)));
    results.add(maintenance.rateKycRisk(everything, teller, new RateKycRisk(personId, version + 2, KycRiskRating.HIGH)));
    results.add(maintenance.rateKycRisk(beijing, teller, new RateKycRisk(personId, version + 2, KycRiskRating.LOW)));

    var company1 =
        maintenance.registerCorporate(
            everything, teller, new RegisterCorporateCustomer(company, "SH", null, KycRiskRating.MEDIUM));
    results.add(company1);
    results.add(
        maintenance.registerCorporate(everything, teller, new RegisterCorporateCustomer(company, "BJ", null, null)));
    company1.forEach(update -> {
      CustomerId companyId = update.customer().id();
      results.add(
          maintenance.changeProfile(everything, teller, new ChangeCorporateProfile(companyId, 1, changedCompany)));
      results.add(
          maintenance.changeProfile(everything, teller, new ChangeIndividualProfile(companyId, 2, person)));
      results.add(
          maintenance.changeProfile(
              everything, teller,
              new ChangeCorporateProfile(companyId, 2, changedCompany.withLegalRepresentative("X1"))));
    });

    List<Object> shown = new ArrayList<>();
    for (Either<CustomerError, CustomerUpdate> result : results) {
      shown.add(result);
      if (result.isLeft()) {
        shown.add(result.getLeft().message());
      }
    }
    shown.addAll(customers.changes(everything, personId));
    shown.add(customers.search(everything, new CustomerSearch.ByName(person.legalName()), PageRequest.first(10)));
    return shown;
  }

  private static List<ILoggingEvent> capturingLogs(Runnable action) {
    return CapturedLogs.during(action);
  }

  // --- secrets ----------------------------------------------------------------------------------

  private static Set<String> secretsOf(IndividualProfileForm form) {
    Set<String> secrets = new LinkedHashSet<>();
    Stream.of(form.legalName(), form.chineseName(), form.latinName()).forEach(name -> addName(secrets, name));
    form.identityDocuments().forEach(document -> addNumber(secrets, document.number()));
    if (form.mobile() != null) {
      secrets.add(form.mobile());
      MobileNumber.parse(form.mobile()).forEach(mobile -> secrets.add(mobile.value()));
    }
    if (form.email() != null) {
      secrets.add(form.email());
      EmailAddress.parse(form.email()).forEach(email -> secrets.add(email.value()));
    }
    secrets.addAll(form.phones());
    form.addresses().forEach(address -> secrets.add(address.line()));
    return secrets;
  }

  private static Set<String> secretsOf(CorporateProfileForm form) {
    Set<String> secrets = new LinkedHashSet<>();
    addName(secrets, form.legalRepresentative());
    return secrets;
  }

  private static Set<String> secretsOf(Customer customer) {
    if (customer instanceof IndividualCustomer person) {
      return secretsOf(IndividualProfileForm.of(person.profile()));
    }
    return secretsOf(CorporateProfileForm.of(((CorporateCustomer) customer).profile()));
  }

  private static void addName(Set<String> secrets, String name) {
    if (name != null && name.strip().codePointCount(0, name.strip().length()) >= SHORTEST_CHECKED_NAME) {
      secrets.add(name.strip());
    }
  }

  private static void addNumber(Set<String> secrets, String number) {
    if (number != null && number.strip().length() >= SHORTEST_CHECKED_NUMBER) {
      secrets.add(number.strip());
    }
  }

  private static void assertHidden(Set<String> secrets, List<?> shown) {
    for (Object object : shown) {
      String text = String.valueOf(object);
      for (String secret : secrets) {
        assertThat(text)
            .as("%s must not show %s", object == null ? "null" : object.getClass().getSimpleName(), secret)
            .doesNotContain(secret);
      }
    }
  }

  // --- generators -------------------------------------------------------------------------------

  /**
   * Personal data typed wrongly: a mobile with a second digit of 0-2, an e-mail without {@code @}, a
   * resident ID with a wrong check character, and a name with a digit in it.
   */
  record BadInput(String mobile, String email, String residentId, String nameDigit) {

    List<String> values() {
      return List.of(mobile, email, residentId);
    }

    IndividualProfileForm spoil(IndividualProfileForm form) {
      List<IdentityDocumentForm> documents = new ArrayList<>(form.identityDocuments());
      documents.add(0, IdentityDocumentForm.residentIdCard(residentId));
      documents.removeIf(
          document -> document.type() == IdentityDocumentType.RESIDENT_ID_CARD && !residentId.equals(document.number()));
      return form.withMobile(mobile)
          .withEmail(email)
          .withLegalName(form.legalName() + nameDigit)
          .withIdentityDocuments(documents);
    }
  }

  @Provide
  Arbitrary<BadInput> badInput() {
    Arbitrary<String> mobiles =
        Combinators.combine(Arbitraries.chars().range('0', '2'), Arbitraries.strings().numeric().ofLength(9))
            .as((second, rest) -> "1" + second + rest);
    Arbitrary<String> emails = CustomerArbitraries.emails().map(email -> email.replace("@", "#"));
    Arbitrary<String> residentIds =
        io.github.bankcrm.core.identity.IdentityArbitraries.validResidentIdNumbers()
            .map(valid -> valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0'));
    return Combinators.combine(mobiles, emails, residentIds, digits()).as(BadInput::new);
  }

  @Provide
  Arbitrary<String> digits() {
    return Arbitraries.strings().numeric().ofLength(1);
  }

  @Provide
  Arbitrary<IndividualProfileForm> individualForms() {
    return CustomerArbitraries.individualProfileForms();
  }

  @Provide
  Arbitrary<CorporateProfileForm> corporateForms() {
    return CustomerArbitraries.corporateProfileForms();
  }

  @Provide
  Arbitrary<List<CustomerUpdate>> histories() {
    return CustomerArbitraries.histories();
  }
}
