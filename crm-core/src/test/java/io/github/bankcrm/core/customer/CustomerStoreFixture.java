package io.github.bankcrm.core.customer;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;

import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;

/**
 * A customer store with three Beijing customers ({@link #C1}, {@link #C2} of BJ01, {@link #C3} of BJ02)
 * and one Shanghai customer ({@link #S1} of SH01), for the contract suites of ports whose visibility
 * follows the customer's owning unit.
 */
public final class CustomerStoreFixture {

  /** The whole bank. */
  public static final AccessScope HEAD_OFFICE = OrganizationFixture.scopeOf("HO");

  /** A Beijing branch user: sees BJ, BJ01, BJ02. */
  public static final AccessScope BEIJING = OrganizationFixture.scopeOf("BJ");

  /** A Shanghai branch user: sees SH, SH01. */
  public static final AccessScope SHANGHAI = OrganizationFixture.scopeOf("SH");

  /** A Beijing customer of BJ01. */
  public static final CustomerId C1 = CustomerId.of("C1");

  /** A second Beijing customer of BJ01. */
  public static final CustomerId C2 = CustomerId.of("C2");

  /** A Beijing customer of BJ02. */
  public static final CustomerId C3 = CustomerId.of("C3");

  /** A Shanghai customer of SH01. */
  public static final CustomerId S1 = CustomerId.of("S1");

  private CustomerStoreFixture() {}

  /**
   * Registers the four customers.
   *
   * @param customers an empty store
   * @return the same store
   */
  public static Customers withFourCustomers(Customers customers) {
    register(customers, C1, "110101199003070011", "客户甲", OrganizationFixture.BJ01);
    register(customers, C2, "110101199003070038", "客户乙", OrganizationFixture.BJ01);
    register(customers, C3, "110101199003070054", "客户丙", OrganizationFixture.BJ02);
    register(customers, S1, "110101199003070070", "客户丁", OrganizationFixture.SH01);
    return customers;
  }

  private static void register(
      Customers customers, CustomerId id, String residentId, String name, OrganizationUnitId unit) {
    IndividualCustomer.register(
            id,
            CustomerFixture.individualForm(residentId, name, "1390000" + residentId.substring(14)),
            unit,
            null,
            KycRiskRating.LOW,
            TELLER,
            NOW)
        .flatMap(update -> customers.save(HEAD_OFFICE, update))
        .getOrElseThrow(error -> new AssertionError("fixture customer refused: " + error.message()));
  }
}
