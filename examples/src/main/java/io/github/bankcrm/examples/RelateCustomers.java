package io.github.bankcrm.examples;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerMaintenance;
import io.github.bankcrm.core.customer.CustomerNumbering;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IdentityDocumentForm;
import io.github.bankcrm.core.customer.IndividualProfileForm;
import io.github.bankcrm.core.customer.KycRiskRating;
import io.github.bankcrm.core.customer.RegisterIndividualCustomer;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.inmemory.InMemoryRelationships;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.relationship.EstablishRelationship;
import io.github.bankcrm.core.relationship.Household;
import io.github.bankcrm.core.relationship.RelationshipAnalysis;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipGraph;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipMaintenance;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Relates customers and reads the household they make: three people registered at the Beijing branch,
 * a marriage and a parent-child tie recorded, a shareholding refused because a person cannot be owned,
 * and the household derived from the family ties. Run with {@code ./mvnw -q -Pdemo -DskipTests package
 * -Ddemo.mainClass=io.github.bankcrm.examples.RelateCustomers}.
 */
public final class RelateCustomers {

  private RelateCustomers() {}

  /**
   * Relates three customers and prints the household.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Actor teller = Actor.of("teller-007");
    LocalDate today = LocalDate.of(2026, 6, 30);
    Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    OrganizationUnits units = new InMemoryOrganizationUnits();
    units.add(new OrganizationUnit(OrganizationUnitId.of("HO"), "总行", OrganizationLevel.HEAD_OFFICE, null));
    units.add(new OrganizationUnit(OrganizationUnitId.of("BJ"), "北京分行", OrganizationLevel.BRANCH, OrganizationUnitId.of("HO")));
    AccessScope beijing = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("BJ")));
    Customers customers = new InMemoryCustomers();
    CustomerMaintenance registering = new CustomerMaintenance(customers, units, CustomerNumbering.randomUuid(), clock);

    CustomerId father = register(registering, beijing, teller, "王建国", "110105195003150019");
    CustomerId mother = register(registering, beijing, teller, "李秀英", "110105195206200020");
    CustomerId son = register(registering, beijing, teller, "王小明", "110105198001010032");
    System.out.println("Registered 3 customers");

    Relationships relationships = new InMemoryRelationships(customers);
    RelationshipMaintenance relating = new RelationshipMaintenance(customers, relationships, RelationshipId::random, clock);
    print("spouses", relating.establish(beijing, teller, new EstablishRelationship(
        father.value(), mother.value(), RelationshipType.SPOUSE, null, LocalDate.of(1978, 5, 1), null, "CORE")));
    print("parent and child", relating.establish(beijing, teller, new EstablishRelationship(
        father.value(), son.value(), RelationshipType.PARENT_CHILD, null, LocalDate.of(1980, 1, 1), null, "CORE")));
    print("a person as an owned company", relating.establish(beijing, teller, new EstablishRelationship(
        mother.value(), son.value(), RelationshipType.SHAREHOLDING, new BigDecimal("30"), today, null, "CORE")));

    RelationshipAnalysis analysis =
        new RelationshipAnalysis(RelationshipGraph.of(relationships.effectiveOn(beijing, today), today));
    Household household = analysis.household(son);
    System.out.println("Household of the son on " + today + ": " + household.members().size() + " members, "
        + (household.members().containsAll(List.of(father, mother, son)) ? "both parents included" : "a parent missing"));
  }

  private static CustomerId register(
      CustomerMaintenance registering, AccessScope scope, Actor actor, String name, String residentId) {
    IndividualProfileForm form = IndividualProfileForm.builder()
        .legalName(name)
        .addIdentityDocuments(IdentityDocumentForm.residentIdCard(residentId))
        .build();
    return registering.registerIndividual(scope, actor, new RegisterIndividualCustomer(form, "BJ", null, KycRiskRating.LOW))
        .getOrElseThrow(error -> new IllegalStateException("the example's customer was refused: " + error.code()))
        .customer().id();
  }

  private static void print(String what, Either<RelationshipError, RelationshipUpdate> outcome) {
    System.out.println(outcome.<String>fold(
        error -> "Refused " + what + " [" + error.code() + "]",
        update -> "Related " + what + ": " + update.relationship().type()));
  }
}
