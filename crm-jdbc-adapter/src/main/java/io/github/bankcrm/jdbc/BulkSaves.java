package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The chunk loop that every bulk save of the adapter shares: takes the input a chunk at a time, writes
 * each chunk in one transaction through an aggregate's {@link ChunkWriter}, runs a chunk again when a
 * concurrent save won a race for one of its keys, collects the refusals and tells the progress.
 */
final class BulkSaves {

  /** The largest chunk: 10,000 keys stay below PostgreSQL's limit of bound parameters. */
  static final int MAX_CHUNK = 10_000;

  private static final int ATTEMPTS = 3;

  private BulkSaves() {}

  /**
   * An update with its position in the input.
   *
   * @param index from 0
   * @param update the update
   */
  record Indexed<U>(long index, U update) {}

  /** Checks and writes one chunk in the transaction of the connection. */
  @FunctionalInterface
  interface ChunkWriter<U, I, E> {
    /**
     * Checks the chunk set-wise, writes the updates that pass and answers the others.
     *
     * @param connection the chunk's transaction
     * @param chunk the updates, in input order
     * @return the refused updates, in input order; all others were written
     * @throws SQLException on a database error, including a constraint that refuses a write because
     *     a concurrent save took a key after the checks: the chunk then runs again
     */
    List<BulkResult.Refusal<I, E>> write(Connection connection, List<Indexed<U>> chunk)
        throws SQLException;
  }

  /**
   * Saves one update as a chunk of one, so that a single save and a bulk save run the same checks and
   * writes: in one transaction, run again when a concurrent save won a race for one of its keys.
   *
   * @param transactions where the save runs
   * @param operation what is saved, for error messages
   * @param update the update
   * @param saved what a successful save answers
   * @param writer writes a chunk
   * @return the saved aggregate, or why it was refused
   * @throws JdbcStorageException if the database fails
   */
  static <U, I, E, R> Either<E, R> saveOne(
      Transactions transactions, String operation, U update, R saved, ChunkWriter<U, I, E> writer) {
    return transactions.inTransactionRetryingConstraintRaces(
        operation,
        ATTEMPTS,
        c -> {
          List<BulkResult.Refusal<I, E>> refused = writer.write(c, List.of(new Indexed<>(0, update)));
          return refused.isEmpty() ? Either.<E, R>right(saved) : Either.<E, R>left(refused.get(0).error());
        });
  }

  /**
   * Saves the input chunk by chunk.
   *
   * @param transactions where chunks run
   * @param operation what is saved, for error messages
   * @param input the updates, consumed once, in order
   * @param chunkSize updates per chunk, 1 to {@value #MAX_CHUNK}
   * @param progress told after each committed chunk
   * @param accepts checks an update before it joins a chunk; throws on a programmer error
   * @param writer writes a chunk
   * @return what was saved and refused
   * @throws JdbcStorageException if the database fails; chunks reported to the progress stay saved,
   *     the failing chunk left nothing
   */
  static <U, I, E> BulkResult<I, E> run(
      Transactions transactions,
      String operation,
      Iterable<? extends U> input,
      int chunkSize,
      BulkProgress progress,
      Consumer<U> accepts,
      ChunkWriter<U, I, E> writer) {
    requireNonNull(input, "input");
    requireNonNull(progress, "progress");
    if (chunkSize < 1 || chunkSize > MAX_CHUNK) {
      throw new IllegalArgumentException("chunkSize must be between 1 and " + MAX_CHUNK);
    }
    long processed = 0;
    long saved = 0;
    List<BulkResult.Refusal<I, E>> refused = new ArrayList<>();
    Iterator<? extends U> source = input.iterator();
    while (source.hasNext()) {
      List<Indexed<U>> chunk = new ArrayList<>(chunkSize);
      while (source.hasNext() && chunk.size() < chunkSize) {
        U update = requireNonNull(source.next(), "update");
        accepts.accept(update);
        chunk.add(new Indexed<>(processed + chunk.size(), update));
      }
      List<BulkResult.Refusal<I, E>> chunkRefused =
          transactions.inTransactionRetryingConstraintRaces(
              operation, ATTEMPTS, c -> writer.write(c, chunk));
      processed += chunk.size();
      saved += chunk.size() - chunkRefused.size();
      refused.addAll(chunkRefused);
      progress.chunkDone(processed, saved, refused.size());
    }
    return new BulkResult<>(saved, refused);
  }
}
