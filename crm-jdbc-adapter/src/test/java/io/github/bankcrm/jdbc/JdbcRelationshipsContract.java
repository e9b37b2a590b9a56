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
import io.github.bankcrm.core.relationship.CorporateGroup;
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
 * What {@link JdbcRelationships} guarantees beyond {@code RelationshipsContract}: a save's events are in
 * the outbox exactly when the save is; and the household and corporate-group queries, walked by
 * recursive SQL, give the member sets {@link RelationshipAnalysis} gives over the graph of {@link
 * JdbcRelationships#effectiveOn} for the same scope and day: checked on generated graphs (fixed seeds,
 * so a failure names the seed that reproduces it) with cycles, parallel and ended ties, periods around
 * the day, customers in three units, and three scopes.
 */
abstract class JdbcRelationshipsContract {

  private static final int GRAPHS = 40;
  private static final List<AccessScope> SCOPES =
      List.of(
          AccessScope.unrestricted(),
          OrganizationFixture.scopeOf("BJ"),
          OrganizationFixture.scopeOf("SH"));
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
  class Households {

    @Test
    void equal_the_in_memory_analysis_on_generated_graphs() {
      int families = 0;
      for (long seed = 1; seed <= GRAPHS; seed++) {
        Random random = new Random(seed);
        LocalDate day = storeRandomGraph(random);
        for (AccessScope scope : SCOPES) {
          RelationshipAnalysis analysis = analysisOf(scope, day);
          for (CustomerId person : people) {
            Household household = relationships.household(scope, person, day);
            assertThat(household)
                .as("household of %s, seed %d, %s", person, seed, scope)
                .isEqualTo(analysis.household(person));
            families += household.members().size() > 2 ? 1 : 0;
          }
        }
      }
      // the generated graphs are not trivially empty: many households span three people or more
      assertThat(families).isGreaterThan(GRAPHS);
    }

    @Test
    void of_a_person_without_family_ties_is_the_person_alone() {
      assertThat(relationships.household(AccessScope.unrestricted(), people.get(0), TODAY).members())
          .containsExactly(people.get(0));
    }

    @Test
    void is_not_asked_of_a_company() {
      assertThatThrownBy(
              () -> relationships.household(AccessScope.unrestricted(), companies.get(0), TODAY))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Corporate_groups {

    @Test
    void equal_the_in_memory_analysis_on_generated_graphs() {
      List<BigDecimal> thresholds =
          List.of(
              RelationshipAnalysis.DEFAULT_CONTROL_THRESHOLD,
              BigDecimal.ZERO,
              new BigDecimal("30.00005"),
              new BigDecimal("100"));
      int groupsWithPersons = 0;
      for (long seed = 1; seed <= GRAPHS; seed++) {
        Random random = new Random(seed);
        LocalDate day = storeRandomGraph(random);
        for (AccessScope scope : SCOPES) {
          RelationshipAnalysis analysis = analysisOf(scope, day);
          for (CustomerId company : companies) {
            for (BigDecimal threshold : thresholds) {
              CorporateGroup group = relationships.corporateGroup(scope, company, day, threshold);
              assertThat(group)
                  .as("group of %s above %s, seed %d, %s", company, threshold, seed, scope)
                  .isEqualTo(analysis.corporateGroup(company, threshold));
              groupsWithPersons +=
                  group.members().size() > 2 && !group.controllingPersons().isEmpty() ? 1 : 0;
            }
          }
        }
      }
      // the generated graphs are not trivially empty: many groups are tied together through a person
      assertThat(groupsWithPersons).isGreaterThan(GRAPHS);
    }

    @Test
    void is_not_asked_of_a_person() {
      assertThatThrownBy(
              () -> relationships.corporateGroup(AccessScope.unrestricted(), people.get(0), TODAY))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_threshold_above_100() {
      assertThatThrownBy(
              () ->
                  relationships.corporateGroup(
                      AccessScope.unrestricted(), companies.get(0), TODAY, new BigDecimal("100.01")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private RelationshipAnalysis analysisOf(AccessScope scope, LocalDate day) {
    return new RelationshipAnalysis(RelationshipGraph.of(relationships.effectiveOn(scope, day), day));
  }

  /**
   * Replaces the stored relationships by a random graph and returns the day to ask about. Saves the
   * port refuses (a duplicate, a company owned more than 100 %) are simply not part of the graph.
   */
  private LocalDate storeRandomGraph(Random random) {
    deleteRelationships(dataSource());
    int count = 4 + random.nextInt(20);
    for (int i = 0; i < count; i++) {
      RelationshipType type = randomType(random);
      CustomerId from = pick(random, type.fromKinds());
      CustomerId to = pick(random, type.toKinds());
      if (from.equals(to)) {
        continue;
      }
      BigDecimal percentage =
          type.carriesPercentage()
              ? BigDecimal.valueOf(1 + random.nextInt(800_000), 4)
              : null;
      LocalDate first = random.nextInt(4) == 0 ? TODAY.plusDays(random.nextInt(3)) : START;
      LocalDate last = random.nextInt(4) == 0 ? TODAY.minusDays(random.nextInt(3) - 1) : null;
      if (last != null && last.isBefore(first)) {
        last = first;
      }
      RelationshipTerms terms =
          new RelationshipTerms(from, to, type, percentage, new Validity(first, last), RelationshipFixture.CRM);
      RelationshipUpdate update =
          Relationship.establish(
                  RelationshipId.of("R" + i), terms, kindOf(from.value()), kindOf(to.value()), TELLER, NOW)
              .getOrElseThrow(error -> new AssertionError(error.message()));
      Either<RelationshipError, Relationship> saved =
          relationships.save(AccessScope.unrestricted(), update);
      if (saved.isRight() && random.nextInt(6) == 0) {
        Relationship established = saved.get();
        relationships.save(
            AccessScope.unrestricted(),
            established.end(1, established.validity().from(), TELLER, NOW).get());
      }
    }
    return TODAY.plusDays(random.nextInt(2));
  }

  private static RelationshipType randomType(Random random) {
    List<RelationshipType> types =
        List.of(
            RelationshipType.SPOUSE,
            RelationshipType.PARENT_CHILD,
            RelationshipType.SHAREHOLDING,
            RelationshipType.SHAREHOLDING,
            RelationshipType.SHAREHOLDING,
            RelationshipType.PARENT_SUBSIDIARY,
            RelationshipType.GROUP_MEMBERSHIP,
            RelationshipType.GUARANTEE);
    return types.get(random.nextInt(types.size()));
  }

  private CustomerId pick(Random random, Set<CustomerKind> kinds) {
    boolean person =
        kinds.contains(CustomerKind.INDIVIDUAL)
            && (!kinds.contains(CustomerKind.CORPORATE) || random.nextBoolean());
    List<CustomerId> candidates = person ? people : companies;
    return candidates.get(random.nextInt(candidates.size()));
  }

  private static void deleteRelationships(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate("delete from crm_relationship");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot delete the relationships", e);
    }
  }
}
