package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.lifecycle.PolicyVersion;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.FactorReading;
import io.github.bankcrm.core.warning.WarningError;
import io.github.bankcrm.core.warning.WarningEvent;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningLogEntry;
import io.github.bankcrm.core.warning.WarningState;
import io.github.bankcrm.core.warning.WarningStep;
import io.github.bankcrm.core.warning.WarningUpdate;
import io.github.bankcrm.core.warning.Warnings;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.github.bankcrm.jdbc.internal.StoredRow;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Warnings} on JDBC: a warning is a row of {@code crm_warning} (typed columns for state, level,
 * policy, assignee, due date, escalation; the factor readings as JSON) and its follow-up log one row per
 * step in {@code crm_warning_log}. The one-open-warning rule is a unique column, {@code open_customer},
 * that holds the customer's number while the warning is open and is null once it is resolved or lost:
 * the database itself refuses the second of two concurrent raises, and the retry answers {@link
 * WarningError.OpenWarningExists}. A save writes the row, the new log rows and the events to {@code
 * crm_outbox} in one transaction. Scope is the customer's: every statement joins {@code crm_customer}
 * and filters on its unit path. Obtain one from {@link JdbcCrm#warnings()}.
 */
public final class JdbcWarnings implements Warnings {

  private static final int ATTEMPTS = 3;

  private static final String COLUMNS =
      "w.id, w.customer_id, w.state, w.warning_level, w.policy_id, w.policy_version, w.assessed_on,"
          + " w.assignee, w.due, w.escalation, w.readings";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;

  JdbcWarnings(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
  }

  @Override
  public Either<WarningError, EarlyWarning> save(AccessScope scope, WarningUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save warning", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<WarningError, EarlyWarning> saveIn(
      Connection c, AccessScope scope, WarningUpdate update) throws SQLException {
    EarlyWarning next = update.warning();
    String id = next.id().value();
    boolean creation = update.expectedStoredVersion() == 0;
    Optional<StoredRow> stored = StoredRow.read(c, "crm_warning", id, !creation);
    boolean customerVisible = scopes.customerVisible(c, scope, next.customerId());
    if ((stored.isEmpty() && !creation) || (stored.isPresent() && !customerVisible)) {
      return Either.left(new WarningError.WarningNotFound(next.id()));
    }
    long storedVersion = stored.map(StoredRow::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new WarningError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (!customerVisible) {
      return Either.left(new WarningError.CustomerNotFound(next.customerId()));
    }
    boolean repointed = stored.isPresent() && !stored.get().customerId().equals(next.customerId());
    if (repointed && !update.repointsCustomer()) {
      throw new IllegalArgumentException("an update cannot move a warning to another customer");
    }
    if (repointed && !scopes.customerVisible(c, scope, stored.get().customerId())) {
      return Either.left(new WarningError.WarningNotFound(next.id()));
    }
    if (creation || repointed) {
      // checked first for the typed answer; the unique open_customer column decides a race
      Optional<String> open =
          Sql.of("select id from crm_warning where open_customer = ?", next.customerId().value())
              .single(c, row -> row.getString(1));
      if (open.isPresent()) {
        return Either.left(
            new WarningError.OpenWarningExists(next.customerId(), WarningId.of(open.get())));
      }
    }
    write(c, update, storedVersion);
    return Either.right(next);
  }

  private void write(Connection c, WarningUpdate update, long storedVersion) throws SQLException {
    EarlyWarning next = update.warning();
    String id = next.id().value();
    if (storedVersion == 0) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", id);
      row.put("raised_at", next.log().get(0).at());
      row.putAll(changing(next));
      Sql.insert(dialect, "crm_warning", row).update(c);
    } else {
      int changed =
          Sql.update(dialect, "crm_warning", changing(next))
              .append(" where id = ? and version = ?", id, storedVersion)
              .update(c);
      if (changed != 1) {
        throw new IllegalStateException("warning row changed under its lock");
      }
    }
    // the log is append-only: the entries up to the stored version are already rows
    List<List<Object>> entries = new ArrayList<>();
    for (int i = (int) storedVersion; i < next.log().size(); i++) {
      WarningLogEntry entry = next.log().get(i);
      entries.add(
          Arrays.asList(
              id,
              (long) i + 1,
              entry.step().name(),
              entry.state().name(),
              entry.level().name(),
              entry.assignee() == null ? null : entry.assignee().value(),
              Sql.nullable(entry.due(), Types.DATE),
              entry.escalation(),
              entry.actor().id(),
              entry.at(),
              entry.comment()));
    }
    Sql.of(
            "insert into crm_warning_log (warning_id, ordinal, step, state, warning_level, assignee,"
                + " due, escalation, actor, taken_at, comment) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .batch(c, entries);
    outbox.append(c, "EarlyWarning", id, next.version(), update.events(), WarningEvent.class);
  }

  /** The columns a step may set (the customer only by a REPOINTED step). */
  private static Map<String, Object> changing(EarlyWarning next) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("customer_id", next.customerId().value());
    row.put("version", next.version());
    row.put("open_customer", next.isOpen() ? next.customerId().value() : null);
    row.put("state", next.state().name());
    row.put("warning_level", next.level().name());
    row.put("policy_id", next.policy().policyId());
    row.put("policy_version", next.policy().version());
    row.put("assessed_on", next.assessedOn());
    row.put("assignee", next.assignee() == null ? null : next.assignee().value());
    row.put("due", Sql.nullable(next.due(), Types.DATE));
    row.put("escalation", next.escalation());
    row.put(
        "readings",
        new Sql.Json(
            JsonCodec.write(next.readings().toArray(new FactorReading[0]), FactorReading[].class)));
    return row;
  }

  @Override
  public Optional<EarlyWarning> findById(AccessScope scope, WarningId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "find warning",
        c -> single(read(c, visible(c, scope).append(" and w.id = ?", id.value()))));
  }

  @Override
  public Optional<EarlyWarning> findOpen(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "find open warning",
        c ->
            single(
                read(c, visible(c, scope).append(" and w.open_customer = ?", customerId.value()))));
  }

  @Override
  public List<EarlyWarning> ofCustomer(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list warnings of a customer",
        c ->
            read(
                c,
                visible(c, scope)
                    .append(" and w.customer_id = ? order by w.raised_at, w.id", customerId.value())));
  }

  @Override
  public Page<EarlyWarning> open(AccessScope scope, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    return transactions.inTransaction(
        "list open warnings",
        c -> {
          Sql where =
              Sql.of(
                      " from crm_warning w join crm_customer c on c.id = w.customer_id"
                          + " where w.open_customer is not null and ")
                  .append(scopes.condition(c, scope, "c.unit_path"));
          long total =
              Sql.of("select count(*)").append(where).single(c, row -> row.getLong(1)).orElse(0L);
          List<EarlyWarning> items =
              read(
                  c,
                  Sql.of("select " + COLUMNS)
                      .append(where)
                      .append(" order by w.id limit ? offset ?", page.limit(), page.offset()));
          return new Page<>(items, Math.max(total, items.size()), page);
        });
  }

  /** The warnings whose customer the scope can see; conditions follow with {@code and}. */
  private Sql visible(Connection c, AccessScope scope) throws SQLException {
    return Sql.of(
            "select " + COLUMNS
                + " from crm_warning w join crm_customer c on c.id = w.customer_id where ")
        .append(scopes.condition(c, scope, "c.unit_path"));
  }

  private static Optional<EarlyWarning> single(List<EarlyWarning> warnings) {
    if (warnings.size() > 1) {
      throw new IllegalStateException("expected at most one warning, got " + warnings.size());
    }
    return warnings.stream().findFirst();
  }

  /** What a warning row holds; its log is read separately. */
  private record Head(
      WarningId id,
      CustomerId customerId,
      WarningState state,
      WarningLevel level,
      PolicyVersion policy,
      LocalDate assessedOn,
      RelationshipManagerId assignee,
      LocalDate due,
      int escalation,
      List<FactorReading> readings) {}

  /** Runs a select of {@link #COLUMNS} and reads the logs of the warnings it found, in its order. */
  private List<EarlyWarning> read(Connection c, Sql select) throws SQLException {
    List<Head> heads = select.list(c, JdbcWarnings::head);
    if (heads.isEmpty()) {
      return List.of();
    }
    Sql logs =
        Sql.of(
            "select warning_id, step, state, warning_level, assignee, due, escalation, actor,"
                + " taken_at, comment from crm_warning_log where warning_id in ");
    logs.appendList(heads.stream().map(head -> head.id().value()).toList())
        .append(" order by warning_id, ordinal");
    Map<String, List<WarningLogEntry>> byWarning = new HashMap<>();
    for (LogRow row : logs.list(c, JdbcWarnings::logRow)) {
      byWarning.computeIfAbsent(row.warningId(), key -> new ArrayList<>()).add(row.entry());
    }
    List<EarlyWarning> warnings = new ArrayList<>();
    for (Head head : heads) {
      List<WarningLogEntry> log = byWarning.getOrDefault(head.id().value(), List.of());
      warnings.add(
          new EarlyWarning(
              head.id(),
              log.size(),
              head.customerId(),
              head.policy(),
              head.assessedOn(),
              head.level(),
              head.readings(),
              head.state(),
              head.assignee(),
              head.due(),
              head.escalation(),
              log));
    }
    return warnings;
  }

  private static Head head(ResultSet row) throws SQLException {
    String assignee = row.getString("assignee");
    return new Head(
        WarningId.of(row.getString("id")),
        CustomerId.of(row.getString("customer_id")),
        WarningState.valueOf(row.getString("state")),
        WarningLevel.valueOf(row.getString("warning_level")),
        new PolicyVersion(row.getString("policy_id"), row.getLong("policy_version")),
        Sql.date(row, "assessed_on"),
        assignee == null ? null : RelationshipManagerId.of(assignee),
        Sql.date(row, "due"),
        row.getInt("escalation"),
        List.of(JsonCodec.read(row.getString("readings"), FactorReading[].class)));
  }

  /** One log row with the warning it belongs to. */
  private record LogRow(String warningId, WarningLogEntry entry) {}

  private static LogRow logRow(ResultSet row) throws SQLException {
    String assignee = row.getString("assignee");
    return new LogRow(
        row.getString("warning_id"),
      new WarningLogEntry(
          WarningStep.valueOf(row.getString("step")),
          WarningState.valueOf(row.getString("state")),
          WarningLevel.valueOf(row.getString("warning_level")),
          assignee == null ? null : RelationshipManagerId.of(assignee),
          Sql.date(row, "due"),
          row.getInt("escalation"),
          Actor.of(row.getString("actor")),
          Sql.instant(row, "taken_at"),
          row.getString("comment")));
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcWarnings[H2]}
   */
  @Override
  public String toString() {
    return "JdbcWarnings[" + dialect + "]";
  }
}
