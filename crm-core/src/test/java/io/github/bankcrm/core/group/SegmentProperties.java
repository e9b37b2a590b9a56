package io.github.bankcrm.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of segment rules and their evaluation: JSON is a faithful format, the boolean algebra of
 * all / any / not holds, and re-evaluation is a deterministic filter whose events are exactly the
 * change in membership; a record merged into another is in no segment.
 */
class SegmentProperties {

  private static final Actor JOB = Actor.system("segments");
  private static final Instant NOW = Instant.parse("2026-01-01T20:00:00Z");

  @Provide
  Arbitrary<SegmentDefinition> definitions() {
    return SegmentArbitraries.definitions();
  }

  @Provide
  Arbitrary<SegmentRule> rules() {
    return SegmentArbitraries.rules(2);
  }

  @Provide
  Arbitrary<List<SegmentSubject>> populations() {
    return SegmentArbitraries.subjects().list().ofMaxSize(12).uniqueElements(s -> s.customer().id());
  }

  @Provide
  Arbitrary<SegmentSubject> subjects() {
    return SegmentArbitraries.subjects();
  }

  @Property(tries = 300)
  void generated_definitions_are_valid_and_survive_a_json_round_trip(
      @ForAll("definitions") SegmentDefinition definition) {
    assertThat(definition.validate().isValid()).isTrue();
    assertThat(CrmJson.roundTrip(definition, SegmentDefinition.class)).isEqualTo(definition);
    assertThat(CrmJson.roundTrip(definition.rule(), SegmentRule.class)).isEqualTo(definition.rule());
  }

  @Property(tries = 300)
  void not_not_is_the_rule_itself(
      @ForAll("rules") SegmentRule rule, @ForAll("subjects") SegmentSubject subject) {
    assertThat(SegmentRule.not(SegmentRule.not(rule)).matches(subject)).isEqualTo(rule.matches(subject));
  }

  @Property(tries = 300)
  void de_morgan(
      @ForAll("rules") SegmentRule a,
      @ForAll("rules") SegmentRule b,
      @ForAll("subjects") SegmentSubject subject) {
    assertThat(SegmentRule.not(SegmentRule.all(a, b)).matches(subject))
        .isEqualTo(SegmentRule.any(SegmentRule.not(a), SegmentRule.not(b)).matches(subject));
    assertThat(SegmentRule.not(SegmentRule.any(a, b)).matches(subject))
        .isEqualTo(SegmentRule.all(SegmentRule.not(a), SegmentRule.not(b)).matches(subject));
  }

  @Property(tries = 200)
  void evaluation_is_a_plain_filter_and_its_events_are_the_symmetric_difference(
      @ForAll("definitions") SegmentDefinition definition,
      @ForAll("populations") List<SegmentSubject> population,
      @ForAll long seed) {
    Set<CustomerId> previous = randomPreviousMembers(population, seed);

    SegmentEvaluation evaluation =
        SegmentEvaluation.evaluate(definition, SegmentArbitraries.DAY, population, previous, JOB, NOW);

    Set<CustomerId> filtered =
        population.stream()
            .filter(definition.rule()::matches)
            .map(subject -> subject.customer().id())
            .collect(Collectors.toSet());
    assertThat(evaluation.members()).isEqualTo(filtered);
    Set<CustomerId> entered = new HashSet<>(filtered);
    entered.removeAll(previous);
    Set<CustomerId> left = new HashSet<>(previous);
    left.removeAll(filtered);
    assertThat(evaluation.entered()).containsExactlyElementsOf(new TreeSet<>(entered));
    assertThat(evaluation.left()).containsExactlyElementsOf(new TreeSet<>(left));
    assertThat(evaluation.events()).hasSize(entered.size() + left.size());
    assertThat(evaluation.events())
        .allSatisfy(
            event -> {
              assertThat(event.segmentId()).isEqualTo(definition.id());
              assertThat(event.segmentVersion()).isEqualTo(definition.version());
              assertThat(event.evaluatedOn()).isEqualTo(SegmentArbitraries.DAY);
            });
  }

  @Property(tries = 200)
  void evaluating_twice_or_in_another_order_gives_the_same_result(
      @ForAll("definitions") SegmentDefinition definition,
      @ForAll("populations") List<SegmentSubject> population,
      @ForAll long seed) {
    Set<CustomerId> previous = randomPreviousMembers(population, seed);
    List<SegmentSubject> shuffled = new ArrayList<>(population);
    Collections.shuffle(shuffled, new Random(seed));

    SegmentEvaluation first =
        SegmentEvaluation.evaluate(definition, SegmentArbitraries.DAY, population, previous, JOB, NOW);
    SegmentEvaluation again =
        SegmentEvaluation.evaluate(definition, SegmentArbitraries.DAY, population, previous, JOB, NOW);
    SegmentEvaluation reordered =
        SegmentEvaluation.evaluate(definition, SegmentArbitraries.DAY, shuffled, previous, JOB, NOW);

    assertThat(again).isEqualTo(first);
    assertThat(reordered).isEqualTo(first);
  }

  @Property(tries = 200)
  void a_record_merged_into_another_is_in_no_segment_and_leaves_the_ones_it_was_in(
      @ForAll("definitions") SegmentDefinition definition,
      @ForAll("populations") List<SegmentSubject> population,
      @ForAll long seed) {
    Random random = new Random(seed);
    List<SegmentSubject> withMerged = new ArrayList<>();
    List<SegmentSubject> unmerged = new ArrayList<>();
    Set<CustomerId> merged = new HashSet<>();
    for (SegmentSubject subject : population) {
      if (random.nextBoolean()) {
        withMerged.add(subject);
        unmerged.add(subject);
      } else {
        withMerged.add(mergedAway(subject));
        merged.add(subject.customer().id());
      }
    }
    Set<CustomerId> everyone =
        population.stream().map(subject -> subject.customer().id()).collect(Collectors.toSet());

    SegmentEvaluation evaluation =
        SegmentEvaluation.evaluate(definition, SegmentArbitraries.DAY, withMerged, everyone, JOB, NOW);

    assertThat(evaluation.members()).noneMatch(merged::contains);
    assertThat(merged).allMatch(evaluation.left()::contains);
    assertThat(evaluation.members())
        .isEqualTo(
            SegmentEvaluation.evaluate(definition, SegmentArbitraries.DAY, unmerged, everyone, JOB, NOW)
                .members());
  }

  /** The same subject, its customer record merged into another. */
  private static SegmentSubject mergedAway(SegmentSubject subject) {
    Customer customer = subject.customer();
    Customer merged =
        customer
            .markMerged(customer.version(), CustomerId.of("SURVIVOR-1"), JOB, customer.updatedAt())
            .getOrElseThrow(error -> new AssertionError(error.message()))
            .customer();
    return new SegmentSubject(merged, subject.balances(), subject.tier(), subject.evaluationDate());
  }

  /** Some of the population and some customers who are no longer in it. */
  private static Set<CustomerId> randomPreviousMembers(List<SegmentSubject> population, long seed) {
    Random random = new Random(seed);
    Set<CustomerId> previous = new HashSet<>();
    for (SegmentSubject subject : population) {
      if (random.nextBoolean()) {
        previous.add(subject.customer().id());
      }
    }
    if (random.nextBoolean()) {
      previous.add(CustomerId.of("GONE-" + random.nextInt(1000)));
    }
    return previous;
  }
}
