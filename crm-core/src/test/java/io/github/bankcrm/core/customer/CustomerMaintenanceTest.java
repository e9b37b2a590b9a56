package io.github.bankcrm.core.customer;

import static io.github.bankcrm.core.customer.CustomerFixture.CREDIT_CODE;
import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.RESIDENT_ID;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.customer.CustomerFixture.corporateForm;
import static io.github.bankcrm.core.customer.CustomerFixture.individualForm;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ01;
import static io.github.bankcrm.core.organization.OrganizationFixture.BJ02;
import static io.github.bankcrm.core.organization.OrganizationFixture.SH01;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The entry and maintenance flows [录入/维护流程] over the in-memory adapters. */
class CustomerMaintenanceTest {

  private static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");
  private static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");
  private static final AccessScope SHANGHAI = OrganizationFixture.scopeOf("SH");
  private static final RelationshipManagerId RM001 = RelationshipManagerId.of("RM001");
  private static final RelationshipManagerId RM002 = RelationshipManagerId.of("RM002");
  private static final Actor SUPERVISOR = Actor.of("supervisor-01");

  /** The personal data of {@link CustomerFixture#individualForm()}, none of which a record may show. */
  private static final List<String> PERSONAL_DATA =
      List.of(
          RESIDENT_ID,
          "E12310029",
          "王小红",
          "Wang Xiaohong",
          "13812345678",
          "62345678",
          "xiaohong.wang@example.com",
          "建国路",
          "Acme Software",
          "480000",
          "3200000",
          "1949-12-31");

  private InMemoryCustomers customers;
  private CustomerMaintenance maintenance;

  @BeforeEach
  void freshBank() {
    customers = new InMemoryCustomers();
    InMemoryOrganizationUnits units = new InMemoryOrganizationUnits();
    OrganizationFixture.units().forEach(unit -> assertThat(units.add(unit).isRight()).isTrue());
    AtomicInteger numbers = new AtomicInteger();
    maintenance =
        new CustomerMaintenance(
            customers,
            units,
            () -> CustomerId.of(String.format("C%05d", numbers.incrementAndGet())),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private CustomerUpdate registeredPerson(AccessScope scope, String unit, IndividualProfileForm form) {
    Either<CustomerError, CustomerUpdate> result =
        maintenance.registerIndividual(
            scope, TELLER, new RegisterIndividualCustomer(form, unit, "RM001", KycRiskRating.LOW));
    assertThat(result.isRight()).as("registered, but %s", result).isTrue();
    return result.get();
  }

  private CustomerUpdate registeredPerson() {
    return registeredPerson(BEIJING, "BJ01", individualForm());
  }

  private CustomerUpdate registeredCompany() {
    Either<CustomerError, CustomerUpdate> result =
        maintenance.registerCorporate(
            BEIJING, TELLER, new RegisterCorporateCustomer(corporateForm(), "BJ01", null, null));
    assertThat(result.isRight()).as("registered, but %s", result).isTrue();
    return result.get();
  }

  private static List<FieldError> fieldErrors(Either<CustomerError, ?> result) {
    assertThat(result.getLeft()).isInstanceOf(CustomerError.InvalidCustomerData.class);
    return ((CustomerError.InvalidCustomerData) result.getLeft()).errors();
  }

  private static IdentityDocumentKey fixturePassport() {
    return new IdentityDocumentKey(IdentityDocumentType.PASSPORT, "E12310029", CountryCode.CHINA);
  }

  private IndividualCustomer stored(CustomerId id) {
    return (IndividualCustomer) customers.findById(HEAD_OFFICE, id).orElseThrow();
  }

  @Nested
  class Registering_an_individual {

    @Test
    void stores_version_1_and_announces_it() {
      CustomerUpdate update = registeredPerson();
      Customer customer = update.customer();

      assertThat(customer.id()).isEqualTo(CustomerId.of("C00001"));
      assertThat(customer.version()).isEqualTo(1);
      assertThat(customer.owningUnit()).isEqualTo(BJ01);
      assertThat(customer.relationshipManager()).isEqualTo(RM001);
      assertThat(customer.kycRiskRating()).isEqualTo(KycRiskRating.LOW);
      assertThat(customer.createdAt()).isEqualTo(NOW);
      assertThat(update.events())
          .containsExactly(
              new CustomerEvent.CustomerRegistered(
                  customer.id(), CustomerKind.INDIVIDUAL, BJ01, TELLER, NOW));
      assertThat(customers.findById(BEIJING, customer.id())).contains(customer);
      assertThat(customers.findByIdentityDocument(BEIJING, fixturePassport())).contains(customer);
    }

    @Test
    void records_every_field_as_new_with_personal_data_masked() {
      CustomerUpdate update = registeredPerson();
      CustomerChangeRecord record = update.changeRecord();

      assertThat(record.type()).isEqualTo(ChangeType.REGISTERED);
      assertThat(record.version()).isEqualTo(1);
      assertThat(record.actor()).isEqualTo(TELLER);
      assertThat(record.changedAt()).isEqualTo(NOW);
      assertThat(record.changes()).allSatisfy(change -> assertThat(change.oldValue()).isNull());
      assertThat(record.changes())
          .extracting(FieldChange::path, FieldChange::newValue)
          .contains(
              tuple("name.legalName", "王**"),
              tuple("name.alternatives.LATIN", "W************"),
              tuple("birthDate", "1949-**-**"),
              tuple("gender", "FEMALE"),
              tuple("contact.mobile", "138****5678"),
              tuple("contact.phones[0]", "********5678"),
              tuple("contact.email", "x***@example.com"),
              tuple("contact.addresses.HOME", "CHN 110105 ***"),
              tuple("employment.employer", "***"),
              tuple("household.annualIncome", "***"));
      assertThat(record.changes())
          .extracting(FieldChange::path)
          .anySatisfy(path -> assertThat(path).startsWith("identityDocuments.RESIDENT_ID_CARD/CHN/"));
      assertThat(customers.changes(BEIJING, update.customer().id())).containsExactly(record);
    }

    @Test
    void never_writes_personal_data_into_the_change_record() {
      CustomerChangeRecord record = registeredPerson().changeRecord();

      for (FieldChange change : record.changes()) {
        assertThat(change.path()).doesNotContain(PERSONAL_DATA);
        assertThat(change.newValue()).doesNotContain(PERSONAL_DATA);
      }
      assertThat(record.toString()).doesNotContain(PERSONAL_DATA);
    }
  }

  @Nested
  class Registering_a_company {

    @Test
    void stores_version_1_and_announces_it() {
      CustomerUpdate update = registeredCompany();
      Customer customer = update.customer();

      assertThat(customer.version()).isEqualTo(1);
      assertThat(customer.kind()).isEqualTo(CustomerKind.CORPORATE);
      assertThat(customer.relationshipManager()).isNull();
      assertThat(customer.kycRiskRating()).isEqualTo(KycRiskRating.UNRATED);
      assertThat(update.events())
          .containsExactly(
              new CustomerEvent.CustomerRegistered(customer.id(), CustomerKind.CORPORATE, BJ01, TELLER, NOW));
      assertThat(customers.findByCreditCode(BEIJING, UnifiedSocialCreditCode.of(CREDIT_CODE)))
          .contains(customer);
    }

    @Test
    void records_the_company_plainly_but_masks_its_legal_representative() {
      CustomerChangeRecord record = registeredCompany().changeRecord();

      assertThat(record.type()).isEqualTo(ChangeType.REGISTERED);
      assertThat(record.changes())
          .extracting(FieldChange::path, FieldChange::newValue)
          .contains(
              tuple("registeredName", "福州星海贸易有限公司"),
              tuple("creditCode", CREDIT_CODE),
              tuple("licence.legalRepresentative", "陈**"),
              tuple("industry", "F5179 其他机械设备及电子产品批发"));
      assertThat(record.toString()).doesNotContain("陈志明");
    }
  }

  @Nested
  class A_registration_form_with_bad_fields {

    @Test
    void reports_every_bad_field_with_its_path_and_code_at_once() {
      IndividualProfileForm form =
          individualForm()
              .withLegalName("王小红2")
              .withIdentityDocuments(
                  IdentityDocumentForm.residentIdCard(RESIDENT_ID.substring(0, 17) + "1"),
                  new IdentityDocumentForm(IdentityDocumentType.PASSPORT, "E12310029", "CN", null, null))
              .withBirthDate(LocalDate.of(1949, 12, 31))
              .withGender(Gender.FEMALE)
              .withMobile("1381234567");

      Either<CustomerError, CustomerUpdate> result =
          maintenance.registerIndividual(
              BEIJING, TELLER, new RegisterIndividualCustomer(form, "bj 01", "rm 1", null));

      assertThat(fieldErrors(result))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("name.legalName", "name.digits"),
              tuple("identityDocuments[0].number", "resident_id.check_character"),
              tuple("contact.mobile", "invalid_format"),
              tuple("owningUnit", "invalid_format"),
              tuple("relationshipManager", "invalid_format"));
      assertThat(result.getLeft().code()).isEqualTo("invalid_customer_data");
      assertThat(result.getLeft().message()).doesNotContain("王小红", "1381234567", RESIDENT_ID.substring(0, 17));
    }

    @Test
    void stores_nothing() {
      maintenance.registerIndividual(
          HEAD_OFFICE,
          TELLER,
          new RegisterIndividualCustomer(individualForm().withMobile("1381234567"), "BJ01", null, null));

      assertThat(customers.findByIdentityDocument(HEAD_OFFICE, fixturePassport())).isEmpty();
      assertThat(customers.search(HEAD_OFFICE, new CustomerSearch.ByName("Wang"), PageRequest.first(10)).total())
          .isZero();
    }

    @Test
    void of_a_company_reports_its_fields_and_the_unit_together() {
      Either<CustomerError, CustomerUpdate> result =
          maintenance.registerCorporate(
              BEIJING,
              TELLER,
              new RegisterCorporateCustomer(
                  corporateForm().withIndustryCode("Z99").withRegisteredName(" "), null, null, null));

      assertThat(fieldErrors(result))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("registeredName", "required"),
              tuple("industry.code", "invalid_format"),
              tuple("owningUnit", "required"));
    }
  }

  @Nested
  class The_owning_unit {

    @Test
    void must_exist() {
      Either<CustomerError, CustomerUpdate> result =
          maintenance.registerIndividual(
              HEAD_OFFICE, TELLER, new RegisterIndividualCustomer(individualForm(), "GZ01", null, null));

      assertThat(fieldErrors(result))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("owningUnit", "unknown_unit"));
      assertThat(customers.findByIdentityDocument(HEAD_OFFICE, fixturePassport())).isEmpty();
    }

    @Test
    void must_be_within_the_callers_scope() {
      Either<CustomerError, CustomerUpdate> result =
          maintenance.registerIndividual(
              BEIJING, TELLER, new RegisterIndividualCustomer(individualForm(), "SH01", null, null));

      assertThat(result.getLeft()).isEqualTo(new CustomerError.OutsideAccessScope(SH01));
      assertThat(customers.findByIdentityDocument(HEAD_OFFICE, fixturePassport())).isEmpty();
    }
  }

  @Nested
  class Changing_a_profile {

    @Test
    void saves_the_next_version_with_the_changed_fields() {
      CustomerId id = registeredPerson().customer().id();

      Either<CustomerError, CustomerUpdate> result =
          maintenance.changeProfile(
              BEIJING,
              SUPERVISOR,
              new ChangeIndividualProfile(id, 1, individualForm().withMobile("13900001111")));

      CustomerUpdate update = result.get();
      assertThat(update.customer().version()).isEqualTo(2);
      assertThat(update.customer().createdAt()).isEqualTo(NOW);
      assertThat(update.events())
          .containsExactly(
              new CustomerEvent.CustomerProfileChanged(id, 2, List.of("contact.mobile"), SUPERVISOR, NOW));
      assertThat(stored(id).profile().contact().mobile()).isEqualTo(MobileNumber.of("13900001111"));
    }

    @Test
    void based_on_a_stale_version_is_a_conflict_and_changes_nothing() {
      CustomerId id = registeredPerson().customer().id();
      maintenance.changeProfile(
          BEIJING, TELLER, new ChangeIndividualProfile(id, 1, individualForm().withMobile("13900001111")));

      Either<CustomerError, CustomerUpdate> result =
          maintenance.changeProfile(
              BEIJING, TELLER, new ChangeIndividualProfile(id, 1, individualForm().withMobile("13700002222")));

      assertThat(result.getLeft()).isEqualTo(new CustomerError.VersionConflict(id, 1, 2));
      assertThat(stored(id).version()).isEqualTo(2);
      assertThat(stored(id).profile().contact().mobile()).isEqualTo(MobileNumber.of("13900001111"));
      assertThat(customers.changes(BEIJING, id)).hasSize(2);
    }

    @Test
    void that_changes_nothing_is_refused_as_unchanged() {
      IndividualCustomer customer = (IndividualCustomer) registeredPerson().customer();

      Either<CustomerError, CustomerUpdate> refilled =
          maintenance.changeProfile(
              BEIJING,
              TELLER,
              new ChangeIndividualProfile(customer.id(), 1, IndividualProfileForm.of(customer.profile())));
      Either<CustomerError, CustomerUpdate> retyped =
          maintenance.changeProfile(
              BEIJING,
              TELLER,
              new ChangeIndividualProfile(customer.id(), 1, individualForm().withMobile("+86 138 1234 5678")));

      assertThat(refilled.getLeft()).isEqualTo(new CustomerError.Unchanged(customer.id()));
      assertThat(retyped.getLeft()).isEqualTo(new CustomerError.Unchanged(customer.id()));
      assertThat(stored(customer.id()).version()).isEqualTo(1);
    }

    @Test
    void with_bad_fields_reports_them_and_changes_nothing() {
      CustomerId id = registeredPerson().customer().id();

      Either<CustomerError, CustomerUpdate> result =
          maintenance.changeProfile(
              BEIJING, TELLER, new ChangeIndividualProfile(id, 1, individualForm().withEmail("wang@")));

      assertThat(fieldErrors(result))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("contact.email", "invalid_format"));
      assertThat(stored(id).version()).isEqualTo(1);
    }

    @Test
    void of_a_company_with_the_individual_command_is_the_wrong_kind() {
      CustomerId id = registeredCompany().customer().id();

      Either<CustomerError, CustomerUpdate> result =
          maintenance.changeProfile(BEIJING, TELLER, new ChangeIndividualProfile(id, 1, individualForm()));

      assertThat(result.getLeft())
          .isEqualTo(new CustomerError.WrongCustomerKind(id, CustomerKind.INDIVIDUAL, CustomerKind.CORPORATE));
    }

    @Test
    void of_a_person_with_the_corporate_command_is_the_wrong_kind() {
      CustomerId id = registeredPerson().customer().id();

      Either<CustomerError, CustomerUpdate> result =
          maintenance.changeProfile(BEIJING, TELLER, new ChangeCorporateProfile(id, 1, corporateForm()));

      assertThat(result.getLeft())
          .isEqualTo(new CustomerError.WrongCustomerKind(id, CustomerKind.CORPORATE, CustomerKind.INDIVIDUAL));
    }

    @Test
    void of_a_company_records_the_changed_fields() {
      CustomerId id = registeredCompany().customer().id();

      CustomerUpdate update =
          maintenance
              .changeProfile(
                  BEIJING,
                  TELLER,
                  new ChangeCorporateProfile(
                      id, 1, corporateForm().withLegalRepresentative("林海峰").withEnterpriseSize(EnterpriseSize.LARGE)))
              .get();

      assertThat(update.changeRecord().changes())
          .containsExactly(
              new FieldChange("licence.legalRepresentative", "陈**", "林**"),
              new FieldChange("size", "MEDIUM", "LARGE"));
    }
  }

  @Nested
  class A_customer_outside_the_callers_scope {

    private CustomerId shanghaiCustomer;

    @BeforeEach
    void registeredInShanghai() {
      shanghaiCustomer = registeredPerson(SHANGHAI, "SH01", individualForm()).customer().id();
    }

    @Test
    void cannot_be_changed_rated_or_reassigned_as_if_it_did_not_exist() {
      CustomerError notFound = new CustomerError.CustomerNotFound(shanghaiCustomer);

      assertThat(
              maintenance
                  .changeProfile(
                      BEIJING,
                      TELLER,
                      new ChangeIndividualProfile(shanghaiCustomer, 1, individualForm().withMobile("13900001111")))
                  .getLeft())
          .isEqualTo(notFound);
      assertThat(
              maintenance
                  .rateKycRisk(BEIJING, TELLER, new RateKycRisk(shanghaiCustomer, 1, KycRiskRating.HIGH))
                  .getLeft())
          .isEqualTo(notFound);
      assertThat(
              maintenance
                  .reassign(BEIJING, TELLER, new ReassignCustomer(shanghaiCustomer, 1, "BJ02", null))
                  .getLeft())
          .isEqualTo(notFound);
      assertThat(stored(shanghaiCustomer).version()).isEqualTo(1);
    }

    @Test
    void has_no_visible_history() {
      assertThat(customers.changes(BEIJING, shanghaiCustomer)).isEmpty();
      assertThat(customers.changes(SHANGHAI, shanghaiCustomer)).hasSize(1);
    }
  }

  @Nested
  class Reassigning {

    @Test
    void to_another_unit_and_manager_records_both() {
      CustomerId id = registeredPerson().customer().id();

      CustomerUpdate update =
          maintenance.reassign(BEIJING, SUPERVISOR, new ReassignCustomer(id, 1, "BJ02", "RM002")).get();

      assertThat(update.customer().owningUnit()).isEqualTo(BJ02);
      assertThat(update.customer().relationshipManager()).isEqualTo(RM002);
      assertThat(update.events())
          .containsExactly(
              new CustomerEvent.CustomerReassigned(id, 2, BJ01, BJ02, RM001, RM002, SUPERVISOR, NOW));
      assertThat(update.changeRecord().type()).isEqualTo(ChangeType.REASSIGNED);
      assertThat(update.changeRecord().changes())
          .containsExactly(
              new FieldChange("owningUnit", "BJ01", "BJ02"),
              new FieldChange("relationshipManager", "RM001", "RM002"));
      assertThat(stored(id).owningUnit()).isEqualTo(BJ02);
    }

    @Test
    void to_no_manager_records_only_the_manager() {
      CustomerId id = registeredPerson().customer().id();

      CustomerUpdate update =
          maintenance.reassign(BEIJING, TELLER, new ReassignCustomer(id, 1, "BJ01", null)).get();

      assertThat(update.changeRecord().changes())
          .containsExactly(new FieldChange("relationshipManager", "RM001", null));
      assertThat(stored(id).relationshipManager()).isNull();
    }

    @Test
    void to_the_same_unit_and_manager_is_unchanged() {
      CustomerId id = registeredPerson().customer().id();

      assertThat(maintenance.reassign(BEIJING, TELLER, new ReassignCustomer(id, 1, "BJ01", "RM001")).getLeft())
          .isEqualTo(new CustomerError.Unchanged(id));
    }

    @Test
    void to_a_unit_outside_the_scope_is_refused() {
      CustomerId id = registeredPerson().customer().id();

      assertThat(maintenance.reassign(BEIJING, TELLER, new ReassignCustomer(id, 1, "SH01", null)).getLeft())
          .isEqualTo(new CustomerError.OutsideAccessScope(SH01));
      assertThat(stored(id).owningUnit()).isEqualTo(BJ01);
    }

    @Test
    void to_an_unknown_unit_is_a_field_error() {
      CustomerId id = registeredPerson().customer().id();

      assertThat(fieldErrors(maintenance.reassign(HEAD_OFFICE, TELLER, new ReassignCustomer(id, 1, "GZ01", null))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("owningUnit", "unknown_unit"));
    }

    @Test
    void based_on_a_stale_version_is_a_conflict() {
      CustomerId id = registeredPerson().customer().id();
      maintenance.rateKycRisk(BEIJING, TELLER, new RateKycRisk(id, 1, KycRiskRating.HIGH));

      assertThat(maintenance.reassign(BEIJING, TELLER, new ReassignCustomer(id, 1, "BJ02", null)).getLeft())
          .isEqualTo(new CustomerError.VersionConflict(id, 1, 2));
    }
  }

  @Nested
  class Rating_kyc_risk {

    @Test
    void records_the_old_and_new_rating() {
      CustomerId id = registeredPerson().customer().id();

      CustomerUpdate update =
          maintenance.rateKycRisk(BEIJING, SUPERVISOR, new RateKycRisk(id, 1, KycRiskRating.HIGH)).get();

      assertThat(update.customer().kycRiskRating()).isEqualTo(KycRiskRating.HIGH);
      assertThat(update.events())
          .containsExactly(
              new CustomerEvent.KycRiskRatingChanged(id, 2, KycRiskRating.LOW, KycRiskRating.HIGH, SUPERVISOR, NOW));
      assertThat(update.changeRecord().type()).isEqualTo(ChangeType.KYC_RATED);
      assertThat(update.changeRecord().changes())
          .containsExactly(new FieldChange("kycRiskRating", "LOW", "HIGH"));
      assertThat(stored(id).kycRiskRating()).isEqualTo(KycRiskRating.HIGH);
    }

    @Test
    void with_the_same_rating_is_unchanged() {
      CustomerId id = registeredPerson().customer().id();

      assertThat(maintenance.rateKycRisk(BEIJING, TELLER, new RateKycRisk(id, 1, KycRiskRating.LOW)).getLeft())
          .isEqualTo(new CustomerError.Unchanged(id));
    }
  }

  @Nested
  class The_change_history {

    @Test
    void lists_every_change_in_version_order_with_masked_old_and_new_values() {
      CustomerId id = registeredPerson().customer().id();
      maintenance.changeProfile(
          BEIJING, TELLER, new ChangeIndividualProfile(id, 1, individualForm().withMobile("13900001111")));
      maintenance.reassign(BEIJING, SUPERVISOR, new ReassignCustomer(id, 2, "BJ02", "RM002"));
      maintenance.rateKycRisk(BEIJING, SUPERVISOR, new RateKycRisk(id, 3, KycRiskRating.MEDIUM));

      List<CustomerChangeRecord> history = customers.changes(BEIJING, id);

      assertThat(history)
          .extracting(CustomerChangeRecord::version, CustomerChangeRecord::type, CustomerChangeRecord::actor)
          .containsExactly(
              tuple(1L, ChangeType.REGISTERED, TELLER),
              tuple(2L, ChangeType.PROFILE_CHANGED, TELLER),
              tuple(3L, ChangeType.REASSIGNED, SUPERVISOR),
              tuple(4L, ChangeType.KYC_RATED, SUPERVISOR));
      assertThat(history.get(1).changes())
          .containsExactly(new FieldChange("contact.mobile", "138****5678", "139****1111"));
      assertThat(history.toString()).doesNotContain("13812345678", "13900001111");
    }

    @Test
    void notices_a_changed_street_although_the_street_is_masked() {
      CustomerId id = registeredPerson().customer().id();
      IndividualProfileForm moved =
          individualForm()
              .withAddresses(
                  new PostalAddressForm(AddressType.HOME, "CHN", "110105", "朝阳区建国路99号2单元301", "100022"));

      CustomerUpdate update =
          maintenance.changeProfile(BEIJING, TELLER, new ChangeIndividualProfile(id, 1, moved)).get();

      assertThat(update.changeRecord().changes())
          .containsExactly(new FieldChange("contact.addresses.HOME", "CHN 110105 ***", "CHN 110105 ***"));
      assertThat(update.changeRecord().toString()).doesNotContain("建国路");
    }

    @Test
    void notices_a_changed_household_income_although_it_is_masked() {
      CustomerId id = registeredPerson().customer().id();

      CustomerUpdate update =
          maintenance
              .changeProfile(
                  BEIJING,
                  TELLER,
                  new ChangeIndividualProfile(
                      id, 1, individualForm().withHouseholdAnnualIncome(new BigDecimal("520000"))))
              .get();

      assertThat(update.changeRecord().changes())
          .containsExactly(new FieldChange("household.annualIncome", "***", "***"));
    }

    @Test
    void notices_a_change_to_one_of_two_similar_passports() {
      // E12345678 and E98765478 mask alike: E******78
      IdentityDocumentForm oldPassport =
          new IdentityDocumentForm(
              IdentityDocumentType.PASSPORT, "E12345678", "CHN", LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1));
      IdentityDocumentForm newPassport =
          new IdentityDocumentForm(
              IdentityDocumentType.PASSPORT, "E98765478", "CHN", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1));
      IndividualProfileForm form =
          individualForm()
              .withIdentityDocuments(IdentityDocumentForm.residentIdCard(RESIDENT_ID), oldPassport, newPassport);
      CustomerUpdate registration = registeredPerson(BEIJING, "BJ01", form);
      CustomerId id = registration.customer().id();
      assertThat(registration.changeRecord().changes())
          .filteredOn(change -> change.path().startsWith("identityDocuments.PASSPORT/CHN/E******78"))
          .hasSize(2);
      IdentityDocumentForm oldPassportExtended =
          new IdentityDocumentForm(
              IdentityDocumentType.PASSPORT, "E12345678", "CHN", LocalDate.of(2010, 1, 1), LocalDate.of(2021, 1, 1));

      Either<CustomerError, CustomerUpdate> result =
          maintenance.changeProfile(
              BEIJING,
              TELLER,
              new ChangeIndividualProfile(
                  id,
                  1,
                  form.withIdentityDocuments(
                      IdentityDocumentForm.residentIdCard(RESIDENT_ID), oldPassportExtended, newPassport)));

      assertThat(result.isRight()).as("changed, but %s", result).isTrue();
      assertThat(result.get().changeRecord().changes())
          .singleElement()
          .satisfies(
              change -> {
                assertThat(change.oldValue()).isEqualTo("E******78 2010-01-01..2020-01-01");
                assertThat(change.newValue()).isEqualTo("E******78 2010-01-01..2021-01-01");
              });
    }

    @Test
    void is_stamped_with_the_clocks_time() {
      Instant later = NOW.plus(Duration.ofHours(2));
      CustomerMaintenance laterMaintenance =
          new CustomerMaintenance(
              customers,
              new InMemoryOrganizationUnits(OrganizationFixture.hierarchy()),
              CustomerNumbering.randomUuid(),
              Clock.fixed(later, ZoneOffset.UTC));
      CustomerId id = registeredPerson().customer().id();

      CustomerUpdate update =
          laterMaintenance.rateKycRisk(BEIJING, TELLER, new RateKycRisk(id, 1, KycRiskRating.MEDIUM)).get();

      assertThat(update.changeRecord().changedAt()).isEqualTo(later);
      assertThat(update.customer().updatedAt()).isEqualTo(later);
      assertThat(update.customer().createdAt()).isEqualTo(NOW);
    }
  }
}
