package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.identity.IdentityDocumentType;
import io.github.bankcrm.core.shared.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Valid customer data for tests. The resident identity number {@code 11010519491231002X} and the
 * credit code {@code 91350100M000100Y43} are published samples with correct check characters.
 */
public final class CustomerFixture {

  /** A published sample resident identity number (born 1949-12-31, female). */
  public static final String RESIDENT_ID = "11010519491231002X";

  /** A published sample Unified Social Credit Code. */
  public static final String CREDIT_CODE = "91350100M000100Y43";

  /** A teller who enters data. */
  public static final Actor TELLER = Actor.of("teller-007");

  /** A fixed instant for deterministic tests. */
  public static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private CustomerFixture() {}

  /** A complete, valid form for a person holding {@link #RESIDENT_ID}. */
  public static IndividualProfileForm individualForm() {
    return individualForm(RESIDENT_ID, "王小红", "13812345678");
  }

  /**
   * A complete, valid form for a person.
   *
   * @param residentId a valid resident identity number
   * @param legalName the legal name
   * @param mobile a mainland mobile number
   * @return the form
   */
  public static IndividualProfileForm individualForm(String residentId, String legalName, String mobile) {
    return individualForm(
        residentId, "E" + residentId.substring(10, 17) + "9", legalName, mobile, "xiaohong.wang@example.com");
  }

  /**
   * A complete, valid form for a person, with the numbers that must differ between generated people
   * given.
   *
   * @param residentId a valid resident identity number
   * @param passportNumber the number of a Chinese passport
   * @param legalName the legal name
   * @param mobile a mainland mobile number
   * @param email an e-mail address
   * @return the form
   */
  public static IndividualProfileForm individualForm(
      String residentId, String passportNumber, String legalName, String mobile, String email) {
    return IndividualProfileForm.builder()
        .legalName(legalName)
        .latinName("Wang Xiaohong")
        .addIdentityDocuments(IdentityDocumentForm.residentIdCard(residentId))
        .addIdentityDocuments(
            new IdentityDocumentForm(
                IdentityDocumentType.PASSPORT,
                passportNumber,
                "CN",
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 1, 1)))
        .nationality("CN")
        .maritalStatus(MaritalStatus.MARRIED)
        .education(Education.MASTER)
        .occupation("Engineer")
        .employer("Acme Software Ltd")
        .jobTitle("Architect")
        .householdCurrency("CNY")
        .householdAnnualIncome(new BigDecimal("480000.00"))
        .householdAssets(new BigDecimal("3200000.00"))
        .mobile(mobile)
        .addPhones("010-62345678")
        .email(email)
        .addAddresses(
            new PostalAddressForm(AddressType.HOME, "CHN", "110105", "朝阳区建国路88号3单元1201", "100022"))
        .preferredChannel(ContactChannel.SMS)
        .marketingConsent(true)
        .build();
  }

  /** A complete, valid form for the company holding {@link #CREDIT_CODE}. */
  public static CorporateProfileForm corporateForm() {
    return corporateForm(CREDIT_CODE, "福州星海贸易有限公司");
  }

  /**
   * A complete, valid form for a company.
   *
   * @param creditCode a valid Unified Social Credit Code
   * @param name the registered name
   * @return the form
   */
  public static CorporateProfileForm corporateForm(String creditCode, String name) {
    return CorporateProfileForm.builder()
        .registeredName(name)
        .unifiedSocialCreditCode(creditCode)
        .registrationDate(LocalDate.of(2012, 3, 15))
        .registeredCapital(new BigDecimal("50000000"))
        .registeredCapitalCurrency("CNY")
        .legalRepresentative("陈志明")
        .businessScope("进出口贸易；批发零售")
        .licenceValidFrom(LocalDate.of(2012, 3, 15))
        .industryCode("F5179")
        .industryName("其他机械设备及电子产品批发")
        .enterpriseSize(EnterpriseSize.MEDIUM)
        .listingStatus(ListingStatus.UNLISTED)
        .addFinancialStatements(
            new FinancialStatementForm(
                LocalDate.of(2025, 12, 31),
                ReportingPeriod.Length.ANNUAL,
                "CNY",
                new BigDecimal("320000000"),
                new BigDecimal("210000000"),
                new BigDecimal("120000000"),
                new BigDecimal("18000000")))
        .build();
  }
}
