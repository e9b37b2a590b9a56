package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.shared.Nullable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * Runs units of work in database transactions on the caller's {@link DataSource}. The adapter owns no
 * pool: bring HikariCP, your application server's pool, or H2's own data source.
 *
 * <p>A unit of work commits if it returns and rolls back if it throws, so a port method that writes a
 * customer, its change record and its outbox events stores all or nothing. {@link SQLException}s are
 * rethrown as {@link JdbcStorageException} with the original as cause and its SQL state; the message
 * names the operation, never the data.
 */
public final class Transactions {

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param connection a connection with auto-commit off; do not commit, roll back or close it
     * @return the result
     * @throws SQLException on any database error; the transaction is rolled back
     */
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final int isolationLevel;

  /**
   * Transactions at {@link Connection#TRANSACTION_READ_COMMITTED}, the default of PostgreSQL and H2.
   *
   * @param dataSource where connections come from
   */
  public Transactions(DataSource dataSource) {
    this(dataSource, Connection.TRANSACTION_READ_COMMITTED);
  }

  /**
   * Transactions at the given isolation level.
   *
   * @param dataSource where connections come from
   * @param isolationLevel one of the {@code Connection.TRANSACTION_*} levels other than NONE
   */
  public Transactions(DataSource dataSource, int isolationLevel) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    if (isolationLevel != Connection.TRANSACTION_READ_UNCOMMITTED
        && isolationLevel != Connection.TRANSACTION_READ_COMMITTED
        && isolationLevel != Connection.TRANSACTION_REPEATABLE_READ
        && isolationLevel != Connection.TRANSACTION_SERIALIZABLE) {
      throw new IllegalArgumentException("not a JDBC transaction isolation level: " + isolationLevel);
    }
    this.isolationLevel = isolationLevel;
  }

  /**
   * Runs the work in one transaction: commit on return, roll back on any exception.
   *
   * @param operation what the work does, for the error message (e.g. {@code "save customer"})
   * @param work the work
   * @return what the work returned
   * @throws JdbcStorageException if the database fails; the cause is the {@link SQLException}
   */
  public <T> T inTransaction(String operation, Work<T> work) {
    requireNonNull(operation, "operation");
    requireNonNull(work, "work");
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int isolation = connection.getTransactionIsolation();
      connection.setAutoCommit(false);
      if (isolation != isolationLevel) {
        // some drivers send a statement for every call, even one that changes nothing
        connection.setTransactionIsolation(isolationLevel);
      }
      T result;
      try {
        result = work.run(connection);
        connection.commit();
      } catch (SQLException | RuntimeException | Error failure) {
        rollback(connection, failure);
        try {
          restore(connection, autoCommit, isolation);
        } catch (SQLException restoreFailure) {
          // a dead connection cannot be restored; the pool discards it, and the first failure is the story
          failure.addSuppressed(restoreFailure);
        }
        throw failure;
      }
      // hand a pooled connection back the way it came
      restore(connection, autoCommit, isolation);
      return result;
    } catch (SQLException e) {
      throw new JdbcStorageException(operation, e);
    }
  }

  /**
   * Like {@link #inTransaction}, and runs the work again, in a new transaction, when a constraint
   * refused it: a save checks for duplicates and stale versions before it writes, but a concurrent
   * save can slip in between; the database's constraint then refuses the write, and the next attempt
   * sees the winner and answers with a typed error.
   *
   * @param operation what the work does, for the error message
   * @param attempts how many times to try, at least 1
   * @param work the work
   * @return what the work returned
   * @throws JdbcStorageException if the database fails, or a constraint still refuses the last attempt
   */
  public <T> T inTransactionRetryingConstraintRaces(String operation, int attempts, Work<T> work) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return inTransaction(operation, work);
      } catch (JdbcStorageException e) {
        if (attempt >= attempts || !e.isConstraintViolation()) {
          throw e;
        }
      }
    }
  }

  /** Reads one page of a {@link #pagedStream}. */
  @FunctionalInterface
  public interface PageReader<T> {
    /**
     * Reads the page after an item.
     *
     * @param connection the stream's connection, in auto-commit mode; do not close it
     * @param last the last item of the previous page, or {@code null} for the first page
     * @return the page, in stream order; shorter than the page size only at the end
     * @throws SQLException on a database error
     */
    List<T> next(Connection connection, @Nullable T last) throws SQLException;
  }

  /**
   * A stream read page by page over one connection, borrowed at the first page and given back when
   * the stream is closed or has been read to its end. Each page is one statement in auto-commit mode,
   * so no transaction stays open between pages, and only one page is in memory.
   *
   * @param operation what the stream reads, for the error message
   * @param pages reads each page
   * @param pageSize the size of a full page: a shorter one ends the stream
   * @return the items; close it
   * @throws JdbcStorageException from the stream's operations if the database fails
   */
  public <T> Stream<T> pagedStream(String operation, PageReader<T> pages, int pageSize) {
    requireNonNull(operation, "operation");
    requireNonNull(pages, "pages");
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be at least 1");
    }
    PagedCursor<T> cursor = new PagedCursor<>(operation, pages, pageSize);
    return StreamSupport.stream(cursor, false).onClose(cursor::close);
  }

  /** The spliterator behind {@link #pagedStream}. */
  private final class PagedCursor<T> implements Spliterator<T> {

    private final String operation;
    private final PageReader<T> pages;
    private final int pageSize;
    private @Nullable Connection connection;
    private boolean autoCommit;
    private Iterator<T> page = Collections.emptyIterator();
    private @Nullable T last;
    private boolean exhausted;

    PagedCursor(String operation, PageReader<T> pages, int pageSize) {
      this.operation = operation;
      this.pages = pages;
      this.pageSize = pageSize;
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
      if (!page.hasNext() && !exhausted) {
        readPage();
      }
      if (!page.hasNext()) {
        return false;
      }
      last = page.next();
      action.accept(last);
      return true;
    }

    private void readPage() {
      try {
        if (connection == null) {
          connection = dataSource.getConnection();
          autoCommit = connection.getAutoCommit();
          connection.setAutoCommit(true);
        }
        List<T> next = pages.next(connection, last);
        page = next.iterator();
        if (next.size() < pageSize) {
          exhausted = true;
          release();
        }
      } catch (SQLException e) {
        exhausted = true;
        JdbcStorageException failure = new JdbcStorageException(operation, e);
        try {
          release();
        } catch (JdbcStorageException closeFailure) {
          failure.addSuppressed(closeFailure);
        }
        throw failure;
      }
    }

    void close() {
      exhausted = true;
      page = Collections.emptyIterator();
      release();
    }

    /** Gives the connection back, as it was borrowed. */
    private void release() {
      Connection borrowed = connection;
      connection = null;
      if (borrowed == null) {
        return;
      }
      try (borrowed) {
        borrowed.setAutoCommit(autoCommit);
      } catch (SQLException e) {
        throw new JdbcStorageException(operation + " (release connection)", e);
      }
    }

    @Override
    public @Nullable Spliterator<T> trySplit() {
      return null;
    }

    @Override
    public long estimateSize() {
      return Long.MAX_VALUE;
    }

    @Override
    public int characteristics() {
      return ORDERED | NONNULL;
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      failure.addSuppressed(rollbackFailure);
    }
  }

  private void restore(Connection connection, boolean autoCommit, int isolation)
      throws SQLException {
    if (isolation != isolationLevel) {
      connection.setTransactionIsolation(isolation);
    }
    connection.setAutoCommit(autoCommit);
  }
}
