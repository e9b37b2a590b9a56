package io.github.bankcrm.core.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.resolution.DuplicatePopulation.DuplicateKind;
import io.github.bankcrm.core.resolution.DuplicatePopulation.Population;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CandidateSearchTest {

  private static final IdentityNormalization NORMALIZATION = IdentityNormalization.standard();

  @Nested
  class OnAGeneratedPopulation {

    private static final Population POPULATION = DuplicatePopulation.generate(6_000, 0.15, 42L);
    private static final List<NormalizedIdentity> IDENTITIES =
        POPULATION.customers().stream().map(NORMALIZATION::of).toList();

    @Test
    void the_population_plants_every_kind_of_duplicate() {
      assertThat(POPULATION.plantedPerKind().keySet()).containsExactlyInAnyOrder(DuplicateKind.values());
    }

    @Test
    void blocking_pairs_every_planted_duplicate_with_its_original() {
      Candidates candidates = CandidateSearch.standard().search(IDENTITIES, ScanProgress.SILENT);
      Set<CustomerId> paired = new HashSet<>();
      candidates.pairs().stream()
          .filter(pair -> DuplicatePopulation.sameEntity(pair.first().customerId(), pair.second().customerId()))
          .forEach(pair -> paired.add(pair.second().customerId()));

      assertThat(paired).containsExactlyInAnyOrderElementsOf(POPULATION.planted().keySet());
    }

    @Test
    void blocking_compares_a_tiny_fraction_of_all_pairs() {
      Candidates candidates = CandidateSearch.standard().search(IDENTITIES, ScanProgress.SILENT);
      long allPairs = (long) IDENTITIES.size() * (IDENTITIES.size() - 1) / 2;

      assertThat(candidates.pairs().size()).isLessThan((int) (allPairs / 1000));
    }

    @Test
    void the_scan_finds_every_planted_duplicate_and_nothing_else() {
      ScanReport report = DuplicateScan.standard().run(POPULATION.customers(), ScanProgress.SILENT);
      Map<Boolean, List<MatchResult>> byTruth =
          report.matches().stream()
              .collect(Collectors.partitioningBy(result -> DuplicatePopulation.sameEntity(result.first(), result.second())));

      assertThat(byTruth.get(true)).extracting(MatchResult::second)
          .containsExactlyInAnyOrderElementsOf(POPULATION.planted().keySet());
      assertThat(byTruth.get(false)).isEmpty();
    }

    @Test
    void the_scan_reports_progress_for_every_stage() {
      Set<ScanProgress.Stage> reported = ConcurrentHashMap.newKeySet();
      DuplicateScan.standard().run(POPULATION.customers(), (stage, done, total) -> {
        if (done == total) {
          reported.add(stage);
        }
      });

      assertThat(reported).containsExactlyInAnyOrder(ScanProgress.Stage.values());
    }
  }

  @Nested
  class OversizedBlocks {

    @Test
    void a_placeholder_mobile_shared_by_many_is_skipped_and_reported_by_fingerprint() {
      List<NormalizedIdentity> identities =
          java.util.stream.IntStream.range(0, 5)
              .mapToObj(i -> ResolutionFixture.person("C" + i).with(MatchField.MOBILE, "13800000000").build())
              .toList();

      Candidates candidates = new CandidateSearch(EnumSet.of(BlockingKind.MOBILE), 4).search(identities, ScanProgress.SILENT);

      assertThat(candidates.pairs()).isEmpty();
      assertThat(candidates.oversizedBlocks())
          .singleElement()
          .satisfies(block -> {
            assertThat(block.kind()).isEqualTo(BlockingKind.MOBILE);
            assertThat(block.size()).isEqualTo(5);
            assertThat(block.fingerprint()).hasSize(6).isEqualTo(new BlockingKey(BlockingKind.MOBILE, "13800000000").fingerprint());
            assertThat(block.toString()).doesNotContain("13800000000");
          });
    }

    @Test
    void a_pair_sharing_several_keys_is_compared_once() {
      List<NormalizedIdentity> identities =
          List.of(ResolutionFixture.wangXiaohong("C1").build(), ResolutionFixture.wangXiaohong("C2").build());

      Candidates candidates = CandidateSearch.standard().search(identities, ScanProgress.SILENT);

      assertThat(candidates.pairs()).hasSize(1);
    }
  }

  @Test
  void a_blocking_key_never_shows_its_value() {
    BlockingKey key = new BlockingKey(BlockingKind.RESIDENT_ID, "11010519491231002X");
    assertThat(key.toString()).doesNotContain("11010519491231002X").contains("RESIDENT_ID");
  }
}
