package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.relationship.RelationshipFixture.TODAY;
import static io.github.bankcrm.core.relationship.RelationshipFixture.kindOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the derived views on small random graphs: beneficial ownership agrees with a
 * brute-force enumeration of every sequence of customers (cycles and parallel stakes included), and no
 * view depends on the order the relationships were given in.
 */
class RelationshipGraphProperties {

  private static final BigDecimal HUNDRED = new BigDecimal(100);

  // --- beneficial ownership against brute force -------------------------------------------------

  @Property(tries = 300)
  void beneficial_ownership_equals_a_brute_force_enumeration_of_chains(
      @ForAll("shareholdingGraphs") List<Relationship> stakes,
      @ForAll("thresholds") BigDecimal threshold) {
    RelationshipAnalysis analysis = new RelationshipAnalysis(RelationshipGraph.of(stakes, TODAY));
    for (String company : companiesOf(stakes)) {
      Map<String, Tally> expected = bruteForce(stakes, company);

      BeneficialOwnership everyone =
          analysis.ultimateBeneficialOwners(CustomerId.of(company), BigDecimal.ZERO);
      Map<String, BigDecimal> found = new TreeMap<>();
      Map<String, Integer> chains = new TreeMap<>();
      everyone.owners().forEach(owner -> found.put(owner.customerId().value(), owner.percentage()));
      everyone.untracedCompanies().forEach(owner -> found.put(owner.customerId().value(), owner.percentage()));
      everyone.owners().forEach(owner -> chains.put(owner.customerId().value(), owner.chains().size()));
      everyone.untracedCompanies().forEach(owner -> chains.put(owner.customerId().value(), owner.chains().size()));
      Map<String, BigDecimal> expectedPercent = new TreeMap<>();
      Map<String, Integer> expectedChains = new TreeMap<>();
      expected.forEach(
          (owner, tally) -> {
            expectedPercent.put(owner, reported(tally.share));
            expectedChains.put(owner, tally.chains);
          });
      assertThat(found).as("shares in %s", company).isEqualTo(expectedPercent);
      assertThat(chains).as("chains to %s", company).isEqualTo(expectedChains);
      assertThat(everyone.owners())
          .allMatch(owner -> kindOf(owner.customerId().value()) == CustomerKind.INDIVIDUAL);
      assertThat(everyone.untracedCompanies())
          .allMatch(owner -> kindOf(owner.customerId().value()) == CustomerKind.CORPORATE);

      BeneficialOwnership above = analysis.ultimateBeneficialOwners(CustomerId.of(company), threshold);
      Set<String> expectedAbove = new java.util.TreeSet<>();
      expected.forEach(
          (owner, tally) -> {
            if (tally.share.multiply(HUNDRED).compareTo(threshold) > 0 && kindOf(owner) == CustomerKind.INDIVIDUAL) {
              expectedAbove.add(owner);
            }
          });
      assertThat(above.owners())
          .extracting(owner -> owner.customerId().value())
          .containsExactlyInAnyOrderElementsOf(expectedAbove);
    }
  }

  private static final class Tally {
    BigDecimal share = BigDecimal.ZERO;
    int chains;
  }

  /**
   * Tries every ordering of every subset of the other customers as a chain ending at {@code company},
   * and keeps those whose consecutive customers hold stakes and whose top cannot be traced further.
   */
  private static Map<String, Tally> bruteForce(List<Relationship> stakes, String company) {
    Map<String, Map<String, List<BigDecimal>>> held = new HashMap<>();
    Set<String> owned = new LinkedHashSet<>();
    Set<String> customers = new LinkedHashSet<>();
    for (Relationship stake : stakes) {
      held.computeIfAbsent(stake.from().value(), key -> new HashMap<>())
          .computeIfAbsent(stake.to().value(), key -> new ArrayList<>())
          .add(stake.ownershipPercentage().movePointLeft(2));
      owned.add(stake.to().value());
      customers.add(stake.from().value());
      customers.add(stake.to().value());
    }
    customers.remove(company);
    List<String> others = new ArrayList<>(customers);
    Map<String, Tally> tallies = new TreeMap<>();
    for (int subset = 1; subset < (1 << others.size()); subset++) {
      List<String> chosen = new ArrayList<>();
      for (int i = 0; i < others.size(); i++) {
        if ((subset & (1 << i)) != 0) {
          chosen.add(others.get(i));
        }
      }
      for (List<String> order : permutations(chosen)) {
        List<String> sequence = new ArrayList<>(order);
        sequence.add(company);
        String top = sequence.get(0);
        if (owned.contains(top)) {
          continue;
        }
        BigDecimal share = BigDecimal.ONE;
        int combinations = 1;
        for (int i = 0; i + 1 < sequence.size() && combinations > 0; i++) {
          List<BigDecimal> parallel =
              held.getOrDefault(sequence.get(i), Map.of()).getOrDefault(sequence.get(i + 1), List.of());
          combinations *= parallel.size();
          share = share.multiply(parallel.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        }
        if (combinations > 0) {
          Tally tally = tallies.computeIfAbsent(top, key -> new Tally());
          tally.share = tally.share.add(share);
          tally.chains += combinations;
        }
      }
    }
    return tallies;
  }

  private static List<List<String>> permutations(List<String> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<String>> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<String> rest = new ArrayList<>(items);
      String first = rest.remove(i);
      for (List<String> tail : permutations(rest)) {
        List<String> permutation = new ArrayList<>();
        permutation.add(first);
        permutation.addAll(tail);
        all.add(permutation);
      }
    }
    return all;
  }

  private static BigDecimal reported(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(RelationshipAnalysis.REPORTED_SCALE, RoundingMode.HALF_EVEN);
  }

  private static Set<String> companiesOf(List<Relationship> relationships) {
    Set<String> companies = new java.util.TreeSet<>(List.of("K0"));
    for (Relationship relationship : relationships) {
      for (CustomerId customer : List.of(relationship.from(), relationship.to())) {
        if (kindOf(customer.value()) == CustomerKind.CORPORATE) {
          companies.add(customer.value());
        }
      }
    }
    return companies;
  }

  // --- order independence -----------------------------------------------------------------------

  @Property(tries = 300)
  void no_view_depends_on_the_order_relationships_are_given_in(
      @ForAll("mixedGraphs") List<Relationship> relationships, @ForAll Random random) {
    List<Relationship> shuffled = new ArrayList<>(relationships);
    Collections.shuffle(shuffled, random);
    RelationshipAnalysis given = new RelationshipAnalysis(RelationshipGraph.of(relationships, TODAY));
    RelationshipAnalysis reordered = new RelationshipAnalysis(RelationshipGraph.of(shuffled, TODAY));

    for (int i = 0; i < 5; i++) {
      CustomerId person = CustomerId.of("P" + i);
      CustomerId company = CustomerId.of("K" + i);
      assertThat(reordered.household(person)).isEqualTo(given.household(person));
      assertThat(reordered.corporateGroup(company)).isEqualTo(given.corporateGroup(company));
      assertThat(reordered.ultimateBeneficialOwners(company, BigDecimal.ZERO))
          .isEqualTo(given.ultimateBeneficialOwners(company, BigDecimal.ZERO));
    }
  }

  @Property(tries = 300)
  void households_and_groups_partition_the_customers(
      @ForAll("mixedGraphs") List<Relationship> relationships) {
    RelationshipAnalysis analysis = new RelationshipAnalysis(RelationshipGraph.of(relationships, TODAY));

    for (int i = 0; i < 5; i++) {
      Household household = analysis.household(CustomerId.of("P" + i));
      for (CustomerId member : household.members()) {
        assertThat(analysis.household(member).members()).isEqualTo(household.members());
      }
      CorporateGroup group = analysis.corporateGroup(CustomerId.of("K" + i));
      for (CustomerId member : group.members()) {
        assertThat(analysis.corporateGroup(member).members()).isEqualTo(group.members());
      }
    }
  }

  // --- generators -------------------------------------------------------------------------------

  /** Shareholdings among up to 5 companies and 3 people, cycles and parallel stakes included. */
  @Provide
  Arbitrary<List<Relationship>> shareholdingGraphs() {
    return Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(0, 3))
        .flatAs(
            (companies, people) -> {
              List<String> owners = new ArrayList<>();
              IntStream.range(0, companies).forEach(i -> owners.add("K" + i));
              IntStream.range(0, people).forEach(i -> owners.add("P" + i));
              Arbitrary<String[]> stake =
                  Combinators.combine(
                          Arbitraries.of(owners),
                          Arbitraries.integers().between(0, companies - 1).map(i -> "K" + i),
                          Arbitraries.integers().between(1, 10000).map(String::valueOf))
                      .as((owner, company, hundredths) -> new String[] {owner, company, hundredths})
                      .filter(triple -> !triple[0].equals(triple[1]));
              return stake.list().ofMaxSize(12).map(RelationshipGraphProperties::numberedStakes);
            });
  }

  private static List<Relationship> numberedStakes(List<String[]> stakes) {
    List<Relationship> relationships = new ArrayList<>();
    for (int i = 0; i < stakes.size(); i++) {
      String[] stake = stakes.get(i);
      relationships.add(
          RelationshipFixture.owns(
              "R" + i, stake[0], stake[1], new BigDecimal(stake[2]).movePointLeft(2).toPlainString()));
    }
    return relationships;
  }

  /** Family, control, shareholding and other ties among 5 people and 5 companies. */
  @Provide
  Arbitrary<List<Relationship>> mixedGraphs() {
    Arbitrary<String> people = Arbitraries.integers().between(0, 4).map(i -> "P" + i);
    Arbitrary<String> companies = Arbitraries.integers().between(0, 4).map(i -> "K" + i);
    Arbitrary<String> anyone = Arbitraries.oneOf(people, companies);
    Arbitrary<Object[]> tie =
        Arbitraries.oneOf(
                Combinators.combine(people, people, Arbitraries.of(RelationshipType.SPOUSE, RelationshipType.PARENT_CHILD))
                    .as((a, b, type) -> new Object[] {a, type, b, null}),
                Combinators.combine(
                        companies,
                        companies,
                        Arbitraries.of(RelationshipType.PARENT_SUBSIDIARY, RelationshipType.GROUP_MEMBERSHIP))
                    .as((a, b, type) -> new Object[] {a, type, b, null}),
                Combinators.combine(anyone, companies, Arbitraries.of("10", "30", "50", "50.0001", "75", "100"))
                    .as((a, b, percentage) -> new Object[] {a, RelationshipType.SHAREHOLDING, b, percentage}),
                Combinators.combine(anyone, anyone)
                    .as((a, b) -> new Object[] {a, RelationshipType.GUARANTEE, b, null}))
            .filter(parts -> !parts[0].equals(parts[2]));
    return tie.list()
        .ofMaxSize(15)
        .map(
            ties -> {
              List<Relationship> relationships = new ArrayList<>();
              for (int i = 0; i < ties.size(); i++) {
                Object[] parts = ties.get(i);
                relationships.add(
                    RelationshipFixture.relationship(
                        "R" + i, (String) parts[0], (RelationshipType) parts[1], (String) parts[2], (String) parts[3]));
              }
              return relationships;
            });
  }

  @Provide
  Arbitrary<BigDecimal> thresholds() {
    return Arbitraries.of("0", "10", "25", "50", "99.99").map(BigDecimal::new);
  }
}
