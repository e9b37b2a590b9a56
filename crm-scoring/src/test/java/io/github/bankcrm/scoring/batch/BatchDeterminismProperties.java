package io.github.bankcrm.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.scoring.ScoringArbitraries;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BatchDeterminismProperties {

  private static final ValueScorer SCORER = ValueScorer.of(ScoringModels.defaultModel());

  @Provide
  Arbitrary<List<CustomerSnapshot>> batches() {
    return ScoringArbitraries.snapshots().list().ofMaxSize(200);
  }

  @Property(tries = 50)
  void a_parallel_batch_gives_what_scoring_one_by_one_gives(
      @ForAll("batches") List<CustomerSnapshot> snapshots, @ForAll @IntRange(min = 1, max = 17) int chunkSize) {
    BatchScorerTest.Collecting parallel = new BatchScorerTest.Collecting();

    new BatchScorer(SCORER, new BatchOptions(2, chunkSize, 2, true, 1_000))
        .score(snapshots.stream(), parallel, ProgressListener.NONE);

    assertThat(parallel.received)
        .isEqualTo(snapshots.stream().map(s -> SCORER.score(s).fold(e -> (Object) e, v -> v)).toList());
  }

  @Property(tries = 50)
  void any_thread_count_chunk_size_and_way_of_reading_gives_the_same_sequence_to_a_slot_sink(
      @ForAll("batches") List<CustomerSnapshot> snapshots,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 17) int chunkSize,
      @ForAll @IntRange(min = 1, max = 3) int queueCapacity,
      @ForAll boolean readInPiecesByTheWorkers) {
    BatchScorerTest.CollectingSlots parallel = new BatchScorerTest.CollectingSlots();
    // a parallel stream over a list splits exactly: its pieces are made by the workers, outside the lock
    var input = readInPiecesByTheWorkers ? snapshots.stream().parallel() : snapshots.stream();

    new BatchScorer(SCORER, new BatchOptions(threads, chunkSize, queueCapacity, true, 1_000))
        .score(input, parallel, ProgressListener.NONE);

    assertThat(parallel.received)
        .isEqualTo(snapshots.stream().map(s -> SCORER.score(s).fold(e -> (Object) e, v -> v)).toList());
  }
}
