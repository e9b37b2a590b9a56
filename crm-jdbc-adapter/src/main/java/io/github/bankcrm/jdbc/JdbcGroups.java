package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.group.Group;
import io.github.bankcrm.core.group.GroupError;
import io.github.bankcrm.core.group.GroupEvent;
import io.github.bankcrm.core.group.GroupId;
import io.github.bankcrm.core.group.GroupMember;
import io.github.bankcrm.core.group.GroupType;
import io.github.bankcrm.core.group.GroupUpdate;
import io.github.bankcrm.core.group.Groups;
import io.github.bankcrm.core.group.MemberRole;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Groups} on JDBC: a group is a row of {@code crm_group} (typed columns plus the aggregate as
 * JSON) and one row per member in {@code crm_group_member}. The one-primary-group rule is a unique
 * column ({@code primary_of}), so the database itself refuses the second of two concurrent primary
 * flags. Reads are scoped in SQL: the group by its owning unit's path, members by their customers'.
 * Events go to {@code crm_outbox} in the transaction of the save. Obtain one from {@link
 * JdbcCrm#groups()}.
 */
public final class JdbcGroups implements Groups {

  private static final int ATTEMPTS = 3;

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;

  JdbcGroups(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
  }

  private record Stored(long version, GroupType type, String owningUnit) {}

  @Override
  public Either<GroupError, Group> save(AccessScope scope, GroupUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save group", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<GroupError, Group> saveIn(Connection c, AccessScope scope, GroupUpdate update)
      throws SQLException {
    Group next = update.group();
    String id = next.id().value();
    Optional<Stored> stored =
        Sql.of(
                "select version, group_type, owning_unit from crm_group where id = ?"
                    + (update.isCreation() ? "" : " for update"),
                id)
            .single(
                c,
                row ->
                    new Stored(row.getLong(1), GroupType.valueOf(row.getString(2)), row.getString(3)));
    if (stored.isEmpty() && !update.isCreation()) {
      return Either.left(new GroupError.GroupNotFound(next.id()));
    }
    if (stored.isPresent()
        && !update.isCreation()
        && !scope.canSee(OrganizationUnitId.of(stored.get().owningUnit()))) {
      return Either.left(new GroupError.GroupNotFound(next.id()));
    }
    long storedVersion = stored.map(Stored::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new GroupError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored.isPresent() && stored.get().type() != next.type()) {
      throw new IllegalArgumentException("an update cannot change the type of a group");
    }
    if (!scope.canSee(next.owningUnit())) {
      return Either.left(new GroupError.OutsideAccessScope(next.owningUnit()));
    }
    Set<String> before =
        new HashSet<>(
            Sql.of("select customer_id from crm_group_member where group_id = ?", id)
                .list(c, row -> row.getString(1)));
    for (GroupMember member : next.members()) {
      String customer = member.customerId().value();
      if (!before.contains(customer) && !scopes.customerVisible(c, scope, member.customerId())) {
        return Either.left(new GroupError.MemberNotFound(member.customerId()));
      }
      if (member.primary()) {
        Optional<String> primaryElsewhere =
            Sql.of("select group_id from crm_group_member where primary_of = ?", customer)
                .single(c, row -> row.getString(1));
        if (primaryElsewhere.isPresent() && !primaryElsewhere.get().equals(id)) {
          return Either.left(new GroupError.PrimaryGroupTaken(member.customerId()));
        }
      }
    }
    write(c, update, scopes.requiredPathOf(c, next.owningUnit()));
    return Either.right(next);
  }

  private void write(Connection c, GroupUpdate update, String unitPath) throws SQLException {
    Group next = update.group();
    String id = next.id().value();
    Sql.Json document = new Sql.Json(JsonCodec.write(next, Group.class));
    String json = Sql.jsonPlaceholder(dialect);
    if (update.isCreation()) {
      Sql.of(
              "insert into crm_group (id, group_type, version, name, owning_unit, unit_path,"
                  + " created_at, updated_at, document) values (?, ?, ?, ?, ?, ?, ?, ?, " + json + ")",
              id,
              next.type().name(),
              next.version(),
              next.name(),
              next.owningUnit().value(),
              unitPath,
              next.createdAt(),
              next.updatedAt(),
              document)
          .update(c);
    } else {
      int changed =
          Sql.of(
                  "update crm_group set version = ?, name = ?, owning_unit = ?, unit_path = ?,"
                      + " updated_at = ?, document = " + json + " where id = ? and version = ?",
                  next.version(),
                  next.name(),
                  next.owningUnit().value(),
                  unitPath,
                  next.updatedAt(),
                  document,
                  id,
                  update.expectedStoredVersion())
              .update(c);
      if (changed != 1) {
        throw new IllegalStateException("group row changed under its lock");
      }
      Sql.of("delete from crm_group_member where group_id = ?", id).update(c);
    }
    List<List<Object>> members = new ArrayList<>();
    for (GroupMember member : next.members()) {
      String customer = member.customerId().value();
      members.add(
          java.util.Arrays.asList(id, customer, member.role().name(), member.primary() ? customer : null));
    }
    Sql.of(
            "insert into crm_group_member (group_id, customer_id, role, primary_of)"
                + " values (?, ?, ?, ?)")
        .batch(c, members);
    outbox.append(c, "Group", id, next.version(), update.events(), GroupEvent.class);
  }

  @Override
  public Optional<Group> findById(AccessScope scope, GroupId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction("find group", c -> visibleGroup(c, scope, id));
  }

  private Optional<Group> visibleGroup(Connection c, AccessScope scope, GroupId id)
      throws SQLException {
    return Sql.of("select g.document from crm_group g where g.id = ? and ", id.value())
        .append(scopes.condition(c, scope, "g.unit_path"))
        .single(c, row -> JsonCodec.read(row.getString(1), Group.class));
  }

  @Override
  public Page<GroupMember> members(AccessScope scope, GroupId id, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    requireNonNull(page, "page");
    return transactions.inTransaction(
        "list group members",
        c -> {
          if (visibleGroup(c, scope, id).isEmpty()) {
            return new Page<>(List.of(), 0, page);
          }
          Sql where =
              Sql.of(
                      " from crm_group_member m join crm_customer c on c.id = m.customer_id"
                          + " where m.group_id = ? and ",
                      id.value())
                  .append(scopes.condition(c, scope, "c.unit_path"));
          long total =
              Sql.of("select count(*)").append(where).single(c, row -> row.getLong(1)).orElse(0L);
          List<GroupMember> items =
              Sql.of("select m.customer_id, m.role, m.primary_of")
                  .append(where)
                  .append(" order by m.customer_id limit ? offset ?", page.limit(), page.offset())
                  .list(
                      c,
                      row ->
                          new GroupMember(
                              CustomerId.of(row.getString(1)),
                              MemberRole.valueOf(row.getString(2)),
                              row.getString(3) != null));
          return new Page<>(items, Math.max(total, items.size()), page);
        });
  }

  @Override
  public Page<Group> list(AccessScope scope, @Nullable GroupType type, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    return transactions.inTransaction(
        "list groups",
        c -> {
          Sql where =
              Sql.of(" from crm_group g where ").append(scopes.condition(c, scope, "g.unit_path"));
          if (type != null) {
            where.append(" and g.group_type = ?", type.name());
          }
          long total =
              Sql.of("select count(*)").append(where).single(c, row -> row.getLong(1)).orElse(0L);
          List<Group> items =
              Sql.of("select g.document")
                  .append(where)
                  .append(" order by g.id limit ? offset ?", page.limit(), page.offset())
                  .list(c, row -> JsonCodec.read(row.getString(1), Group.class));
          return new Page<>(items, Math.max(total, items.size()), page);
        });
  }

  @Override
  public List<Group> groupsOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list groups of a customer",
        c -> {
          if (!scopes.customerVisible(c, scope, customerId)) {
            return List.of();
          }
          return Sql.of(
                  "select g.document from crm_group g join crm_group_member m on m.group_id = g.id"
                      + " where m.customer_id = ? and ",
                  customerId.value())
              .append(scopes.condition(c, scope, "g.unit_path"))
              .append(" order by g.id")
              .list(c, row -> JsonCodec.read(row.getString(1), Group.class));
        });
  }

  @Override
  public Optional<Group> primaryGroupOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "find primary group",
        c -> {
          if (!scopes.customerVisible(c, scope, customerId)) {
            return Optional.empty();
          }
          return Sql.of(
                  "select g.document from crm_group g join crm_group_member m on m.group_id = g.id"
                      + " where m.primary_of = ? and ",
                  customerId.value())
              .append(scopes.condition(c, scope, "g.unit_path"))
              .single(c, row -> JsonCodec.read(row.getString(1), Group.class));
        });
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcGroups[H2]}
   */
  @Override
  public String toString() {
    return "JdbcGroups[" + dialect + "]";
  }
}
