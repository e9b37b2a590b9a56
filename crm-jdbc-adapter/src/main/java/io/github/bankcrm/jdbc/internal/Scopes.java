package io.github.bankcrm.jdbc.internal;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns an {@link AccessScope} into SQL: a row is visible if its {@code unit_path} starts with the
 * path of a granted unit. Units never move (the ports can add and rename them only), so a unit's path
 * never changes and is cached once read.
 */
public final class Scopes {

  private final ConcurrentMap<OrganizationUnitId, String> paths = new ConcurrentHashMap<>();

  /** An empty cache. */
  public Scopes() {}

  /**
   * The materialised path of a stored unit, e.g. {@code /HO/BJ/BJ01/}.
   *
   * @param connection the connection
   * @param unit the unit
   * @return its path, or empty if the unit is not stored
   * @throws SQLException on a database error
   */
  public Optional<String> pathOf(Connection connection, OrganizationUnitId unit) throws SQLException {
    String cached = paths.get(unit);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<String> stored =
        Sql.of("select path from crm_organization_unit where id = ?", unit.value())
            .single(connection, row -> row.getString(1));
    stored.ifPresent(path -> paths.put(unit, path));
    return stored;
  }

  /**
   * The materialised path of an aggregate's owning unit, which must be stored.
   *
   * @param connection the connection
   * @param unit the owning unit
   * @return its path
   * @throws SQLException on a database error
   * @throws IllegalArgumentException if the unit is not stored: aggregates belong to stored units
   */
  public String requiredPathOf(Connection connection, OrganizationUnitId unit) throws SQLException {
    return pathOf(connection, unit)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "owning unit " + unit + " is not a stored organisation unit"));
  }

  /**
   * The condition that keeps rows to those the scope can see.
   *
   * @param connection the connection, to read the paths of granted units
   * @param scope the caller's scope
   * @param pathColumn the qualified column holding the row's unit path, e.g. {@code c.unit_path}
   * @return a parenthesised condition with bound parameters
   * @throws SQLException on a database error
   * @throws IllegalStateException if a granted unit is not stored: user configuration and stored
   *     organisation disagree, which must not be papered over by showing less or more
   */
  public Sql condition(Connection connection, AccessScope scope, String pathColumn)
      throws SQLException {
    requireNonNull(scope, "scope");
    if (scope.isUnrestricted()) {
      return Sql.of("(1 = 1)");
    }
    if (scope.grantedUnits().isEmpty()) {
      return Sql.of("(1 = 0)");
    }
    Sql condition = Sql.of("(");
    String separator = "";
    for (OrganizationUnitId unit : new TreeSet<>(scope.grantedUnits())) {
      String path =
          pathOf(connection, unit)
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "granted organisation unit " + unit + " is not stored"));
      condition.append(separator + pathColumn + " like ? escape '!'", Sql.likeLiteral(path) + "%");
      separator = " or ";
    }
    return condition.append(")");
  }

  /**
   * Whether a customer is stored and its owning unit is in the scope: the test a port makes before it
   * answers for a customer or records a new party.
   *
   * @param connection the connection
   * @param scope the caller's scope
   * @param customer the customer
   * @return whether the caller can see the customer
   * @throws SQLException on a database error
   */
  public boolean customerVisible(Connection connection, AccessScope scope, CustomerId customer)
      throws SQLException {
    return Sql.of("select 1 from crm_customer c where c.id = ? and ", customer.value())
        .append(condition(connection, scope, "c.unit_path"))
        .single(connection, row -> row.getInt(1))
        .isPresent();
  }

  /**
   * The condition that keeps aggregates owned by several customers (accounts, loan contracts) to
   * those of which at least one party is in the scope: an {@code exists} over the party table, whose
   * rows carry a {@code customer_id}, joined to the customers' unit paths.
   *
   * @param connection the connection, to read the paths of granted units
   * @param scope the caller's scope
   * @param partyTable constant SQL: the party table with the alias {@code p}, e.g. {@code
   *     crm_account_holder p}
   * @param ofAggregate constant SQL tying {@code p} to the outer row, e.g. {@code p.account_id = a.id}
   * @return a parenthesised condition with bound parameters
   * @throws SQLException on a database error
   */
  public Sql anyPartyVisible(
      Connection connection, AccessScope scope, String partyTable, String ofAggregate)
      throws SQLException {
    return Sql.of(
            "exists (select 1 from "
                + partyTable
                + " join crm_customer pc on pc.id = p.customer_id where "
                + ofAggregate
                + " and ")
        .append(condition(connection, scope, "pc.unit_path"))
        .append(")");
  }
}
