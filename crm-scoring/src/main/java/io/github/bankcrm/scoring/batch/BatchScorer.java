package io.github.bankcrm.scoring.batch;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.CrmStorageException;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores a stream of snapshots on several threads: the nightly batch over every customer.
 *
 * <p>The calling thread reads the input in chunks into a bounded queue (it waits when workers fall
 * behind, so memory stays bounded however long the input); worker threads score the chunks; results
 * reach the {@link ScoreSink} one chunk at a time, in input order unless {@link BatchOptions#ordered()}
 * is off. A snapshot that cannot be scored — invalid input, or a defect that throws while scoring it —
 * becomes a {@link ScoringError} for that customer and the batch goes on. Every result depends only on
 * its snapshot and the model, so the results are the same for any number of threads; with ordered
 * output, so is their sequence.
 *
 * <p>An exception from the input iterator or from the sink stops the batch: workers finish their chunk
 * and exit, and {@code score} throws ({@link CrmStorageException} for the sink, the iterator's own
 * exception otherwise).
 */
public final class BatchScorer {

  private final Function<CustomerSnapshot, Either<ScoringError, ValueScore>> scorer;
  private final BatchOptions options;

  /**
   * A batch scorer.
   *
   * @param scorer the scorer of one customer
   * @param options how the batch runs
   */
  public BatchScorer(ValueScorer scorer, BatchOptions options) {
    this(requireNonNull(scorer, "scorer")::score, options);
  }

  /** A batch of any scoring function: lets tests stand in a defective scorer. */
  BatchScorer(Function<CustomerSnapshot, Either<ScoringError, ValueScore>> scorer, BatchOptions options) {
    this.scorer = requireNonNull(scorer, "scorer");
    this.options = requireNonNull(options, "options");
  }

  /**
   * Scores every snapshot of a stream; the total for progress estimates is the stream's size when the
   * stream knows it exactly.
   *
   * @param snapshots the input; consumed and closed
   * @param sink where results go
   * @param listener where progress goes
   * @return how many were scored and rejected
   */
  public BatchSummary score(Stream<CustomerSnapshot> snapshots, ScoreSink sink, ProgressListener listener) {
    requireNonNull(snapshots, "snapshots");
    try (snapshots) {
      var spliterator = snapshots.spliterator();
      return score(java.util.Spliterators.iterator(spliterator), spliterator.getExactSizeIfKnown(), sink, listener);
    }
  }

  /**
   * Scores every snapshot an iterator yields.
   *
   * @param snapshots the input
   * @param expectedTotal how many snapshots there are, for the ETA; {@code -1} when unknown
   * @param sink where results go
   * @param listener where progress goes
   * @return how many were scored and rejected
   */
  public BatchSummary score(
      Iterator<CustomerSnapshot> snapshots, long expectedTotal, ScoreSink sink, ProgressListener listener) {
    requireNonNull(snapshots, "snapshots");
    requireNonNull(sink, "sink");
    requireNonNull(listener, "listener");
    return new Run(sink, listener, expectedTotal).execute(snapshots);
  }

  /** One chunk of input with its position in the input. */
  private record Chunk(long sequence, CustomerSnapshot[] snapshots, int size) {}

  /** The state of one batch run. */
  private final class Run {
    private final ScoreSink sink;
    private final ProgressListener listener;
    private final long expectedTotal;
    private final long started = System.nanoTime();
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(options.queueCapacity());
    private final Semaphore inFlight = new Semaphore(options.queueCapacity() + options.threads());
    private final Object delivery = new Object();
    private final Map<Long, Either<ScoringError, ValueScore>[]> waiting = new HashMap<>();
    private long nextSequence;
    private long scored;
    private long rejected;
    private long nextProgressAt = options.progressEvery();
    private volatile RuntimeException sinkFailure;

    Run(ScoreSink sink, ProgressListener listener, long expectedTotal) {
      this.sink = sink;
      this.listener = listener;
      this.expectedTotal = expectedTotal;
    }

    BatchSummary execute(Iterator<CustomerSnapshot> snapshots) {
      Thread[] workers = new Thread[options.threads()];
      for (int i = 0; i < workers.length; i++) {
        workers[i] = new Thread(this::work, "crm-scoring-batch-" + i);
        workers[i].setDaemon(true);
        workers[i].start();
      }
      try {
        read(snapshots);
      } finally {
        stop(workers);
      }
      if (sinkFailure != null) {
        throw new CrmStorageException(
            "the score sink failed; the batch stopped after " + (scored + rejected) + " results", sinkFailure);
      }
      Progress last = progress();
      listener.onProgress(last);
      return new BatchSummary(scored, rejected, last.elapsed());
    }

    private void read(Iterator<CustomerSnapshot> snapshots) {
      long sequence = 0;
      while (snapshots.hasNext() && sinkFailure == null) {
        CustomerSnapshot[] chunk = new CustomerSnapshot[options.chunkSize()];
        int size = 0;
        while (size < chunk.length && snapshots.hasNext()) {
          chunk[size++] = requireNonNull(snapshots.next(), "a snapshot of the batch is null");
        }
        acquire();
        put(new Chunk(sequence++, chunk, size));
      }
    }

    private void stop(Thread[] workers) {
      for (int i = 0; i < workers.length; i++) {
        put(new Chunk(-1, null, 0));
      }
      for (Thread worker : workers) {
        boolean interrupted = false;
        while (worker.isAlive()) {
          try {
            worker.join();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void work() {
      while (true) {
        Chunk chunk = take();
        if (chunk.snapshots() == null) {
          return;
        }
        if (sinkFailure != null) {
          inFlight.release();
          continue;
        }
        @SuppressWarnings("unchecked")
        Either<ScoringError, ValueScore>[] results = new Either[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
          results[i] = scoreOne(chunk.snapshots()[i]);
        }
        deliver(chunk.sequence(), results);
      }
    }

    private Either<ScoringError, ValueScore> scoreOne(CustomerSnapshot snapshot) {
      try {
        return scorer.apply(snapshot);
      } catch (RuntimeException defect) {
        // reported for this customer, not swallowed: the sink receives it as a ScoringError
        return Either.left(new ScoringError.Failed(snapshot.customerId(), defect.getClass().getName()));
      }
    }

    private void deliver(long sequence, Either<ScoringError, ValueScore>[] results) {
      synchronized (delivery) {
        if (!options.ordered()) {
          emit(results);
          return;
        }
        waiting.put(sequence, results);
        for (var next = waiting.remove(nextSequence); next != null; next = waiting.remove(nextSequence)) {
          nextSequence++;
          emit(next);
        }
      }
    }

    /** Called with the delivery lock held. */
    private void emit(Either<ScoringError, ValueScore>[] results) {
      try {
        if (sinkFailure != null) {
          return;
        }
        for (Either<ScoringError, ValueScore> result : results) {
          if (result.isRight()) {
            sink.accept(result.get());
            scored++;
          } else {
            sink.reject(result.getLeft());
            rejected++;
          }
          if (scored + rejected >= nextProgressAt) {
            nextProgressAt += options.progressEvery();
            listener.onProgress(progress());
          }
        }
      } catch (RuntimeException failure) {
        sinkFailure = failure;
      } finally {
        inFlight.release();
      }
    }

    private Progress progress() {
      return new Progress(scored + rejected, rejected, expectedTotal, Duration.ofNanos(System.nanoTime() - started));
    }

    private void acquire() {
      try {
        inFlight.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the batch was interrupted", e);
      }
    }

    private void put(Chunk chunk) {
      try {
        queue.put(chunk);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("the batch was interrupted", e);
      }
    }

    private Chunk take() {
      while (true) {
        try {
          return queue.take();
        } catch (InterruptedException e) {
          // workers are private to the batch: only stop() ends them, with an end-of-input marker
        }
      }
    }
  }
}
