package io.github.bankcrm.examples;

import io.github.bankcrm.core.customer.AddressType;
import io.github.bankcrm.core.customer.ChangeIndividualProfile;
import io.github.bankcrm.core.customer.ContactChannel;
import io.github.bankcrm.core.customer.CorporateProfileForm;
import io.github.bankcrm.core.customer.CustomerChangeRecord;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerMaintenance;
import io.github.bankcrm.core.customer.CustomerNumbering;
import io.github.bankcrm.core.customer.CustomerSearch;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.EnterpriseSize;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.PostalAddressForm;
import io.github.bankcrm.core.customer.RateKycRisk;
import io.github.bankcrm.core.customer.RegisterCorporateCustomer;
import io.github.bankcrm.core.customer.RegisterIndividualCustomer;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.PageRequest;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The main demo: one unique customer view on the embedded store. It registers a person and a company
 * at the Beijing branch, shows a form refused field by field, a stale edit refused as a version
 * conflict, the masked change history, and a Shanghai user who cannot see Beijing's customers.
 */
public final class CustomerViewDemo {

  private static final Actor TELLER = Actor.of("teller-007");
  private static final Actor SUPERVISOR = Actor.of("supervisor-002");

  private final PrintStream out;

  CustomerViewDemo(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the demo and prints what happens.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new CustomerViewDemo(new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
  }

  void run() {
    OrganizationUnits units = new InMemoryOrganizationUnits();
    OrganizationUnitId headOffice = OrganizationUnitId.of("HO");
    units.add(new OrganizationUnit(headOffice, "总行", OrganizationLevel.HEAD_OFFICE, null));
    units.add(new OrganizationUnit(OrganizationUnitId.of("BJ"), "北京分行", OrganizationLevel.BRANCH, headOffice));
    units.add(new OrganizationUnit(OrganizationUnitId.of("SH"), "上海分行", OrganizationLevel.BRANCH, headOffice));
    AccessScope beijing = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("BJ")));
    AccessScope shanghai = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("SH")));

    Customers customers = new InMemoryCustomers();
    CustomerMaintenance maintenance =
        new CustomerMaintenance(customers, units, CustomerNumbering.randomUuid(), Clock.systemUTC());

    heading("1. Register a person (birth date and gender are read from the resident ID)");
    IndividualProfileForm person =
        IndividualProfileForm.builder()
            .legalName("王小红")
            .latinName("Wang Xiaohong")
            .addIdentityDocuments(IdentityDocumentForm.residentIdCard("11010519491231002X"))
            .mobile("+86 138 1234 5678")
            .email("xiaohong.wang@example.com")
            .addAddresses(
                new PostalAddressForm(AddressType.HOME, "CN", "110105", "朝阳区建国路88号3单元1201", "100022"))
            .preferredChannel(ContactChannel.SMS)
            .marketingConsent(true)
            .build();
    CustomerUpdate registered =
        show(
            maintenance.registerIndividual(
                beijing, TELLER, new RegisterIndividualCustomer(person, "BJ", "RM0042", KycRiskRating.LOW)));
    IndividualCustomer wang = (IndividualCustomer) registered.customer();
    out.println("   born " + wang.profile().birthDate().getYear() + ", " + wang.profile().gender());

    heading("2. Register a company");
    show(
        maintenance.registerCorporate(
            beijing,
            TELLER,
            new RegisterCorporateCustomer(
                CorporateProfileForm.builder()
                    .registeredName("福州星海贸易有限公司")
                    .unifiedSocialCreditCode("91350100M000100Y43")
                    .registrationDate(LocalDate.of(2012, 3, 15))
                    .registeredCapital(new BigDecimal("50000000"))
                    .legalRepresentative("陈志明")
                    .businessScope("进出口贸易")
                    .industryCode("F5179")
                    .industryName("其他机械设备及电子产品批发")
                    .enterpriseSize(EnterpriseSize.MEDIUM)
                    .build(),
                "BJ",
                null,
                KycRiskRating.MEDIUM)));

    heading("3. A form with mistakes is refused field by field, and nothing is saved");
    IndividualProfileForm mistyped =
        IndividualProfileForm.builder()
            .legalName("李4")
            .addIdentityDocuments(IdentityDocumentForm.residentIdCard("110105194912310021"))
            .mobile("12345")
            .email("not-an-email")
            .preferredChannel(ContactChannel.POST)
            .build();
    show(
        maintenance.registerIndividual(
            beijing, TELLER, new RegisterIndividualCustomer(mistyped, "XX9", null, null)));

    heading("4. Two tellers edit the same customer; the second edit is refused, not lost");
    IndividualProfileForm firstEdit = IndividualProfileForm.of(wang.profile()).withMobile("13900001111");
    IndividualProfileForm secondEdit = IndividualProfileForm.of(wang.profile()).withOccupation("Teacher");
    show(maintenance.changeProfile(beijing, TELLER, new ChangeIndividualProfile(wang.id(), 1, firstEdit)));
    show(maintenance.changeProfile(beijing, SUPERVISOR, new ChangeIndividualProfile(wang.id(), 1, secondEdit)));
    show(maintenance.rateKycRisk(beijing, SUPERVISOR, new RateKycRisk(wang.id(), 2, KycRiskRating.MEDIUM)));

    heading("5. The change history [客户信息变更记录], personal data masked");
    for (CustomerChangeRecord record : customers.changes(beijing, wang.id())) {
      out.println("   v" + record.version() + " " + record.type() + " by " + record.actor() + ":");
      record
          .changes()
          .forEach(change -> out.println("      " + change.path() + ": " + change.oldValue() + " -> " + change.newValue()));
    }

    heading("6. Visibility follows the organisation tree");
    CustomerSearch byMobile = CustomerSearch.byMobile("139 0000 1111").get();
    out.println("   Beijing user finds " + customers.search(beijing, byMobile, PageRequest.first(10)).total() + " customer(s)");
    out.println("   Shanghai user finds " + customers.search(shanghai, byMobile, PageRequest.first(10)).total() + " customer(s)");
  }

  private CustomerUpdate show(Either<CustomerError, CustomerUpdate> result) {
    if (result.isLeft()) {
      CustomerError error = result.getLeft();
      out.println("   refused [" + error.code() + "]");
      if (error instanceof CustomerError.InvalidCustomerData invalid) {
        invalid.errors().forEach(field -> out.println("      " + field));
      } else {
        out.println("      " + error.message());
      }
      return null;
    }
    CustomerUpdate update = result.get();
    out.println("   saved " + update.customer() + " events=" + update.events().stream().map(e -> e.getClass().getSimpleName()).toList());
    return update;
  }

  private void heading(String text) {
    out.println();
    out.println(text);
  }
}
