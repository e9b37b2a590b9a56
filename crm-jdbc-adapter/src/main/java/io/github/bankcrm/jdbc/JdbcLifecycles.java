package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleError;
import io.github.bankcrm.core.lifecycle.LifecycleEvent;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.LifecycleTransition;
import io.github.bankcrm.core.lifecycle.LifecycleUpdate;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Lifecycles} on JDBC: a lifecycle is a row of {@code crm_lifecycle} (customer number, version,
 * stage) and its transition log one row per entry in {@code crm_lifecycle_transition}, so auditors can
 * query moves by stage, command, policy or actor. A save appends the new entries, moves the row's
 * version and writes the events to {@code crm_outbox}, in one transaction. Scope is the customer's: every
 * statement joins {@code crm_customer} and filters on its unit path. Obtain one from {@link
 * JdbcCrm#lifecycles()}.
 */
public final class JdbcLifecycles implements Lifecycles {

  private static final int ATTEMPTS = 3;

  private static final String TRANSITION_COLUMNS =
      "t.customer_id, t.from_stage, t.to_stage, t.moved_at, t.actor, t.command, t.policy_id,"
          + " t.policy_version, t.reason_code, t.comment";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;

  JdbcLifecycles(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
  }

  @Override
  public Either<LifecycleError, CustomerLifecycle> save(AccessScope scope, LifecycleUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    // two concurrent starts both find no row; the primary key refuses the second, whose retry sees
    // the winner and answers with the typed conflict
    return transactions.inTransactionRetryingConstraintRaces(
        "save lifecycle", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<LifecycleError, CustomerLifecycle> saveIn(
      Connection c, AccessScope scope, LifecycleUpdate update) throws SQLException {
    CustomerLifecycle next = update.lifecycle();
    String customer = next.customerId().value();
    if (!scopes.customerVisible(c, scope, next.customerId())) {
      return Either.left(new LifecycleError.LifecycleNotFound(next.customerId()));
    }
    long storedVersion =
        Sql.of("select version from crm_lifecycle where customer_id = ? for update", customer)
            .single(c, row -> row.getLong(1))
            .orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new LifecycleError.VersionConflict(
              next.customerId(), update.expectedStoredVersion(), storedVersion));
    }
    LifecycleTransition last = next.transitions().get(next.transitions().size() - 1);
    Map<String, Object> changing = new LinkedHashMap<>();
    changing.put("version", next.version());
    changing.put("stage", next.stage().name());
    changing.put("updated_at", last.at());
    if (storedVersion == 0) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("customer_id", customer);
      row.putAll(changing);
      Sql.insert(dialect, "crm_lifecycle", row).update(c);
    } else {
      int changed =
          Sql.update(dialect, "crm_lifecycle", changing)
              .append(" where customer_id = ? and version = ?", customer, storedVersion)
              .update(c);
      if (changed != 1) {
        throw new IllegalStateException("lifecycle row changed under its lock");
      }
    }
    // the log is append-only: the entries up to the stored version are already rows
    List<List<Object>> entries = new ArrayList<>();
    for (int i = (int) storedVersion; i < next.transitions().size(); i++) {
      LifecycleTransition entry = next.transitions().get(i);
      PolicyVersion policy = entry.policy();
      entries.add(
          Arrays.asList(
              customer,
              (long) i + 1,
              entry.from() == null ? null : entry.from().name(),
              entry.to().name(),
              entry.at(),
              entry.actor().id(),
              entry.command() == null ? null : entry.command().name(),
              policy == null ? null : policy.policyId(),
              Sql.nullable(policy == null ? null : policy.version(), Types.BIGINT),
              entry.reasonCode(),
              entry.comment()));
    }
    Sql.of(
            "insert into crm_lifecycle_transition (customer_id, ordinal, from_stage, to_stage, moved_at,"
                + " actor, command, policy_id, policy_version, reason_code, comment)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .batch(c, entries);
    outbox.append(
        c, "CustomerLifecycle", customer, next.version(), update.events(), LifecycleEvent.class);
    return Either.right(next);
  }

  @Override
  public Optional<CustomerLifecycle> find(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "find lifecycle",
        c -> {
          Sql select =
              Sql.of(
                      "select " + TRANSITION_COLUMNS + " from crm_lifecycle_transition t"
                          + " join crm_customer c on c.id = t.customer_id where t.customer_id = ? and ",
                      customerId.value())
                  .append(scopes.condition(c, scope, "c.unit_path"))
                  .append(" order by t.ordinal");
          return assemble(select.list(c, JdbcLifecycles::transition)).stream().findFirst();
        });
  }

  @Override
  public Page<CustomerLifecycle> list(
      AccessScope scope, @Nullable LifecycleStage stage, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    return transactions.inTransaction(
        "list lifecycles",
        c -> {
          Sql where =
              Sql.of(" from crm_lifecycle l join crm_customer c on c.id = l.customer_id where ")
                  .append(scopes.condition(c, scope, "c.unit_path"));
          if (stage != null) {
            where.append(" and l.stage = ?", stage.name());
          }
          long total =
              Sql.of("select count(*)").append(where).single(c, row -> row.getLong(1)).orElse(0L);
          List<String> customers =
              Sql.of("select l.customer_id")
                  .append(where)
                  .append(" order by l.customer_id limit ? offset ?", page.limit(), page.offset())
                  .list(c, row -> row.getString(1));
          List<CustomerLifecycle> items = List.of();
          if (!customers.isEmpty()) {
            Sql select =
                Sql.of(
                        "select " + TRANSITION_COLUMNS + " from crm_lifecycle_transition t"
                            + " where t.customer_id in ")
                    .appendList(customers)
                    .append(" order by t.customer_id, t.ordinal");
            items = assemble(select.list(c, JdbcLifecycles::transition));
          }
          return new Page<>(items, Math.max(total, items.size()), page);
        });
  }

  /** One log row with the customer it belongs to. */
  private record Row(CustomerId customerId, LifecycleTransition transition) {}

  private static Row transition(ResultSet row) throws SQLException {
    String from = row.getString("from_stage");
    String command = row.getString("command");
    String policyId = row.getString("policy_id");
    return new Row(
        CustomerId.of(row.getString("customer_id")),
        new LifecycleTransition(
            from == null ? null : LifecycleStage.valueOf(from),
            LifecycleStage.valueOf(row.getString("to_stage")),
            Sql.instant(row, "moved_at"),
            Actor.of(row.getString("actor")),
            command == null ? null : LifecycleCommand.valueOf(command),
            policyId == null ? null : new PolicyVersion(policyId, row.getLong("policy_version")),
            row.getString("reason_code"),
            row.getString("comment")));
  }

  /** Lifecycles from log rows ordered by customer and ordinal; the log replays to the stage. */
  private static List<CustomerLifecycle> assemble(List<Row> rows) {
    Map<CustomerId, List<LifecycleTransition>> logs = new LinkedHashMap<>();
    for (Row row : rows) {
      logs.computeIfAbsent(row.customerId(), id -> new ArrayList<>()).add(row.transition());
    }
    List<CustomerLifecycle> lifecycles = new ArrayList<>();
    logs.forEach(
        (customer, log) ->
            lifecycles.add(
                new CustomerLifecycle(customer, log.size(), CustomerLifecycle.replay(log), log)));
    return lifecycles;
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcLifecycles[H2]}
   */
  @Override
  public String toString() {
    return "JdbcLifecycles[" + dialect + "]";
  }
}
