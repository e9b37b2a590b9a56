package io.github.bankcrm.scoring.batch;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.CrmStorageException;
import io.github.bankcrm.scoring.score.ScoreSlot;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;

/**
 * Scores a stream of snapshots on several threads: the nightly batch over every customer.
 *
 * <p>There is no reading thread: each worker (the calling thread is one of them) takes the next chunk
 * of the input under a lock, scores it into its chunk's reusable {@link ScoreSlot}s, and delivers it.
 * A <b>parallel</b> stream whose source splits into pieces of known size ({@link Spliterator#SUBSIZED}:
 * a range, an array, a list, each mapped to snapshots) is read by all workers at once: under the lock
 * a worker only splits the next piece of at most a chunk off the front of the input, and it makes or
 * reads that piece's snapshots outside the lock. Any other input (an iterator, a sequential stream, a
 * result set) is read by one worker at a time, which is then the part of the batch that does not run
 * in parallel.
 * Results reach the sink one chunk at a time, in input order unless {@link BatchOptions#ordered()} is
 * off: a chunk that finishes before its predecessors waits, parked, and the worker goes on with
 * another chunk. Chunks are a fixed pool of {@code threads + queueCapacity}, so memory stays bounded
 * however long the input, and a worker with no free chunk waits for delivery to catch up.
 *
 * <p>A snapshot that cannot be scored — invalid input, or a defect that throws while scoring it —
 * becomes a {@link ScoringError} for that customer and the batch goes on. Every result depends only on
 * its snapshot and the model, so the results are the same for any number of threads; with ordered
 * output, so is their sequence.
 *
 * <p>Two kinds of sink: a {@link ScoreSink} receives a {@code ValueScore} per customer (made by the
 * workers, in parallel); a {@link ScoreSlotSink} reads each score from its slot, so a batch of valid
 * snapshots allocates nothing per customer.
 *
 * <p>An exception from the input iterator or from the sink stops the batch: workers finish their chunk
 * and exit, and {@code score} throws ({@link CrmStorageException} for the sink, the iterator's own
 * exception otherwise).
 */
public final class BatchScorer {

  private final SlotScoring scorer;
  private final BatchOptions options;

  /**
   * A batch scorer.
   *
   * @param scorer the scorer of one customer
   * @param options how the batch runs
   */
  public BatchScorer(ValueScorer scorer, BatchOptions options) {
    this(requireNonNull(scorer, "scorer")::scoreInto, options);
  }

  /** A batch of any scoring function: lets tests stand in a defective scorer. */
  BatchScorer(SlotScoring scorer, BatchOptions options) {
    this.scorer = requireNonNull(scorer, "scorer");
    this.options = requireNonNull(options, "options");
  }

  /** Scores one customer into a slot, as {@link ValueScorer#scoreInto} does. */
  @FunctionalInterface
  interface SlotScoring {
    boolean scoreInto(CustomerSnapshot snapshot, ScoreSlot slot);
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
    requireNonNull(sink, "sink");
    return scoreStream(snapshots, new Output(sink, null), listener);
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
    requireNonNull(sink, "sink");
    return scoreIterator(snapshots, expectedTotal, new Output(sink, null), listener);
  }

  /**
   * Scores every snapshot of a stream into reusable slots that the sink reads: no {@code ValueScore}
   * per customer.
   *
   * @param snapshots the input; consumed and closed
   * @param sink reads each result from its slot
   * @param listener where progress goes
   * @return how many were scored and rejected
   */
  public BatchSummary score(Stream<CustomerSnapshot> snapshots, ScoreSlotSink sink, ProgressListener listener) {
    requireNonNull(sink, "sink");
    return scoreStream(snapshots, new Output(null, sink), listener);
  }

  /**
   * Scores every snapshot an iterator yields into reusable slots that the sink reads.
   *
   * @param snapshots the input
   * @param expectedTotal how many snapshots there are, for the ETA; {@code -1} when unknown
   * @param sink reads each result from its slot
   * @param listener where progress goes
   * @return how many were scored and rejected
   */
  public BatchSummary score(
      Iterator<CustomerSnapshot> snapshots, long expectedTotal, ScoreSlotSink sink, ProgressListener listener) {
    requireNonNull(sink, "sink");
    return scoreIterator(snapshots, expectedTotal, new Output(null, sink), listener);
  }

  private BatchSummary scoreStream(Stream<CustomerSnapshot> snapshots, Output output, ProgressListener listener) {
    requireNonNull(snapshots, "snapshots");
    requireNonNull(listener, "listener");
    try (snapshots) {
      Spliterator<CustomerSnapshot> spliterator = snapshots.spliterator();
      long expectedTotal = spliterator.getExactSizeIfKnown();
      if (snapshots.isParallel() && spliterator.hasCharacteristics(Spliterator.SUBSIZED)) {
        return new Run(null, spliterator, output, listener, expectedTotal).execute();
      }
      return new Run(Spliterators.iterator(spliterator), null, output, listener, expectedTotal).execute();
    }
  }

  private BatchSummary scoreIterator(
      Iterator<CustomerSnapshot> snapshots, long expectedTotal, Output output, ProgressListener listener) {
    requireNonNull(snapshots, "snapshots");
    requireNonNull(listener, "listener");
    return new Run(snapshots, null, output, listener, expectedTotal).execute();
  }

  /** The sink of a run: exactly one of the two is set. */
  private record Output(ScoreSink scores, ScoreSlotSink slots) {}

  /** A chunk of input and its results; a run has a fixed pool of them, reused. */
  private static final class Chunk {
    final CustomerSnapshot[] snapshots;
    final ScoreSlot[] slots;
    /** A defect while scoring snapshot {@code i}, which the sink receives instead of its slot. */
    final ScoringError[] failures;
    /** The results as values, made by the worker, when the sink takes {@code ValueScore}s. */
    final Either<ScoringError, ValueScore>[] results;
    long sequence;
    int size;

    @SuppressWarnings("unchecked")
    Chunk(int capacity, boolean values) {
      snapshots = new CustomerSnapshot[capacity];
      slots = new ScoreSlot[capacity];
      for (int i = 0; i < capacity; i++) {
        slots[i] = new ScoreSlot();
      }
      failures = new ScoringError[capacity];
      results = values ? new Either[capacity] : null;
    }

    /** Appends a snapshot of the input. */
    void add(CustomerSnapshot snapshot) {
      if (size == snapshots.length) {
        throw new IllegalStateException("the input yielded more snapshots than its spliterator's exact size");
      }
      snapshots[size++] = requireNonNull(snapshot, "a snapshot of the batch is null");
    }

    void clear() {
      // drop the input and the result objects; the slots stay for the next chunk
      Arrays.fill(snapshots, 0, size, null);
      Arrays.fill(failures, 0, size, null);
      if (results != null) {
        Arrays.fill(results, 0, size, null);
      }
      size = 0;
    }
  }

  /** The state of one batch run. */
  private final class Run {
    /** The input read one chunk at a time under {@link #reading}; {@code null} when it is split. */
    private final Iterator<CustomerSnapshot> input;
    /**
     * The input not yet handed out, as pieces in input order, when it splits into pieces of known
     * size; {@code null} otherwise. Guarded by {@link #reading}. At most one piece per halving, so it
     * stays small however long the input.
     */
    private final ArrayDeque<Spliterator<CustomerSnapshot>> pieces;
    private final Output output;
    private final ProgressListener listener;
    private final long expectedTotal;
    private final long started = System.nanoTime();
    /** Guards the input and {@link #nextRead}. */
    private final Object reading = new Object();
    /** Guards delivery, the free chunks, the parked chunks, the counts, and is what waiters wait on. */
    private final Object delivery = new Object();
    private final ArrayDeque<Chunk> free = new ArrayDeque<>();
    /** Chunks done before their turn, at {@code sequence % parked.length}. */
    private final Chunk[] parked;
    private long nextRead;
    private boolean inputDone;
    private long nextDelivery;
    private int waitingForChunk;
    private long scored;
    private long rejected;
    private long nextProgressAt = options.progressEvery();
    private volatile boolean stopped;
    private volatile RuntimeException sinkFailure;
    private volatile Throwable inputFailure;

    Run(
        Iterator<CustomerSnapshot> input,
        Spliterator<CustomerSnapshot> splitInput,
        Output output,
        ProgressListener listener,
        long expectedTotal) {
      this.input = input;
      if (splitInput == null) {
        pieces = null;
      } else {
        pieces = new ArrayDeque<>();
        pieces.add(splitInput);
      }
      this.output = output;
      this.listener = listener;
      this.expectedTotal = expectedTotal;
      int chunks = options.threads() + options.queueCapacity();
      parked = new Chunk[chunks];
      for (int i = 0; i < chunks; i++) {
        free.add(new Chunk(options.chunkSize(), output.scores() != null));
      }
    }

    BatchSummary execute() {
      Thread[] helpers = new Thread[options.threads() - 1];
      for (int i = 0; i < helpers.length; i++) {
        helpers[i] = new Thread(this::work, "crm-scoring-batch-" + (i + 1));
        helpers[i].setDaemon(true);
        helpers[i].start();
      }
      try {
        work();
      } finally {
        join(helpers);
      }
      if (inputFailure instanceof RuntimeException failure) {
        throw failure;
      }
      if (inputFailure instanceof Error failure) {
        throw failure;
      }
      if (sinkFailure != null) {
        throw new CrmStorageException(
            "the score sink failed; the batch stopped after " + (scored + rejected) + " results", sinkFailure);
      }
      Progress last;
      synchronized (delivery) {
        last = progress();
      }
      listener.onProgress(last);
      return new BatchSummary(last.processed() - last.rejected(), last.rejected(), last.elapsed());
    }

    /** A worker: the calling thread and each helper run it until the input ends or the batch stops. */
    private void work() {
      while (true) {
        Chunk chunk = takeFreeChunk();
        if (chunk == null) {
          return;
        }
        if (!read(chunk)) {
          giveBack(chunk);
          return;
        }
        score(chunk);
        deliver(chunk);
      }
    }

    /** Fills a chunk with the next snapshots; {@code false} when there are none or the batch stopped. */
    private boolean read(Chunk chunk) {
      Spliterator<CustomerSnapshot> piece = null;
      synchronized (reading) {
        if (inputDone || stopped) {
          return false;
        }
        try {
          if (pieces == null) {
            readInput(chunk);
          } else {
            piece = nextPiece(chunk);
            inputDone = pieces.isEmpty();
          }
        } catch (RuntimeException | Error failure) {
          inputDone = true;
          failInput(failure);
          return false;
        }
        if (chunk.size == 0 && piece == null) {
          inputDone = true;
          return false;
        }
        chunk.sequence = nextRead++;
      }
      if (piece != null) {
        // outside the lock: this is what the workers of a split input do in parallel
        try {
          piece.forEachRemaining(chunk::add);
        } catch (RuntimeException | Error failure) {
          failInput(failure);
          return false;
        }
      }
      return true;
    }

    /** Under the reading lock: the next chunk of an iterator. */
    private void readInput(Chunk chunk) {
      while (chunk.size < chunk.snapshots.length && input.hasNext()) {
        chunk.add(input.next());
      }
      inputDone = !input.hasNext();
    }

    /**
     * Under the reading lock: the next piece of a split input, of at most a chunk, split off the front
     * (a spliterator's {@code trySplit} hands out a prefix); {@code null} when the input has ended, or
     * when the front does not split further and a chunk of it was read here instead.
     */
    private Spliterator<CustomerSnapshot> nextPiece(Chunk chunk) {
      int capacity = chunk.snapshots.length;
      while (!pieces.isEmpty()) {
        Spliterator<CustomerSnapshot> front = pieces.peekFirst();
        long size = front.estimateSize();
        if (size == 0) {
          pieces.pollFirst();
        } else if (size <= capacity) {
          return pieces.pollFirst();
        } else {
          Spliterator<CustomerSnapshot> prefix = front.trySplit();
          if (prefix == null) {
            while (chunk.size < capacity && front.tryAdvance(chunk::add)) {
              // a chunk of a piece that does not split, read under the lock like an iterator
            }
            if (chunk.size < capacity) {
              pieces.pollFirst();
            }
            return null;
          }
          pieces.addFirst(prefix);
        }
      }
      return null;
    }

    /** Stops the batch because reading the input failed; {@code score} rethrows the failure. */
    private void failInput(Throwable failure) {
      synchronized (delivery) {
        if (inputFailure == null) {
          inputFailure = failure;
        }
        stopped = true;
        delivery.notifyAll();
      }
    }

    private void score(Chunk chunk) {
      for (int i = 0; i < chunk.size; i++) {
        CustomerSnapshot snapshot = chunk.snapshots[i];
        ScoreSlot slot = chunk.slots[i];
        try {
          scorer.scoreInto(snapshot, slot);
        } catch (RuntimeException defect) {
          // reported for this customer, not swallowed: the sink receives it as a ScoringError
          chunk.failures[i] = new ScoringError.Failed(snapshot.customerId(), defect.getClass().getName());
        }
        if (chunk.results != null) {
          chunk.results[i] = chunk.failures[i] != null ? Either.left(chunk.failures[i]) : slot.toValueScore();
        }
      }
    }

    private void deliver(Chunk chunk) {
      synchronized (delivery) {
        if (!options.ordered()) {
          emit(chunk);
        } else if (chunk.sequence != nextDelivery) {
          parked[(int) (chunk.sequence % parked.length)] = chunk;
          return;
        } else {
          emit(chunk);
          nextDelivery++;
          for (Chunk next = takeParked(); next != null; next = takeParked()) {
            emit(next);
            nextDelivery++;
          }
        }
        if (waitingForChunk > 0) {
          delivery.notifyAll();
        }
      }
    }

    /** Called with the delivery lock held: the parked chunk whose turn it is, if it is done. */
    private Chunk takeParked() {
      int at = (int) (nextDelivery % parked.length);
      Chunk next = parked[at];
      if (next == null || next.sequence != nextDelivery) {
        return null;
      }
      parked[at] = null;
      return next;
    }

    /** Called with the delivery lock held: hands a chunk's results to the sink and frees the chunk. */
    private void emit(Chunk chunk) {
      try {
        if (sinkFailure == null) {
          for (int i = 0; i < chunk.size; i++) {
            emitOne(chunk, i);
            if (scored + rejected >= nextProgressAt) {
              nextProgressAt += options.progressEvery();
              listener.onProgress(progress());
            }
          }
        }
      } catch (RuntimeException failure) {
        sinkFailure = failure;
        stopped = true;
      } finally {
        chunk.clear();
        free.add(chunk);
      }
    }

    private void emitOne(Chunk chunk, int i) {
      if (output.scores() != null) {
        Either<ScoringError, ValueScore> result = chunk.results[i];
        if (result.isRight()) {
          output.scores().accept(result.get());
          scored++;
        } else {
          output.scores().reject(result.getLeft());
          rejected++;
        }
        return;
      }
      ScoreSlot slot = chunk.slots[i];
      if (chunk.failures[i] == null && slot.isScored()) {
        output.slots().accept(slot);
        scored++;
      } else {
        output.slots().reject(chunk.failures[i] != null ? chunk.failures[i] : slot.error());
        rejected++;
      }
    }

    /** A free chunk, waiting for delivery to free one if need be; {@code null} once the batch stops. */
    private Chunk takeFreeChunk() {
      synchronized (delivery) {
        while (free.isEmpty() && !stopped) {
          waitingForChunk++;
          try {
            delivery.wait();
          } catch (InterruptedException e) {
            // only the calling thread can be interrupted from outside: it stops the batch, unless a
            // failure of the input stopped it first (an interrupt can race with that stop's notify):
            // the first failure is the one rethrown
            Thread.currentThread().interrupt();
            failInput(new IllegalStateException("the batch was interrupted", e));
          } finally {
            waitingForChunk--;
          }
        }
        return stopped ? null : free.poll();
      }
    }

    private void giveBack(Chunk chunk) {
      synchronized (delivery) {
        chunk.clear();
        free.add(chunk);
      }
    }

    private Progress progress() {
      return new Progress(scored + rejected, rejected, expectedTotal, Duration.ofNanos(System.nanoTime() - started));
    }

    private void join(Thread[] helpers) {
      boolean interrupted = false;
      for (Thread helper : helpers) {
        while (helper.isAlive()) {
          try {
            helper.join();
          } catch (InterruptedException e) {
            interrupted = true;
          }
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
