package io.github.bankcrm.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections die just before the N-th statement runs: the test's stand-in for a
 * network cut, a crashed pooler or a DBA's {@code pg_terminate_backend} in the middle of a save.
 * With N past the last statement it only counts.
 */
final class KillingDataSource implements DataSource {

  /** Kills the database session behind a connection. */
  @FunctionalInterface
  interface Killer {
    void kill(Connection victim) throws SQLException;
  }

  private final DataSource delegate;
  private final int killAt;
  private final Killer killer;
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger unwraps = new AtomicInteger();

  KillingDataSource(DataSource delegate, int killAt, Killer killer) {
    this.delegate = delegate;
    this.killAt = killAt;
    this.killer = killer;
  }

  /** How many connections were unwrapped to the driver's own (a COPY on PostgreSQL). */
  int unwraps() {
    return unwraps.get();
  }

  /** How many statements ran (or were about to) through this data source. */
  int statements() {
    return statements.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return watched(delegate.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return watched(delegate.getConnection(username, password));
  }

  private Connection watched(Connection connection) {
    InvocationHandler onConnection =
        (proxy, method, args) -> {
          // a COPY (PostgreSQL bulk saves) is reached through unwrap: count it as the statement it is
          if (method.getName().equals("unwrap")) {
            unwraps.incrementAndGet();
            if (statements.incrementAndGet() == killAt) {
              killer.kill(connection);
            }
          }
          Object result = invoke(connection, method, args);
          if (result instanceof PreparedStatement statement) {
            return Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (p, m, a) -> {
                  if (m.getName().startsWith("execute")
                      && statements.incrementAndGet() == killAt) {
                    killer.kill(connection);
                  }
                  return invoke(statement, m, a);
                });
          }
          return result;
        };
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {Connection.class}, onConnection);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return delegate.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return delegate.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return delegate.isWrapperFor(type);
  }
}
