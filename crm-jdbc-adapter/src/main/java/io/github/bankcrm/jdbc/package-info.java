/**
 * The JDBC adapter of the crm-core ports: embedded H2 by default, PostgreSQL in production. Takes a
 * {@link javax.sql.DataSource}; owns no pool.
 */
package io.github.bankcrm.jdbc;
