/**
 * The JDBC adapter of the Bank CRM SDK ports: embedded H2 by default, PostgreSQL in production, schema
 * migrations by Flyway.
 */
module io.github.bankcrm.jdbc {
  requires transitive io.github.bankcrm.core;
  requires transitive java.sql;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  // Flyway's jars name no module: this is the name the JDK derives from flyway-core-<version>.jar
  requires flyway.core;
  // optional: COPY for bulk saves on PostgreSQL when pgjdbc is there; batches otherwise
  requires static org.postgresql.jdbc;

  exports io.github.bankcrm.jdbc;
}
