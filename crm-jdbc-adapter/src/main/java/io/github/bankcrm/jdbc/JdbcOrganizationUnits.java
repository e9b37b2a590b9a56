package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.organization.OrganizationError;
import io.github.bankcrm.core.organization.OrganizationHierarchy;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@link OrganizationUnits} on JDBC, in {@code crm_organization_unit}. Each unit keeps its
 * materialised path ({@code /HO/BJ/BJ01/}), which customers and groups copy so that scope filters are
 * a path prefix in SQL. Changes of the tree take one row lock ({@code crm_lock}) and check the rules
 * on the whole stored tree with {@link OrganizationHierarchy}: tree changes are rare, and one at a
 * time is what keeps "exactly one head office" true under concurrency.
 */
public final class JdbcOrganizationUnits implements OrganizationUnits {

  private static final String COLUMNS = "id, name, unit_level, parent_id";

  private final Transactions transactions;

  JdbcOrganizationUnits(Transactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public Either<OrganizationError, OrganizationUnit> add(OrganizationUnit unit) {
    requireNonNull(unit, "unit");
    return transactions.inTransaction(
        "add organisation unit",
        c -> {
          OrganizationHierarchy tree = lockedTree(c);
          Either<OrganizationError, OrganizationHierarchy> next = tree.withAdded(unit);
          if (next.isLeft()) {
            return Either.left(next.getLeft());
          }
          StringBuilder path = new StringBuilder("/");
          next.get().pathFromRoot(unit.id()).forEach(u -> path.append(u.id().value()).append('/'));
          Sql.of(
                  "insert into crm_organization_unit (id, name, unit_level, parent_id, path, version)"
                      + " values (?, ?, ?, ?, ?, 1)",
                  unit.id().value(),
                  unit.name(),
                  unit.level().name(),
                  unit.parentId().map(OrganizationUnitId::value).orElse(null),
                  path.toString())
              .update(c);
          return Either.right(unit);
        });
  }

  @Override
  public Either<OrganizationError, OrganizationUnit> rename(OrganizationUnitId id, String newName) {
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "rename organisation unit",
        c -> {
          Either<OrganizationError, OrganizationHierarchy> next =
              lockedTree(c).withRenamed(id, newName);
          if (next.isLeft()) {
            return Either.left(next.getLeft());
          }
          OrganizationUnit renamed = next.get().unit(id).orElseThrow();
          Sql.of(
                  "update crm_organization_unit set name = ?, version = version + 1 where id = ?",
                  renamed.name(),
                  id.value())
              .update(c);
          return Either.right(renamed);
        });
  }

  @Override
  public Optional<OrganizationUnit> findById(OrganizationUnitId id) {
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "find organisation unit",
        c ->
            Sql.of("select " + COLUMNS + " from crm_organization_unit where id = ?", id.value())
                .single(c, JdbcOrganizationUnits::unit));
  }

  @Override
  public OrganizationHierarchy hierarchy() {
    return transactions.inTransaction("read organisation", JdbcOrganizationUnits::tree);
  }

  private static OrganizationHierarchy lockedTree(Connection c) throws SQLException {
    Sql.of("select name from crm_lock where name = ? for update", "organization")
        .single(c, row -> row.getString(1))
        .orElseThrow(() -> new IllegalStateException("crm_lock has no organization row"));
    return tree(c);
  }

  private static OrganizationHierarchy tree(Connection c) throws SQLException {
    List<OrganizationUnit> units =
        Sql.of("select " + COLUMNS + " from crm_organization_unit")
            .list(c, JdbcOrganizationUnits::unit);
    return OrganizationHierarchy.of(units)
        .getOrElseThrow(
            error -> new IllegalStateException("stored organisation is not a tree: " + error.code()));
  }

  private static OrganizationUnit unit(java.sql.ResultSet row) throws SQLException {
    String parent = row.getString(4);
    return new OrganizationUnit(
        OrganizationUnitId.of(row.getString(1)),
        row.getString(2),
        OrganizationLevel.valueOf(row.getString(3)),
        parent == null ? null : OrganizationUnitId.of(parent));
  }

  /**
   * Says which store this is.
   *
   * @return {@code JdbcOrganizationUnits}
   */
  @Override
  public String toString() {
    return "JdbcOrganizationUnits";
  }
}
