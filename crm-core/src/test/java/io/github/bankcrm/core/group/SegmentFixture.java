package io.github.bankcrm.core.group;

import io.github.bankcrm.core.customer.AddressType;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerFixture;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.PostalAddressForm;
import io.github.bankcrm.core.holding.BalanceLine;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.identity.IdentityArbitraries;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Money;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Customers, balances and subjects for segment tests. */
public final class SegmentFixture {

  /** The day segments are evaluated for in tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

  private SegmentFixture() {}

  /**
   * A person with the given birth date and education, living in a division, registered in BJ01.
   *
   * @param id customer number
   * @param birthDate birth date
   * @param education highest education
   * @param homeDivision six-digit GB/T 2260 code of the home address
   * @return the customer
   */
  public static IndividualCustomer person(
      String id, LocalDate birthDate, Education education, String homeDivision) {
    return person(id, birthDate, education, homeDivision, OrganizationFixture.BJ01);
  }

  /**
   * A person with the given birth date and education, living in a division, owned by a unit.
   *
   * @param id customer number
   * @param birthDate birth date
   * @param education highest education
   * @param homeDivision six-digit GB/T 2260 code of the home address
   * @param unit owning unit
   * @return the customer
   */
  public static IndividualCustomer person(
      String id, LocalDate birthDate, Education education, String homeDivision, OrganizationUnitId unit) {
    String sequence = String.format("%03d", Math.floorMod(id.hashCode(), 1000));
    String residentId =
        IdentityArbitraries.withResidentIdCheck(
            "110105" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + sequence);
    return (IndividualCustomer)
        IndividualCustomer.register(
                CustomerId.of(id),
                CustomerFixture.individualForm(residentId, "王小红", "13812345678")
                    .withEducation(education)
                    .withAddresses(
                        new PostalAddressForm(AddressType.HOME, "CHN", homeDivision, "某路1号", "100022")),
                unit,
                null,
                KycRiskRating.LOW,
                CustomerFixture.TELLER,
                CustomerFixture.NOW)
            .getOrElseThrow(error -> new AssertionError(error.message()))
            .customer();
  }

  /**
   * A company in an industry, registered in Fuzhou (credit-code region 350100).
   *
   * @param id customer number
   * @param industryCode GB/T 4754 code
   * @return the customer
   */
  public static CorporateCustomer company(String id, String industryCode) {
    return (CorporateCustomer)
        CorporateCustomer.register(
                CustomerId.of(id),
                CustomerFixture.corporateForm().withIndustryCode(industryCode),
                OrganizationFixture.BJ01,
                null,
                KycRiskRating.MEDIUM,
                CustomerFixture.TELLER,
                CustomerFixture.NOW)
            .getOrElseThrow(error -> new AssertionError(error.message()))
            .customer();
  }

  /**
   * A balance line.
   *
   * @param type product type
   * @param amount the amount
   * @param currency ISO code
   * @return the line
   */
  public static BalanceLine line(ProductType type, String amount, String currency) {
    return new BalanceLine(type, Money.of(amount, currency));
  }

  /**
   * A subject on {@link #TODAY} with balance lines and no tier.
   *
   * @param customer the customer
   * @param lines the balance lines
   * @return the subject
   */
  public static SegmentSubject subject(Customer customer, BalanceLine... lines) {
    return SegmentSubject.of(customer, new BalanceSummary(customer.id(), TODAY, List.of(lines)), TODAY);
  }
}
