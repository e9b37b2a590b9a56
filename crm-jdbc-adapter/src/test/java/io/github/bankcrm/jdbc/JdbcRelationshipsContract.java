package io.github.bankcrm.jdbc;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.relationship.RelationshipFixture.START;
import static io.github.bankcrm.core.relationship.RelationshipFixture.TODAY;
import static io.github.bankcrm.core.relationship.RelationshipFixture.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.relationship.BeneficialOwnership;
import io.github.bankcrm.core.relationship.Household;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipAnalysis;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipFixture;
import io.github.bankcrm.core.relationship.RelationshipGraph;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipTerms;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.Validity;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What {@link JdbcRelationships} guarantees beyond {@code RelationshipsContract} and {@code
 * RelationshipViewsContract}: a save's events are in the outbox exactly when the save is; a view that
 * needs chains longer than the recursive queries walk is refused with {@code ViewTooDeep}, never cut
 * short.
 */
abstract class JdbcRelationshipsContract {

  private static final List<OrganizationUnitId> UNITS =
      List.of(OrganizationFixture.BJ01, OrganizationFixture.BJ02, OrganizationFixture.SH01);
  private static final int PEOPLE = 6;
  private static final int COMPANIES = 6;

  /**
   * The database under test, migrated.
   *
   * @return the data source
   */
  abstract DataSource dataSource();

  private JdbcCrm crm;
  private JdbcRelationships relationships;
  private final List<CustomerId> people = new ArrayList<>();
  private final List<CustomerId> companies = new ArrayList<>();

  @BeforeEach
  void customersInThreeUnits() {
    crm = TestDatabases.fresh(dataSource());
    Customers customers = crm.customers();
    relationships = crm.relationships();
    people.clear();
    companies.clear();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(RelationshipFixture.person(customers, "P" + i, UNITS.get(i % UNITS.size())));
    }
    for (int i = 0; i < COMPANIES; i++) {
      companies.add(RelationshipFixture.company(customers, "K" + i, UNITS.get(i % UNITS.size())));
    }
  }

  @Nested
  class Outbox {

    @Test
    void a_saved_relationship_and_its_change_record_their_events() {
      Relationship stake =
          relationships.save(AccessScope.unrestricted(), stake("R1", people.get(0), "60")).get();
      relationships.save(
          AccessScope.unrestricted(), stake.changeOwnership(1, BigDecimal.TEN, TELLER, NOW).get());

      assertThat(crm.outbox().pending(1000))
          .filteredOn(message -> message.aggregateType().equals("Relationship"))
          .extracting(OutboxMessage::aggregateId, OutboxMessage::aggregateVersion, OutboxMessage::eventType)
          .containsExactly(
              tuple("R1", 1L, "RelationshipEstablished"), tuple("R1", 2L, "RelationshipChanged"));
    }

    @Test
    void a_refused_save_records_nothing() {
      relationships.save(AccessScope.unrestricted(), stake("R1", people.get(0), "60"));

      assertThat(relationships.save(AccessScope.unrestricted(), stake("R2", people.get(1), "60")).isLeft())
          .isTrue();
      assertThat(crm.outbox().pending(1000))
          .filteredOn(message -> message.aggregateType().equals("Relationship"))
          .extracting(OutboxMessage::aggregateId)
          .containsExactly("R1");
    }

    private RelationshipUpdate stake(String id, CustomerId owner, String percentage) {
      RelationshipTerms terms =
          new RelationshipTerms(
              owner,
              companies.get(0),
              RelationshipType.SHAREHOLDING,
              new BigDecimal(percentage),
              Validity.from(START),
              RelationshipFixture.CRM);
      return Relationship.establish(
              RelationshipId.of(id),
              terms,
              CustomerKind.INDIVIDUAL,
              CustomerKind.CORPORATE,
              TELLER,
              NOW)
          .get();
    }
  }

  @Nested
  class Long_chains {

    @Test
    void beneficial_owners_beyond_the_chain_limit_are_refused_not_cut_short() {
      CustomerId top = chainOfCompanies(JdbcRelationships.CHAIN_LIMIT + 1);

      assertThat(relationships.ultimateBeneficialOwners(AccessScope.unrestricted(), top, TODAY))
          .isEqualTo(
              Either.left(
                  new RelationshipError.ViewTooDeep(
                      top, "beneficial owners", JdbcRelationships.CHAIN_LIMIT)));
    }

    @Test
    void beneficial_owners_at_the_chain_limit_are_found_exactly() {
      CustomerId bottom = chainOfCompanies(JdbcRelationships.CHAIN_LIMIT);

      Either<RelationshipError, BeneficialOwnership> owners =
          relationships.ultimateBeneficialOwners(AccessScope.unrestricted(), bottom, TODAY, BigDecimal.ZERO);

      // a person at the top of CHAIN_LIMIT stakes of 99.9999 %: exact product, then rounded
      assertThat(owners.get().owners()).hasSize(1);
      assertThat(owners.get().owners().get(0).chains().get(0).links())
          .hasSize(JdbcRelationships.CHAIN_LIMIT);
      assertThat(owners)
          .isEqualTo(
              Either.right(
                  new RelationshipAnalysis(
                          RelationshipGraph.of(
                              relationships.effectiveOn(AccessScope.unrestricted(), TODAY), TODAY))
                      .ultimateBeneficialOwners(bottom, BigDecimal.ZERO)));
    }

    /**
     * A person owning 99.9999 % of the first of {@code stakes - 1} companies, each owning 99.9999 % of
     * the next; returns the last company.
     */
    private CustomerId chainOfCompanies(int stakes) {
      Customers customers = crm.customers();
      CustomerId owner = people.get(0);
      for (int i = 0; i < stakes; i++) {
        CustomerId company = RelationshipFixture.company(customers, "KC" + i, OrganizationFixture.BJ01);
        RelationshipTerms terms =
            new RelationshipTerms(
                owner,
                company,
                RelationshipType.SHAREHOLDING,
                new BigDecimal("99.9999"),
                Validity.from(START),
                RelationshipFixture.CRM);
        relationships
            .save(
                AccessScope.unrestricted(),
                Relationship.establish(
                        RelationshipId.of("RC" + i),
                        terms,
                        kindOf(owner.value()),
                        CustomerKind.CORPORATE,
                        TELLER,
                        NOW)
                    .get())
            .getOrElseThrow(error -> new AssertionError(error.message()));
        owner = company;
      }
      return owner;
    }
  }
}
