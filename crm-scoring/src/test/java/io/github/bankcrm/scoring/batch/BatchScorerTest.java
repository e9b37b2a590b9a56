package io.github.bankcrm.scoring.batch;

import static io.github.bankcrm.scoring.SnapshotFixture.CNY;
import static io.github.bankcrm.scoring.SnapshotFixture.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.shared.CrmStorageException;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoreSlot;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BatchScorerTest {

  private static final ValueScorer SCORER = ValueScorer.of(ScoringModels.defaultModel());

  /** Every seventh customer holds a negative balance. */
  static Stream<CustomerSnapshot> customers(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                aCustomer()
                    .id("C" + i)
                    .holds(ProductType.DEPOSIT, CNY, i % 7 == 3 ? -1 : 1_000L * i, 0.01)
                    .build());
  }

  /** Keeps what it receives, in arrival order. */
  static class Collecting implements ScoreSink {
    final List<Object> received = new ArrayList<>();
    final List<ScoringError> errors = new ArrayList<>();

    @Override
    public void accept(ValueScore score) {
      received.add(score);
    }

    @Override
    public void reject(ScoringError error) {
      received.add(error);
      errors.add(error);
    }
  }

  /** Keeps what it reads from each slot, as values, in arrival order. */
  static class CollectingSlots implements ScoreSlotSink {
    final List<Object> received = new ArrayList<>();

    @Override
    public void accept(ScoreSlot scored) {
      received.add(scored.toValueScore().get());
    }

    @Override
    public void reject(ScoringError error) {
      received.add(error);
    }
  }

  /** The default scorer with a defect: it throws for one snapshot. */
  private static BatchScorer.SlotScoring defectiveFor(CustomerSnapshot broken) {
    return (snapshot, slot) -> {
      if (snapshot == broken) {
        throw new IllegalStateException("defect");
      }
      return SCORER.scoreInto(snapshot, slot);
    };
  }

  private static BatchOptions options(int threads) {
    return new BatchOptions(threads, 16, 2, true, 100);
  }

  @Nested
  class A_failing_record {

    @Test
    void is_reported_with_its_customer_and_the_batch_goes_on() {
      Collecting sink = new Collecting();

      BatchSummary summary = new BatchScorer(SCORER, options(2)).score(customers(1_000), sink, ProgressListener.NONE);

      assertThat(summary.processed()).isEqualTo(1_000);
      assertThat(summary.rejected()).isEqualTo(143);
      assertThat(sink.errors.get(0).customerId()).isEqualTo(CustomerId.of("C3"));
      assertThat(sink.errors.get(0).code()).isEqualTo("snapshot.invalid");
    }

    @Test
    void that_throws_while_scoring_is_reported_as_a_failure() {
      CustomerSnapshot broken = aCustomer().id("C-BROKEN").build();
      CustomerSnapshot fine = aCustomer().id("C-FINE").build();
      BatchScorer batch = new BatchScorer(defectiveFor(broken), options(1));
      Collecting sink = new Collecting();

      BatchSummary summary = batch.score(Stream.of(broken, fine), sink, ProgressListener.NONE);

      assertThat(summary.scored()).isEqualTo(1);
      assertThat(sink.errors)
          .containsExactly(new ScoringError.Failed(CustomerId.of("C-BROKEN"), "java.lang.IllegalStateException"));
    }
  }

  @Nested
  class Output {

    @Test
    void is_in_input_order_and_equal_for_any_thread_count() {
      Collecting one = new Collecting();
      Collecting two = new Collecting();

      new BatchScorer(SCORER, options(1)).score(customers(2_000), one, ProgressListener.NONE);
      new BatchScorer(SCORER, options(2)).score(customers(2_000), two, ProgressListener.NONE);

      assertThat(two.received).isEqualTo(one.received);
      assertThat(((ValueScore) one.received.get(0)).customerId()).isEqualTo(CustomerId.of("C0"));
    }

    @Test
    void unordered_has_the_same_results() {
      Collecting ordered = new Collecting();
      Collecting unordered = new Collecting();

      new BatchScorer(SCORER, options(1)).score(customers(2_000), ordered, ProgressListener.NONE);
      new BatchScorer(SCORER, options(2).withOrdered(false))
          .score(customers(2_000), unordered, ProgressListener.NONE);

      assertThat(unordered.received).containsExactlyInAnyOrderElementsOf(ordered.received);
    }
  }

  @Nested
  class A_slot_sink {

    @Test
    void reads_the_same_results_in_the_same_order_as_a_score_sink() {
      Collecting values = new Collecting();
      CollectingSlots slots = new CollectingSlots();

      new BatchScorer(SCORER, options(1)).score(customers(2_000), values, ProgressListener.NONE);
      BatchSummary summary = new BatchScorer(SCORER, options(3)).score(customers(2_000), slots, ProgressListener.NONE);

      assertThat(slots.received).isEqualTo(values.received);
      assertThat(summary.rejected()).isEqualTo(286);
    }

    @Test
    void is_told_of_a_record_that_throws_while_scoring() {
      CustomerSnapshot broken = aCustomer().id("C-BROKEN").build();
      BatchScorer batch = new BatchScorer(defectiveFor(broken), options(2));
      CollectingSlots sink = new CollectingSlots();

      batch.score(Stream.of(aCustomer().id("C-1").build(), broken, aCustomer().id("C-2").build()), sink, ProgressListener.NONE);

      assertThat(sink.received).hasSize(3);
      assertThat(sink.received.get(1))
          .isEqualTo(new ScoringError.Failed(CustomerId.of("C-BROKEN"), "java.lang.IllegalStateException"));
    }
  }

  @Nested
  class A_parallel_stream_that_splits {

    @Test
    void is_read_by_every_worker_at_once_and_gives_the_results_in_input_order() throws Exception {
      Collecting sequential = new Collecting();
      Collecting split = new Collecting();
      // each of the two workers waits in its first snapshot until the other is in one too: only
      // possible if the pieces are read outside the input lock
      java.util.concurrent.CountDownLatch bothReading = new java.util.concurrent.CountDownLatch(2);
      java.util.Set<Thread> readers = java.util.concurrent.ConcurrentHashMap.newKeySet();
      java.util.concurrent.atomic.AtomicBoolean overlapped = new java.util.concurrent.atomic.AtomicBoolean(true);

      new BatchScorer(SCORER, options(1)).score(customers(20_000), sequential, ProgressListener.NONE);
      new BatchScorer(SCORER, options(2))
          .score(
              customers(20_000)
                  .parallel()
                  .peek(
                      s -> {
                        if (readers.add(Thread.currentThread())) {
                          bothReading.countDown();
                          try {
                            overlapped.compareAndSet(true, bothReading.await(10, java.util.concurrent.TimeUnit.SECONDS));
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            overlapped.set(false);
                          }
                        }
                      }),
              split,
              ProgressListener.NONE);

      assertThat(split.received).isEqualTo(sequential.received);
      assertThat(readers).hasSize(2);
      assertThat(overlapped).isTrue();
    }

    @Test
    void in_pieces_smaller_than_a_chunk_gives_every_result_once() {
      CollectingSlots split = new CollectingSlots();
      Collecting sequential = new Collecting();

      new BatchScorer(SCORER, options(1)).score(customers(1_001), sequential, ProgressListener.NONE);
      new BatchScorer(SCORER, new BatchOptions(3, 7, 1, true, 100))
          .score(customers(1_001).parallel(), split, ProgressListener.NONE);

      assertThat(split.received).isEqualTo(sequential.received);
    }

    @Test
    void that_does_not_split_is_read_a_chunk_at_a_time() {
      List<CustomerSnapshot> all = customers(3_000).toList();
      // exact size, but never splits: the front piece is larger than a chunk and must be read in turn
      java.util.Spliterator<CustomerSnapshot> unsplittable = new Unsplittable(all, all.size());
      Collecting split = new Collecting();
      Collecting sequential = new Collecting();

      new BatchScorer(SCORER, options(1)).score(all.stream(), sequential, ProgressListener.NONE);
      BatchSummary summary =
          new BatchScorer(SCORER, options(2))
              .score(java.util.stream.StreamSupport.stream(unsplittable, true), split, ProgressListener.NONE);

      assertThat(split.received).isEqualTo(sequential.received);
      assertThat(summary.processed()).isEqualTo(3_000);
    }

    @Test
    void stops_the_batch_with_the_exception_of_a_piece_and_delivers_only_what_came_before() {
      Collecting sink = new Collecting();
      Stream<CustomerSnapshot> failing =
          customers(100_000)
              .parallel()
              .peek(
                  snapshot -> {
                    if (snapshot.customerId().equals(CustomerId.of("C50000"))) {
                      throw new UncheckedIOException(new IOException("file truncated"));
                    }
                  });

      assertThatThrownBy(() -> new BatchScorer(SCORER, options(2)).score(failing, sink, ProgressListener.NONE))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageContaining("file truncated");
      // everything before the failing piece (of at most a chunk, 16) and nothing after it
      assertThat(sink.received).hasSizeBetween(50_000 - 15, 50_000);
      for (int i = 0; i < sink.received.size(); i++) {
        Object result = sink.received.get(i);
        CustomerId id = result instanceof ValueScore v ? v.customerId() : ((ScoringError) result).customerId();
        assertThat(id).isEqualTo(CustomerId.of("C" + i));
      }
    }

    @Test
    void reports_a_spliterator_that_yields_more_than_its_exact_size() {
      List<CustomerSnapshot> all = customers(10).toList();
      java.util.Spliterator<CustomerSnapshot> lying = new Unsplittable(all, 3);

      assertThatThrownBy(
              () ->
                  new BatchScorer(SCORER, new BatchOptions(2, 4, 1, true, 100))
                      .score(java.util.stream.StreamSupport.stream(lying, true), new Collecting(), ProgressListener.NONE))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("more snapshots than");
    }
  }

  /** A list's snapshots in order, with an exact size as reported (true or not), never split. */
  static final class Unsplittable extends java.util.Spliterators.AbstractSpliterator<CustomerSnapshot> {
    private final List<CustomerSnapshot> all;
    private int next;

    Unsplittable(List<CustomerSnapshot> all, long reportedSize) {
      super(reportedSize, java.util.Spliterator.SIZED | java.util.Spliterator.SUBSIZED | java.util.Spliterator.ORDERED);
      this.all = all;
    }

    @Override
    public boolean tryAdvance(java.util.function.Consumer<? super CustomerSnapshot> action) {
      if (next == all.size()) {
        return false;
      }
      action.accept(all.get(next++));
      return true;
    }

    @Override
    public java.util.Spliterator<CustomerSnapshot> trySplit() {
      return null;
    }
  }

  @Nested
  class A_failing_input {

    @Test
    void stops_the_batch_with_the_input_s_exception() {
      Iterator<CustomerSnapshot> failing =
          customers(100_000)
              .peek(
                  snapshot -> {
                    if (snapshot.customerId().equals(CustomerId.of("C500"))) {
                      throw new UncheckedIOException(new IOException("connection reset"));
                    }
                  })
              .iterator();
      Collecting sink = new Collecting();

      assertThatThrownBy(() -> new BatchScorer(SCORER, options(2)).score(failing, -1, sink, ProgressListener.NONE))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(sink.received).hasSizeLessThan(500);
    }
  }

  @Nested
  class Progress_reports {

    @Test
    void come_every_step_and_at_the_end_with_an_eta_when_the_total_is_known() {
      List<Progress> reports = new ArrayList<>();

      new BatchScorer(SCORER, options(2)).score(customers(1_000), new Collecting(), reports::add);

      assertThat(reports).extracting(Progress::processed).startsWith(100L, 200L).endsWith(1_000L, 1_000L);
      assertThat(reports).allSatisfy(p -> assertThat(p.expectedTotal()).isEqualTo(1_000));
      assertThat(reports.get(reports.size() - 1).eta()).hasValueSatisfying(eta -> assertThat(eta).isZero());
      assertThat(reports.get(reports.size() - 1).rejected()).isEqualTo(143);
    }

    @Test
    void have_no_eta_when_the_total_is_unknown() {
      List<Progress> reports = new ArrayList<>();

      new BatchScorer(SCORER, options(2))
          .score(customers(300).iterator(), -1, new Collecting(), reports::add);

      assertThat(reports).allSatisfy(p -> assertThat(p.eta()).isEmpty());
    }
  }

  @Nested
  class A_failing_sink {

    @Test
    void stops_the_batch_with_a_storage_exception() {
      ScoreSink failing =
          new Collecting() {
            @Override
            public void accept(ValueScore score) {
              if (score.customerId().equals(CustomerId.of("C50"))) {
                throw new IllegalStateException("disk full");
              }
            }
          };

      assertThatThrownBy(
              () -> new BatchScorer(SCORER, options(2)).score(customers(100_000), failing, ProgressListener.NONE))
          .isInstanceOf(CrmStorageException.class)
          .hasCauseInstanceOf(IllegalStateException.class);
    }
  }
}
