package io.github.bankcrm.examples;

import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerMaintenance;
import io.github.bankcrm.core.customer.CustomerNumbering;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.RegisterIndividualCustomer;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.time.Clock;
import java.util.List;

/**
 * The README quickstart, verbatim between the tags: {@code ReadmeQuickstartTest} checks that the
 * README shows exactly this code and runs it.
 */
public final class Quickstart {

  private Quickstart() {}

  /**
   * Registers one customer and prints the outcome.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    OrganizationUnits units = new InMemoryOrganizationUnits(); // the embedded default
    units.add(new OrganizationUnit(OrganizationUnitId.of("HO"), "总行", OrganizationLevel.HEAD_OFFICE, null));
    units.add(new OrganizationUnit(OrganizationUnitId.of("BJ"), "北京分行", OrganizationLevel.BRANCH, OrganizationUnitId.of("HO")));
    AccessScope beijing = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("BJ")));
    CustomerMaintenance maintenance = new CustomerMaintenance(
        new InMemoryCustomers(), units, CustomerNumbering.randomUuid(), Clock.systemUTC());

    IndividualProfileForm form = IndividualProfileForm.builder()
        .legalName("王小红")
        .addIdentityDocuments(IdentityDocumentForm.residentIdCard("11010519491231002X"))
        .mobile("138 1234 5678")
        .build();
    Either<CustomerError, CustomerUpdate> result = maintenance.registerIndividual(
        beijing, Actor.of("teller-007"), new RegisterIndividualCustomer(form, "BJ", null, KycRiskRating.LOW));
    System.out.println(result.fold(CustomerError::message, update -> "Registered " + update.customer()));
    // end::quickstart[]
  }
}
