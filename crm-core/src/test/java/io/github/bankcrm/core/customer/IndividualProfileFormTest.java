package io.github.bankcrm.core.customer;

import static io.github.bankcrm.core.customer.CustomerFixture.RESIDENT_ID;
import static io.github.bankcrm.core.customer.CustomerFixture.individualForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bankcrm.core.identity.Gender;
import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Money;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Validation of the individual customer's entry form [个人客户信息录入]. */
class IndividualProfileFormTest {

  /** The first-generation 15-digit form of {@link CustomerFixture#RESIDENT_ID}. */
  private static final String OLD_RESIDENT_ID = "110105491231002";

  private static final IdentityDocumentForm PASSPORT =
      new IdentityDocumentForm(
          IdentityDocumentType.PASSPORT, "E12310029", "CHN", LocalDate.of(2020, 1, 1), null);

  private static IndividualProfile valid(IndividualProfileForm form) {
    var result = form.validate();
    assertThat(result.isValid()).as("valid, but refused: %s", result).isTrue();
    return result.get();
  }

  private static Seq<FieldError> refused(IndividualProfileForm form) {
    var result = form.validate();
    assertThat(result.isInvalid()).as("refused").isTrue();
    return result.getError();
  }

  @Nested
  class A_complete_form {

    @Test
    void gives_the_profile_it_describes() {
      IndividualProfile profile = valid(individualForm());

      assertThat(profile.name().legalName()).isEqualTo("王小红");
      assertThat(profile.name().in(NameScript.LATIN)).contains("Wang Xiaohong");
      assertThat(profile.identityDocuments()).hasSize(2);
      assertThat(profile.residentIdNumber()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo(RESIDENT_ID));
      assertThat(profile.nationality()).isEqualTo(CountryCode.CHINA);
      assertThat(profile.employment().employer()).isEqualTo("Acme Software Ltd");
      assertThat(profile.household().annualIncome()).isEqualTo(Money.of("480000.00", "CNY"));
      assertThat(profile.contact().mobile()).isEqualTo(MobileNumber.of("13812345678"));
      assertThat(profile.contact().preferredChannel()).isEqualTo(ContactChannel.SMS);
      assertThat(profile.contact().marketingConsent()).isTrue();
    }

    @Test
    void leaves_unstated_fields_at_their_defaults() {
      IndividualProfile profile =
          valid(
              IndividualProfileForm.builder()
                  .legalName("王小红")
                  .addIdentityDocuments(IdentityDocumentForm.residentIdCard(RESIDENT_ID))
                  .build());

      assertThat(profile.nationality()).isEqualTo(CountryCode.CHINA);
      assertThat(profile.maritalStatus()).isEqualTo(MaritalStatus.NOT_STATED);
      assertThat(profile.education()).isEqualTo(Education.NOT_STATED);
      assertThat(profile.household()).isEqualTo(HouseholdFinances.UNDECLARED);
      assertThat(profile.contact()).isEqualTo(ContactPoints.NONE);
    }
  }

  @Nested
  class Birth_date_and_gender {

    @Test
    void are_read_from_the_resident_identity_number_when_left_out() {
      IndividualProfile profile = valid(individualForm().withBirthDate(null).withGender(null));

      assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
      assertThat(profile.gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void are_accepted_when_given_and_agreeing_with_the_resident_identity_number() {
      IndividualProfile profile =
          valid(individualForm().withBirthDate(LocalDate.of(1949, 12, 31)).withGender(Gender.FEMALE));

      assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void are_refused_when_given_and_disagreeing_with_the_resident_identity_number() {
      assertThat(refused(individualForm().withBirthDate(LocalDate.of(1950, 1, 1)).withGender(Gender.MALE)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("birthDate", "birth_date.mismatch"), tuple("gender", "gender.mismatch"));
    }

    @Test
    void are_required_without_a_resident_identity_card() {
      assertThat(refused(individualForm().withIdentityDocuments(PASSPORT)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(tuple("birthDate", "required"), tuple("gender", "required"));

      IndividualProfile profile =
          valid(
              individualForm()
                  .withIdentityDocuments(PASSPORT)
                  .withBirthDate(LocalDate.of(1985, 6, 1))
                  .withGender(Gender.NOT_STATED));
      assertThat(profile.birthDate()).isEqualTo(LocalDate.of(1985, 6, 1));
      assertThat(profile.residentIdNumber()).isEmpty();
    }

    @Test
    void before_1900_or_in_the_future_is_out_of_range() {
      var passportHolder = individualForm().withIdentityDocuments(PASSPORT).withGender(Gender.MALE);

      assertThat(refused(passportHolder.withBirthDate(LocalDate.of(1899, 12, 31))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("birthDate", "out_of_range"));
      assertThat(refused(passportHolder.withBirthDate(LocalDate.now().plusDays(2))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("birthDate", "out_of_range"));
    }
  }

  @Nested
  class Identity_documents {

    @Test
    void at_least_one_is_required() {
      assertThat(refused(individualForm().withIdentityDocuments(List.of())))
          .extracting(FieldError::path, FieldError::code)
          .contains(tuple("identityDocuments", "required"));
    }

    @Test
    void the_same_document_twice_is_a_duplicate() {
      assertThat(
              refused(
                  individualForm()
                      .withIdentityDocuments(
                          IdentityDocumentForm.residentIdCard(RESIDENT_ID),
                          IdentityDocumentForm.residentIdCard(" " + RESIDENT_ID.toLowerCase() + " "))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("identityDocuments[1]", "duplicate"));
    }

    @Test
    void an_old_15_digit_number_is_a_duplicate_of_its_18_digit_form() {
      assertThat(
              refused(
                  individualForm()
                      .withIdentityDocuments(
                          IdentityDocumentForm.residentIdCard(RESIDENT_ID),
                          IdentityDocumentForm.residentIdCard(OLD_RESIDENT_ID))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("identityDocuments[1]", "duplicate"));
    }

    @Test
    void a_bad_one_is_reported_under_its_index_and_field() {
      String wrongCheck = RESIDENT_ID.substring(0, 17) + "1";

      assertThat(
              refused(
                  individualForm()
                      .withBirthDate(LocalDate.of(1949, 12, 31))
                      .withGender(Gender.FEMALE)
                      .withIdentityDocuments(
                          PASSPORT,
                          IdentityDocumentForm.residentIdCard(wrongCheck),
                          new IdentityDocumentForm(IdentityDocumentType.PASSPORT, "E1", "ZZ", null, null))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("identityDocuments[1].number", "resident_id.check_character"),
              tuple("identityDocuments[2].number", "identity_document.number_length"),
              tuple("identityDocuments[2].issuingCountry", "country.unknown"));
    }
  }

  @Nested
  class Contact_points {

    @Test
    void a_preferred_channel_needs_its_contact_point() {
      assertThat(refused(individualForm().withEmail(null).withPreferredChannel(ContactChannel.EMAIL)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("contact.preferredChannel", "channel.unreachable"));
      assertThat(refused(individualForm().withMobile(" ").withPreferredChannel(ContactChannel.SMS)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("contact.preferredChannel", "channel.unreachable"));
    }

    @Test
    void branch_and_app_need_no_contact_point() {
      IndividualProfile profile =
          valid(
              individualForm()
                  .withMobile(null)
                  .withEmail(null)
                  .withPhones(List.of())
                  .withAddresses(List.of())
                  .withPreferredChannel(ContactChannel.BRANCH));

      assertThat(profile.contact().preferredChannel()).isEqualTo(ContactChannel.BRANCH);
    }

    @Test
    void a_mistyped_mobile_is_reported_once_even_if_it_is_the_preferred_channel() {
      assertThat(refused(individualForm().withMobile("12345").withPreferredChannel(ContactChannel.SMS)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("contact.mobile", "invalid_format"));
    }

    @Test
    void two_addresses_of_the_same_type_are_a_duplicate() {
      assertThat(
              refused(
                  individualForm()
                      .withAddresses(
                          new PostalAddressForm(AddressType.HOME, "CHN", "110105", "建国路88号", "100022"),
                          new PostalAddressForm(AddressType.WORK, "CHN", "110108", "中关村大街1号", "100080"),
                          new PostalAddressForm(AddressType.HOME, "CHN", "310115", "世纪大道100号", null))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("contact.addresses[2].type", "duplicate"));
    }

    @Test
    void bad_phones_and_addresses_are_reported_under_their_index() {
      assertThat(
              refused(
                  individualForm()
                      .withPhones("010-62345678", "12")
                      .withAddresses(new PostalAddressForm(AddressType.HOME, "CHN", null, "建国路88号", "1000"))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("contact.phones[1]", "invalid_format"),
              tuple("contact.addresses[0].postalCode", "invalid_format"));
    }
  }

  @Nested
  class Household_finances {

    @Test
    void negative_income_or_assets_are_out_of_range() {
      assertThat(
              refused(
                  individualForm()
                      .withHouseholdAnnualIncome(new BigDecimal("-1"))
                      .withHouseholdAssets(new BigDecimal("-0.01"))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("household.annualIncome", "out_of_range"), tuple("household.assets", "out_of_range"));
    }

    @Test
    void an_unknown_currency_is_refused() {
      assertThat(refused(individualForm().withHouseholdCurrency("RMB")))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("household.currency", "currency.unknown"));
    }

    @Test
    void are_in_cny_unless_another_currency_is_given() {
      assertThat(valid(individualForm().withHouseholdCurrency(null)).household().assets())
          .isEqualTo(Money.of("3200000.00", "CNY"));
      assertThat(valid(individualForm().withHouseholdCurrency("hkd")).household().assets())
          .isEqualTo(Money.of("3200000.00", "HKD"));
    }
  }

  @Nested
  class Names {

    @Test
    void with_digits_are_refused() {
      assertThat(refused(individualForm().withLegalName("王小红2").withLatinName("Wang Xiaohong 2")))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("name.legalName", "name.digits"), tuple("name.alternatives.LATIN", "name.digits"));
    }

    @Test
    void a_legal_name_is_required() {
      assertThat(refused(individualForm().withLegalName("  ")))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("name.legalName", "required"));
    }
  }

  @Nested
  class A_form_filled_from_a_stored_profile {

    @Test
    void validates_to_the_same_profile() {
      IndividualProfile profile = valid(individualForm());

      assertThat(valid(IndividualProfileForm.of(profile))).isEqualTo(profile);
    }

    @Test
    void validates_to_the_same_profile_for_a_sparse_passport_holder() {
      IndividualProfile profile =
          valid(
              IndividualProfileForm.builder()
                  .legalName("John Smith")
                  .chineseName("史密斯")
                  .addIdentityDocuments(
                      new IdentityDocumentForm(IdentityDocumentType.PASSPORT, "123456789", "GB", null, null))
                  .birthDate(LocalDate.of(1980, 2, 29))
                  .gender(Gender.MALE)
                  .nationality("GBR")
                  .householdAssets(new BigDecimal("100"))
                  .householdCurrency("GBP")
                  .email("john@example.co.uk")
                  .preferredChannel(ContactChannel.EMAIL)
                  .build());

      assertThat(valid(IndividualProfileForm.of(profile))).isEqualTo(profile);
    }
  }

  @Nested
  class Error_messages {

    @Test
    void never_repeat_the_refused_values() {
      String badResidentId = RESIDENT_ID.substring(0, 17) + "1";
      List<String> inputs =
          List.of(badResidentId, "王小红7", "Wang 7", "1381234567", "xiaohong.wang@", "010-6", "RMB", "ZZ");
      IndividualProfileForm form =
          individualForm()
              .withIdentityDocuments(
                  IdentityDocumentForm.residentIdCard(badResidentId),
                  new IdentityDocumentForm(IdentityDocumentType.PASSPORT, "E12310029", "ZZ", null, null))
              .withLegalName("王小红7")
              .withLatinName("Wang 7")
              .withMobile("1381234567")
              .withEmail("xiaohong.wang@")
              .withPhones("010-6")
              .withHouseholdCurrency("RMB")
              .withNationality("ZZ");

      Seq<FieldError> errors = refused(form);

      assertThat(errors).hasSizeGreaterThanOrEqualTo(inputs.size());
      for (FieldError error : errors) {
        assertThat(error.message()).doesNotContain(inputs);
        assertThat(error.toString()).doesNotContain(inputs);
      }
    }
  }
}
