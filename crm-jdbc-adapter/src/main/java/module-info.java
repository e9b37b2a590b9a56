/** The JDBC adapter of the Bank CRM SDK ports. */
module io.github.bankcrm.jdbc {
  requires transitive io.github.bankcrm.core;
  requires transitive java.sql;

  exports io.github.bankcrm.jdbc;
}
