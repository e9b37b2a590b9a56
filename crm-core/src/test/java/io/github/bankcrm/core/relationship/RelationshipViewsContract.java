package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.relationship.RelationshipFixture.START;
import static io.github.bankcrm.core.relationship.RelationshipFixture.TODAY;
import static io.github.bankcrm.core.relationship.RelationshipFixture.kindOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationFixture;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link RelationshipViews} port: on generated graphs (fixed seeds, so a failure
 * names the seed that reproduces it) with cycles, cross-holdings, parallel and ended ties, periods
 * around the day, customers in three units and three scopes, every view equals what {@link
 * RelationshipAnalysis} gives over the graph of {@link Relationships#effectiveOn} for the same scope
 * and day, beneficial owners' chains included; a customer outside the scope is not found. Every
 * adapter (in-memory, H2, PostgreSQL) extends this class unchanged.
 */
public abstract class RelationshipViewsContract {

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
  private static final List<BigDecimal> CONTROL_THRESHOLDS =
      List.of(
          RelationshipAnalysis.DEFAULT_CONTROL_THRESHOLD,
          BigDecimal.ZERO,
          new BigDecimal("30.00005"),
          new BigDecimal("100"));
  private static final List<BigDecimal> OWNERSHIP_THRESHOLDS =
      List.of(
          RelationshipAnalysis.DEFAULT_OWNERSHIP_THRESHOLD,
          BigDecimal.ZERO,
          new BigDecimal("10.000005"));

  /**
   * A fresh, empty customer store. Called once per graph, before {@link #newRelationships}.
   *
   * @return the store
   */
  protected abstract Customers newCustomers();

  /**
   * A fresh, empty relationship store over the storage of {@code customers}.
   *
   * @param customers the store {@link #newCustomers()} just returned
   * @return the store
   */
  protected abstract Relationships newRelationships(Customers customers);

  /**
   * The views of the adapter over the same storage.
   *
   * @param relationships the store {@link #newRelationships} just returned
   * @return the views under test
   */
  protected abstract RelationshipViews viewsOf(Relationships relationships);

  /** One generated bank: its stores and customers. */
  private final class World {
    final Relationships relationships;
    final RelationshipViews views;
    final List<CustomerId> people = new ArrayList<>();
    final List<CustomerId> companies = new ArrayList<>();

    World() {
      Customers customers = newCustomers();
      for (int i = 0; i < PEOPLE; i++) {
        people.add(RelationshipFixture.person(customers, "P" + i, UNITS.get(i % UNITS.size())));
      }
      for (int i = 0; i < COMPANIES; i++) {
        companies.add(RelationshipFixture.company(customers, "K" + i, UNITS.get(i % UNITS.size())));
      }
      relationships = newRelationships(customers);
      views = viewsOf(relationships);
    }

    RelationshipAnalysis analysisOf(AccessScope scope, LocalDate day) {
      return new RelationshipAnalysis(RelationshipGraph.of(relationships.effectiveOn(scope, day), day));
    }

    Relationship saved(String id, CustomerId from, RelationshipType type, CustomerId to, @Nullable String percentage) {
      RelationshipTerms terms =
          new RelationshipTerms(
              from,
              to,
              type,
              percentage == null ? null : new BigDecimal(percentage),
              Validity.from(START),
              RelationshipFixture.CRM);
      return save(terms, id)
          .getOrElseThrow(error -> new AssertionError("refused: " + error.message()));
    }

    Either<RelationshipError, Relationship> save(RelationshipTerms terms, String id) {
      RelationshipUpdate update =
          Relationship.establish(
                  RelationshipId.of(id),
                  terms,
                  kindOf(terms.from().value()),
                  kindOf(terms.to().value()),
                  TELLER,
                  NOW)
              .getOrElseThrow(error -> new AssertionError(error.message()));
      return relationships.save(AccessScope.unrestricted(), update);
    }

    /**
     * Stores a random graph and returns the day to ask about. Saves the port refuses (a duplicate, a
     * company owned more than 100 %) are simply not part of the graph.
     */
    LocalDate storeRandomGraph(Random random) {
      int count = 6 + random.nextInt(24);
      for (int i = 0; i < count; i++) {
        RelationshipType type = randomType(random);
        CustomerId from = pick(random, type.fromKinds());
        CustomerId to = pick(random, type.toKinds());
        if (from.equals(to)) {
          continue;
        }
        String percentage =
            type.carriesPercentage() ? BigDecimal.valueOf(1 + random.nextInt(800_000), 4).toPlainString() : null;
        LocalDate first = random.nextInt(4) == 0 ? TODAY.plusDays(random.nextInt(3)) : START;
        LocalDate last = random.nextInt(4) == 0 ? TODAY.minusDays(random.nextInt(3) - 1) : null;
        if (last != null && last.isBefore(first)) {
          last = first;
        }
        RelationshipTerms terms =
            new RelationshipTerms(
                from,
                to,
                type,
                percentage == null ? null : new BigDecimal(percentage),
                new Validity(first, last),
                RelationshipFixture.CRM);
        Either<RelationshipError, Relationship> stored = save(terms, "R" + i);
        if (stored.isRight() && random.nextInt(6) == 0) {
          Relationship established = stored.get();
          relationships.save(
              AccessScope.unrestricted(),
              established.end(1, established.validity().from(), TELLER, NOW).get());
        }
      }
      return TODAY.plusDays(random.nextInt(2));
    }

    private CustomerId pick(Random random, Set<CustomerKind> kinds) {
      boolean person =
          kinds.contains(CustomerKind.INDIVIDUAL)
              && (!kinds.contains(CustomerKind.CORPORATE) || random.nextBoolean());
      List<CustomerId> candidates = person ? people : companies;
      return candidates.get(random.nextInt(candidates.size()));
    }
  }

  private static RelationshipType randomType(Random random) {
    List<RelationshipType> types =
        List.of(
            RelationshipType.SPOUSE,
            RelationshipType.PARENT_CHILD,
            RelationshipType.SHAREHOLDING,
            RelationshipType.SHAREHOLDING,
            RelationshipType.SHAREHOLDING,
            RelationshipType.SHAREHOLDING,
            RelationshipType.PARENT_SUBSIDIARY,
            RelationshipType.GROUP_MEMBERSHIP,
            RelationshipType.GUARANTEE);
    return types.get(random.nextInt(types.size()));
  }

  /** What a view must answer: the analysis's view if the customer is in the scope, else not found. */
  private static <T> Either<RelationshipError, T> expected(
      RelationshipAnalysis analysis,
      AccessScope scope,
      CustomerId customer,
      java.util.function.Function<RelationshipAnalysis, T> view) {
    return scope.canSee(unitOf(customer))
        ? Either.right(view.apply(analysis))
        : Either.left(new RelationshipError.CustomerNotFound(customer));
  }

  /** Customer i of either kind sits in unit i mod 3: BJ01, BJ02, SH01. */
  private static OrganizationUnitId unitOf(CustomerId customer) {
    int i = Integer.parseInt(customer.value().substring(1));
    return UNITS.get(i % UNITS.size());
  }

  /** A check of every customer of one generated graph in one scope; returns how many views count. */
  @FunctionalInterface
  private interface GraphCheck {
    int check(World world, String graph, AccessScope scope, LocalDate day, RelationshipAnalysis analysis);
  }

  /** Runs a check on each generated graph in each scope; returns the sum of its counts. */
  private int onGeneratedGraphs(GraphCheck check) {
    int counted = 0;
    for (long seed = 1; seed <= GRAPHS; seed++) {
      World world = new World();
      LocalDate day = world.storeRandomGraph(new Random(seed));
      for (AccessScope scope : SCOPES) {
        counted += check.check(world, "seed " + seed + ", " + scope, scope, day, world.analysisOf(scope, day));
      }
    }
    return counted;
  }

  @Nested
  class On_generated_graphs {

    @Test
    void households_equal_the_analysis() {
      int families =
          onGeneratedGraphs(
              (world, graph, scope, day, analysis) -> {
                int large = 0;
                for (CustomerId person : world.people) {
                  Either<RelationshipError, Household> household = world.views.household(scope, person, day);
                  assertThat(household)
                      .as("household of %s, %s", person, graph)
                      .isEqualTo(expected(analysis, scope, person, a -> a.household(person)));
                  large += household.map(h -> h.members().size() > 2 ? 1 : 0).getOrElse(0);
                }
                return large;
              });
      // the generated graphs are not trivially empty: many households span three people or more
      assertThat(families).isGreaterThan(GRAPHS);
    }

    @Test
    void corporate_groups_equal_the_analysis() {
      int groupsWithPersons =
          onGeneratedGraphs(
              (world, graph, scope, day, analysis) -> {
                int tied = 0;
                for (CustomerId company : world.companies) {
                  for (BigDecimal threshold : CONTROL_THRESHOLDS) {
                    Either<RelationshipError, CorporateGroup> group =
                        world.views.corporateGroup(scope, company, day, threshold);
                    assertThat(group)
                        .as("group of %s above %s, %s", company, threshold, graph)
                        .isEqualTo(
                            expected(analysis, scope, company, a -> a.corporateGroup(company, threshold)));
                    tied +=
                        group
                            .map(g -> g.members().size() > 2 && !g.controllingPersons().isEmpty() ? 1 : 0)
                            .getOrElse(0);
                  }
                }
                return tied;
              });
      // the generated graphs are not trivially empty: many groups are tied together through a person
      assertThat(groupsWithPersons).isGreaterThan(GRAPHS);
    }

    @Test
    void beneficial_owners_equal_the_analysis_chains_included() {
      List<BeneficialOwner> found = new ArrayList<>();
      onGeneratedGraphs(
          (world, graph, scope, day, analysis) -> {
            for (CustomerId company : world.companies) {
              for (BigDecimal threshold : OWNERSHIP_THRESHOLDS) {
                Either<RelationshipError, BeneficialOwnership> owners =
                    world.views.ultimateBeneficialOwners(scope, company, day, threshold);
                assertThat(owners)
                    .as("owners of %s above %s, %s", company, threshold, graph)
                    .isEqualTo(
                        expected(
                            analysis, scope, company, a -> a.ultimateBeneficialOwners(company, threshold)));
                owners.forEach(ownership -> found.addAll(ownership.owners()));
              }
            }
            return 0;
          });
      // the generated graphs hold indirect stakes and owners reached by more than one route
      assertThat(found).filteredOn(owner -> owner.chains().stream().anyMatch(c -> c.links().size() > 1))
          .hasSizeGreaterThan(GRAPHS);
      assertThat(found).filteredOn(owner -> owner.chains().size() > 1).hasSizeGreaterThan(GRAPHS / 4);
    }
  }

  @Nested
  class Beneficial_owners {

    @Test
    void multiply_stakes_exactly_along_each_chain_and_add_the_chains() {
      World world = new World();
      CustomerId p0 = world.people.get(0);
      CustomerId k0 = world.companies.get(0);
      CustomerId k1 = world.companies.get(1);
      CustomerId k2 = world.companies.get(2);
      // P0 -33.3333-> K1 -33.3333-> K0; P0 -0.0001-> K2 -66.6666-> K0; P0 -0.0001-> K0
      world.saved("R1", p0, RelationshipType.SHAREHOLDING, k1, "33.3333");
      world.saved("R2", k1, RelationshipType.SHAREHOLDING, k0, "33.3333");
      world.saved("R3", p0, RelationshipType.SHAREHOLDING, k2, "0.0001");
      world.saved("R4", k2, RelationshipType.SHAREHOLDING, k0, "66.6666");
      world.saved("R5", p0, RelationshipType.SHAREHOLDING, k0, "0.0001");

      BeneficialOwnership ownership =
          world.views.ultimateBeneficialOwners(AccessScope.unrestricted(), k0, TODAY, BigDecimal.ZERO).get();

      // exact: 0.333333 * 0.333333 + 0.000001 * 0.666666 + 0.000001 = 0.111112555555 → 11.1113 %
      assertThat(ownership.owners()).hasSize(1);
      BeneficialOwner owner = ownership.owners().get(0);
      assertThat(owner.customerId()).isEqualTo(p0);
      assertThat(owner.percentage()).isEqualByComparingTo("11.1113");
      assertThat(owner.chains())
          .extracting(chain -> chain.links().stream().map(l -> l.relationshipId().value()).toList())
          .containsExactly(List.of("R1", "R2"), List.of("R3", "R4"), List.of("R5"));
      assertThat(owner.chains().get(0).percentage()).isEqualByComparingTo("11.1111");
      assertThat(ownership.untracedCompanies()).isEmpty();
      // the threshold is compared with the exact sum, not with the rounded one
      assertThat(ownersAbove(world, k0, "11.1112555555")).isEmpty();
      assertThat(ownersAbove(world, k0, "11.1112555554")).containsExactly(p0);
    }

    private List<CustomerId> ownersAbove(World world, CustomerId company, String threshold) {
      return world
          .views
          .ultimateBeneficialOwners(AccessScope.unrestricted(), company, TODAY, new BigDecimal(threshold))
          .get()
          .owners()
          .stream()
          .map(BeneficialOwner::customerId)
          .toList();
    }

    @Test
    void follow_a_ring_of_companies_once_and_report_a_company_without_owners_apart() {
      World world = new World();
      CustomerId p0 = world.people.get(0);
      CustomerId k0 = world.companies.get(0);
      CustomerId k1 = world.companies.get(1);
      CustomerId k2 = world.companies.get(2);
      world.saved("R1", k1, RelationshipType.SHAREHOLDING, k0, "60");
      world.saved("R2", k0, RelationshipType.SHAREHOLDING, k1, "50");
      world.saved("R3", p0, RelationshipType.SHAREHOLDING, k1, "50");
      world.saved("R4", k2, RelationshipType.SHAREHOLDING, k0, "40");

      BeneficialOwnership ownership =
          world.views.ultimateBeneficialOwners(AccessScope.unrestricted(), k0, TODAY).get();

      assertThat(ownership.owners())
          .extracting(BeneficialOwner::customerId, BeneficialOwner::percentage)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(p0, new BigDecimal("30.0000")));
      assertThat(ownership.untracedCompanies())
          .extracting(BeneficialOwner::customerId, BeneficialOwner::percentage)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(k2, new BigDecimal("40.0000")));
    }

    @Test
    void are_not_asked_of_a_person() {
      World world = new World();
      CustomerId person = world.people.get(0);

      assertThat(world.views.ultimateBeneficialOwners(AccessScope.unrestricted(), person, TODAY))
          .isEqualTo(
              Either.left(
                  new RelationshipError.ViewNotApplicable(
                      person, CustomerKind.INDIVIDUAL, "beneficial owners")));
    }

    @Test
    void refuse_a_threshold_above_100() {
      World world = new World();
      assertThatThrownBy(
              () ->
                  world.views.ultimateBeneficialOwners(
                      AccessScope.unrestricted(), world.companies.get(0), TODAY, new BigDecimal("100.01")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Households_and_groups {

    @Test
    void of_a_person_without_family_ties_is_the_person_alone() {
      World world = new World();
      CustomerId person = world.people.get(0);
      assertThat(world.views.household(AccessScope.unrestricted(), person, TODAY).get().members())
          .containsExactly(person);
    }

    @Test
    void are_asked_of_the_right_kind() {
      World world = new World();
      CustomerId person = world.people.get(0);
      CustomerId company = world.companies.get(0);

      assertThat(world.views.household(AccessScope.unrestricted(), company, TODAY))
          .isEqualTo(
              Either.left(
                  new RelationshipError.ViewNotApplicable(company, CustomerKind.CORPORATE, "household")));
      assertThat(world.views.corporateGroup(AccessScope.unrestricted(), person, TODAY))
          .isEqualTo(
              Either.left(
                  new RelationshipError.ViewNotApplicable(
                      person, CustomerKind.INDIVIDUAL, "corporate group")));
    }

    @Test
    void are_not_found_outside_the_scope_or_for_an_unknown_customer() {
      World world = new World();
      CustomerId shanghaiPerson = world.people.get(2);
      CustomerId unknown = CustomerId.of("P99");

      assertThat(world.views.household(OrganizationFixture.scopeOf("BJ"), shanghaiPerson, TODAY))
          .isEqualTo(Either.left(new RelationshipError.CustomerNotFound(shanghaiPerson)));
      assertThat(world.views.household(AccessScope.unrestricted(), unknown, TODAY))
          .isEqualTo(Either.left(new RelationshipError.CustomerNotFound(unknown)));
    }

    @Test
    void refuse_a_control_threshold_above_100() {
      World world = new World();
      assertThatThrownBy(
              () ->
                  world.views.corporateGroup(
                      AccessScope.unrestricted(), world.companies.get(0), TODAY, new BigDecimal("100.01")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
