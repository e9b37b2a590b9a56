package io.github.bankcrm.core.customer;

import static io.github.bankcrm.core.customer.CustomerFixture.CREDIT_CODE;
import static io.github.bankcrm.core.customer.CustomerFixture.corporateForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Money;
import io.vavr.collection.Seq;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation of the corporate customer's entry form [对公客户信息录入]. */
class CorporateProfileFormTest {

  private static CorporateProfile valid(CorporateProfileForm form) {
    var result = form.validate();
    assertThat(result.isValid()).as("valid, but refused: %s", result).isTrue();
    return result.get();
  }

  private static Seq<FieldError> refused(CorporateProfileForm form) {
    var result = form.validate();
    assertThat(result.isInvalid()).as("refused").isTrue();
    return result.getError();
  }

  private static FinancialStatementForm annual(int year, String revenue, String netProfit) {
    return new FinancialStatementForm(
        LocalDate.of(year, 12, 31),
        ReportingPeriod.Length.ANNUAL,
        "CNY",
        new BigDecimal(revenue),
        new BigDecimal("210000000"),
        new BigDecimal("120000000"),
        new BigDecimal(netProfit));
  }

  @Nested
  class A_complete_form {

    @Test
    void gives_the_profile_it_describes() {
      CorporateProfile profile = valid(corporateForm());

      assertThat(profile.registeredName()).isEqualTo("福州星海贸易有限公司");
      assertThat(profile.creditCode()).isEqualTo(UnifiedSocialCreditCode.of(CREDIT_CODE));
      assertThat(profile.licence().registeredCapital()).isEqualTo(Money.of("50000000", "CNY"));
      assertThat(profile.licence().legalRepresentative()).isEqualTo("陈志明");
      assertThat(profile.licence().validUntil()).isNull();
      assertThat(profile.industry()).isEqualTo(new IndustryClassification("F5179", "其他机械设备及电子产品批发"));
      assertThat(profile.size()).isEqualTo(EnterpriseSize.MEDIUM);
      assertThat(profile.latestStatement())
          .hasValueSatisfying(statement -> assertThat(statement.period()).isEqualTo(ReportingPeriod.year(2025)));
    }

    @Test
    void normalises_the_credit_code_and_the_industry_code_to_upper_case() {
      CorporateProfile profile =
          valid(corporateForm().withUnifiedSocialCreditCode(" " + CREDIT_CODE.toLowerCase() + " ").withIndustryCode("f5179"));

      assertThat(profile.creditCode().value()).isEqualTo(CREDIT_CODE);
      assertThat(profile.industry().code()).isEqualTo("F5179");
    }

    @Test
    void lets_the_business_term_start_at_registration_when_no_start_is_given() {
      CorporateProfile profile = valid(corporateForm().withLicenceValidFrom(null));

      assertThat(profile.licence().validFrom()).isEqualTo(LocalDate.of(2012, 3, 15));
    }

    @Test
    void leaves_unstated_classifications_at_their_defaults() {
      CorporateProfile profile = valid(corporateForm().withEnterpriseSize(null).withListingStatus(null));

      assertThat(profile.size()).isEqualTo(EnterpriseSize.UNCLASSIFIED);
      assertThat(profile.listing()).isEqualTo(ListingStatus.UNLISTED);
    }
  }

  @Nested
  class The_credit_code {

    @Test
    void with_a_wrong_check_character_is_refused() {
      String wrongCheck = CREDIT_CODE.substring(0, 17) + "4";

      assertThat(refused(corporateForm().withUnifiedSocialCreditCode(wrongCheck)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("unifiedSocialCreditCode", "uscc.check_character"));
    }

    @Test
    void is_required() {
      assertThat(refused(corporateForm().withUnifiedSocialCreditCode(null)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("unifiedSocialCreditCode", "required"));
    }
  }

  @Nested
  class The_industry {

    @ParameterizedTest
    @ValueSource(strings = {"F", "F51", "F517", "F5179"})
    void may_be_a_section_division_group_or_class(String code) {
      assertThat(valid(corporateForm().withIndustryCode(code)).industry().section()).isEqualTo('F');
    }

    @ParameterizedTest
    @ValueSource(strings = {"Z51", "U", "F5", "F51799", "5179", "F51A9"})
    void with_a_code_that_is_not_gb_t_4754_is_refused(String code) {
      FieldError error = refused(corporateForm().withIndustryCode(code)).single();

      assertThat(error.path()).isEqualTo("industry.code");
      assertThat(error.code()).isEqualTo("invalid_format");
    }

    @Test
    void needs_a_code_and_a_name() {
      assertThat(refused(corporateForm().withIndustryCode(" ").withIndustryName(null)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(tuple("industry.code", "required"), tuple("industry.name", "required"));
    }
  }

  @Nested
  class The_business_licence {

    @Test
    void may_not_end_before_it_starts() {
      assertThat(refused(corporateForm().withLicenceValidUntil(LocalDate.of(2012, 3, 14))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("licence.validUntil", "out_of_range"));
    }

    @Test
    void without_a_start_may_not_end_before_registration() {
      assertThat(
              refused(
                  corporateForm()
                      .withLicenceValidFrom(null)
                      .withLicenceValidUntil(LocalDate.of(2011, 12, 31))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("licence.validUntil", "out_of_range"));
    }

    @Test
    void may_not_be_registered_in_the_future() {
      LocalDate tomorrow = LocalDate.now(java.time.ZoneOffset.ofHours(8)).plusDays(1);

      assertThat(refused(corporateForm().withRegistrationDate(tomorrow).withLicenceValidFrom(tomorrow)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("licence.registrationDate", "out_of_range"));
    }

    @Test
    void may_not_start_its_business_term_before_registration() {
      assertThat(refused(corporateForm().withLicenceValidFrom(LocalDate.of(2012, 3, 14))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("licence.validFrom", "out_of_range"));
    }

    @Test
    void may_end_on_the_day_it_starts() {
      assertThat(valid(corporateForm().withLicenceValidUntil(LocalDate.of(2012, 3, 15))).licence().validUntil())
          .isEqualTo(LocalDate.of(2012, 3, 15));
    }

    @Test
    void reports_every_bad_field_at_once() {
      assertThat(
              refused(
                  corporateForm()
                      .withRegistrationDate(null)
                      .withRegisteredCapital(new BigDecimal("-1"))
                      .withLegalRepresentative("陈志明2")
                      .withBusinessScope(" ")))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("licence.registrationDate", "required"),
              tuple("licence.registeredCapital", "out_of_range"),
              tuple("licence.legalRepresentative", "name.digits"),
              tuple("licence.businessScope", "required"));
    }

    @Test
    void refuses_an_unknown_capital_currency() {
      assertThat(refused(corporateForm().withRegisteredCapitalCurrency("RMB")))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("licence.registeredCapitalCurrency", "currency.unknown"));
    }
  }

  @Nested
  class Financial_statements {

    @Test
    void of_the_same_period_are_a_duplicate() {
      assertThat(
              refused(
                  corporateForm()
                      .withFinancialStatements(
                          annual(2024, "300000000", "1"), annual(2025, "320000000", "1"), annual(2024, "1", "1"))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactly(tuple("financialStatements[2]", "duplicate"));
    }

    @Test
    void of_different_lengths_ending_the_same_day_are_different_periods() {
      FinancialStatementForm quarter =
          new FinancialStatementForm(
              LocalDate.of(2025, 12, 31),
              ReportingPeriod.Length.QUARTERLY,
              null,
              BigDecimal.ONE,
              BigDecimal.ONE,
              BigDecimal.ZERO,
              BigDecimal.ZERO);

      assertThat(valid(corporateForm().withFinancialStatements(annual(2025, "1", "1"), quarter)).financialStatements())
          .hasSize(2);
    }

    @Test
    void with_negative_revenue_assets_or_liabilities_are_refused() {
      FinancialStatementForm negative =
          new FinancialStatementForm(
              LocalDate.of(2025, 12, 31),
              ReportingPeriod.Length.ANNUAL,
              "CNY",
              new BigDecimal("-1"),
              new BigDecimal("-2"),
              new BigDecimal("-3"),
              new BigDecimal("-4"));

      assertThat(refused(corporateForm().withFinancialStatements(negative)))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("financialStatements[0].revenue", "out_of_range"),
              tuple("financialStatements[0].totalAssets", "out_of_range"),
              tuple("financialStatements[0].totalLiabilities", "out_of_range"));
    }

    @Test
    void may_show_a_loss() {
      CorporateProfile profile = valid(corporateForm().withFinancialStatements(annual(2025, "100", "-50")));

      assertThat(profile.latestStatement().orElseThrow().netProfit()).isEqualTo(Money.of("-50", "CNY"));
    }

    @Test
    void need_every_figure_and_the_period() {
      assertThat(
              refused(
                  corporateForm()
                      .withFinancialStatements(new FinancialStatementForm(null, null, "XXX1", null, null, null, null))))
          .extracting(FieldError::path, FieldError::code)
          .containsExactlyInAnyOrder(
              tuple("financialStatements[0].periodEnd", "required"),
              tuple("financialStatements[0].periodLength", "required"),
              tuple("financialStatements[0].currency", "currency.unknown"),
              tuple("financialStatements[0].revenue", "required"),
              tuple("financialStatements[0].totalAssets", "required"),
              tuple("financialStatements[0].totalLiabilities", "required"),
              tuple("financialStatements[0].netProfit", "required"));
    }

    @Test
    void are_kept_oldest_period_first() {
      CorporateProfile profile =
          valid(corporateForm().withFinancialStatements(annual(2025, "3", "1"), annual(2023, "1", "1"), annual(2024, "2", "1")));

      assertThat(profile.financialStatements())
          .extracting(FinancialStatementSummary::period)
          .containsExactly(ReportingPeriod.year(2023), ReportingPeriod.year(2024), ReportingPeriod.year(2025));
    }
  }

  @Nested
  class A_form_filled_from_a_stored_profile {

    @Test
    void validates_to_the_same_profile() {
      CorporateProfile profile =
          valid(
              corporateForm()
                  .withLicenceValidUntil(LocalDate.of(2042, 3, 14))
                  .withFinancialStatements(annual(2025, "3", "-1"), annual(2024, "2", "1")));

      assertThat(valid(CorporateProfileForm.of(profile))).isEqualTo(profile);
    }
  }

  @Nested
  class Error_messages {

    @Test
    void never_repeat_the_refused_values() {
      String wrongCheck = CREDIT_CODE.substring(0, 17) + "4";
      List<String> inputs = List.of(wrongCheck, "陈志明2", "Z51", "RMB");

      Seq<FieldError> errors =
          refused(
              corporateForm()
                  .withUnifiedSocialCreditCode(wrongCheck)
                  .withLegalRepresentative("陈志明2")
                  .withIndustryCode("Z51")
                  .withRegisteredCapitalCurrency("RMB"));

      assertThat(errors).hasSize(4);
      errors.forEach(error -> assertThat(error.toString()).doesNotContain(inputs));
    }
  }
}
