package io.github.bankcrm.benchmarks;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.relationship.BeneficialOwnership;
import io.github.bankcrm.core.relationship.CorporateGroup;
import io.github.bankcrm.core.relationship.Household;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipAnalysis;
import io.github.bankcrm.core.relationship.RelationshipGraph;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipState;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.SourceSystem;
import io.github.bankcrm.core.relationship.Validity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The derived views of one customer in a bank-sized book: household, corporate group and ultimate
 * beneficial owners looked up in an in-memory {@link RelationshipGraph} of 1,000,000 customers and
 * 2,000,000 relationships. The peer is the bare index lookup of a customer in the same graph, the floor
 * every view pays. Sampled per call, so the report carries p99.
 *
 * <p>The book is generated from a fixed seed: 800,000 people in households of 1 to 5 (spouses, each
 * child tied to both parents), 200,000 companies in corporate groups of 1 to 10 (parent/subsidiary
 * chains with majority stakes, declared members, one to three founders owning the top, the odd minority
 * cross-holding), and the rest legal representatives, senior managers, guarantees and supply-chain
 * links at random.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class RelationshipGraphBenchmark {

  private static final int PEOPLE = 800_000;
  private static final int COMPANIES = 200_000;
  private static final int RELATIONSHIPS = 2_000_000;
  private static final LocalDate START = LocalDate.of(2015, 1, 1);
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
  private static final SourceSystem SOURCE = SourceSystem.of("CORE");
  private static final int SAMPLES = 1 << 16;

  private RelationshipGraph graph;
  private RelationshipAnalysis analysis;
  private CustomerId[] people;
  private CustomerId[] companies;
  private int[] samples;
  private int next;

  /** Generates the book and builds the graph once per fork. */
  @Setup(Level.Trial)
  public void generateBook() {
    SplittableRandom random = new SplittableRandom(20261130L);
    people = new CustomerId[PEOPLE];
    companies = new CustomerId[COMPANIES];
    for (int i = 0; i < PEOPLE; i++) {
      people[i] = CustomerId.of(String.format("P%07d", i));
    }
    for (int i = 0; i < COMPANIES; i++) {
      companies[i] = CustomerId.of(String.format("K%06d", i));
    }
    Book book = new Book();
    households(book, random);
    corporateGroups(book, random);
    while (book.relationships.size() < RELATIONSHIPS) {
      int pick = random.nextInt(4);
      CustomerId person = people[random.nextInt(PEOPLE)];
      CustomerId company = companies[random.nextInt(COMPANIES)];
      switch (pick) {
        case 0 -> book.add(person, CustomerKind.INDIVIDUAL, RelationshipType.LEGAL_REPRESENTATIVE, company, CustomerKind.CORPORATE, null);
        case 1 -> book.add(person, CustomerKind.INDIVIDUAL, RelationshipType.SENIOR_MANAGEMENT, company, CustomerKind.CORPORATE, null);
        case 2 -> book.add(person, CustomerKind.INDIVIDUAL, RelationshipType.GUARANTEE, company, CustomerKind.CORPORATE, null);
        default -> {
          CustomerId buyer = companies[random.nextInt(COMPANIES)];
          if (!buyer.equals(company)) {
            book.add(company, CustomerKind.CORPORATE, RelationshipType.SUPPLY_CHAIN, buyer, CustomerKind.CORPORATE, null);
          }
        }
      }
    }
    graph = RelationshipGraph.of(book.relationships, AS_OF);
    analysis = new RelationshipAnalysis(graph);
    samples = new int[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      samples[i] = random.nextInt(PEOPLE);
    }
  }

  private static void households(Book book, SplittableRandom random) {
    int person = 0;
    while (person < PEOPLE) {
      int size = Math.min(1 + random.nextInt(5), PEOPLE - person);
      int head = person;
      int spouse = size >= 2 ? person + 1 : -1;
      if (spouse >= 0) {
        book.add(book.person(head), RelationshipType.SPOUSE, book.person(spouse));
      }
      for (int child = person + (spouse >= 0 ? 2 : 1); child < person + size; child++) {
        book.add(book.person(head), RelationshipType.PARENT_CHILD, book.person(child));
        if (spouse >= 0) {
          book.add(book.person(spouse), RelationshipType.PARENT_CHILD, book.person(child));
        }
      }
      person += size;
    }
  }

  private void corporateGroups(Book book, SplittableRandom random) {
    int company = 0;
    while (company < COMPANIES) {
      int size = Math.min(1 + random.nextInt(10), COMPANIES - company);
      CustomerId top = companies[company];
      int founders = 1 + random.nextInt(3);
      int left = 100;
      for (int f = 0; f < founders && left > 1; f++) {
        int stake = f == founders - 1 ? left : 1 + random.nextInt(left - 1);
        book.add(
            people[random.nextInt(PEOPLE)], CustomerKind.INDIVIDUAL,
            RelationshipType.SHAREHOLDING, top, CustomerKind.CORPORATE, BigDecimal.valueOf(stake));
        left -= stake;
      }
      for (int member = company + 1; member < company + size; member++) {
        // a chain: each member hangs below a random earlier member of its group
        CustomerId parent = companies[company + random.nextInt(member - company)];
        CustomerId subsidiary = companies[member];
        if (random.nextInt(4) == 0) {
          book.add(subsidiary, CustomerKind.CORPORATE, RelationshipType.GROUP_MEMBERSHIP, top, CustomerKind.CORPORATE, null);
        } else {
          book.add(parent, CustomerKind.CORPORATE, RelationshipType.PARENT_SUBSIDIARY, subsidiary, CustomerKind.CORPORATE, null);
          book.add(
              parent, CustomerKind.CORPORATE, RelationshipType.SHAREHOLDING, subsidiary, CustomerKind.CORPORATE,
              BigDecimal.valueOf(51 + random.nextInt(49)));
        }
        if (random.nextInt(50) == 0 && member - company >= 2) {
          // a minority cross-holding back up the group: a cycle in the ownership graph
          book.add(
              subsidiary, CustomerKind.CORPORATE, RelationshipType.SHAREHOLDING,
              companies[company + 1 + random.nextInt(member - company - 1)], CustomerKind.CORPORATE,
              BigDecimal.ONE);
        }
      }
      company += size;
    }
  }

  /** The relationships generated so far. */
  private final class Book {
    final List<Relationship> relationships = new ArrayList<>(RELATIONSHIPS);

    CustomerId person(int index) {
      return people[index];
    }

    void add(CustomerId from, RelationshipType type, CustomerId to) {
      add(from, CustomerKind.INDIVIDUAL, type, to, CustomerKind.INDIVIDUAL, null);
    }

    void add(
        CustomerId from,
        CustomerKind fromKind,
        RelationshipType type,
        CustomerId to,
        CustomerKind toKind,
        BigDecimal percentage) {
      if (from.equals(to)) {
        return;
      }
      relationships.add(
          new Relationship(
              RelationshipId.of("R" + relationships.size()),
              1,
              from,
              fromKind,
              to,
              toKind,
              type,
              percentage,
              Validity.from(START),
              SOURCE,
              RelationshipState.ACTIVE,
              CREATED,
              CREATED));
    }
  }

  private int sample() {
    int index = samples[next];
    next = (next + 1) & (SAMPLES - 1);
    return index;
  }

  /**
   * The peer: finding one customer in the graph's index.
   *
   * @return the customer's kind
   */
  @Benchmark
  public Optional<CustomerKind> indexLookup() {
    return graph.kindOf(people[sample()]);
  }

  /**
   * The household of a random person.
   *
   * @return the household
   */
  @Benchmark
  public Household household() {
    return analysis.household(people[sample()]);
  }

  /**
   * The corporate group of a random company (control threshold 50 %).
   *
   * @return the group
   */
  @Benchmark
  public CorporateGroup corporateGroup() {
    return analysis.corporateGroup(companies[sample() % COMPANIES]);
  }

  /**
   * The ultimate beneficial owners of a random company (threshold 25 %), with their chains.
   *
   * @return the owners
   */
  @Benchmark
  public BeneficialOwnership ultimateBeneficialOwners() {
    return analysis.ultimateBeneficialOwners(companies[sample() % COMPANIES]);
  }
}
