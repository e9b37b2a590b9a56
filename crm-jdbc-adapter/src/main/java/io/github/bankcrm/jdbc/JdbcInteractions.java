package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.interaction.Complaint;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.interaction.ComplaintState;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionChannel;
import io.github.bankcrm.core.interaction.InteractionError;
import io.github.bankcrm.core.interaction.InteractionEvent;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.interaction.InteractionOutcome;
import io.github.bankcrm.core.interaction.InteractionType;
import io.github.bankcrm.core.interaction.InteractionUpdate;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.github.bankcrm.jdbc.internal.StoredRow;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Interactions} on JDBC: one row of {@code crm_interaction} per contact, every field a typed
 * column (the complaint's severity, state and resolution time included), so period and open-complaint
 * queries are plain indexed SQL. A save writes the row and the events to {@code crm_outbox} in one
 * transaction. Scope is the customer's: every statement joins {@code crm_customer} and filters on its
 * unit path. The notes are stored as written and never put into a message. Obtain one from {@link
 * JdbcCrm#interactions()}.
 */
public final class JdbcInteractions implements Interactions {

  private static final int ATTEMPTS = 3;

  private static final String COLUMNS =
      "i.id, i.version, i.customer_id, i.channel, i.interaction_type, i.occurred_at, i.outcome,"
          + " i.handled_by, i.complaint_severity, i.complaint_state, i.complaint_resolved_at, i.notes,"
          + " i.recorded_at, i.updated_at";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;

  JdbcInteractions(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
  }

  @Override
  public Either<InteractionError, Interaction> save(AccessScope scope, InteractionUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    // two concurrent records of one number both find no row; the primary key refuses the second,
    // whose retry sees the winner and answers with the typed conflict
    return transactions.inTransactionRetryingConstraintRaces(
        "save interaction", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<InteractionError, Interaction> saveIn(
      Connection c, AccessScope scope, InteractionUpdate update) throws SQLException {
    Interaction next = update.interaction();
    boolean creation = update.expectedStoredVersion() == 0;
    Optional<StoredRow> stored = StoredRow.read(c, "crm_interaction", next.id().value(), !creation);
    if (stored.isPresent() && !scopes.customerVisible(c, scope, stored.get().customerId())) {
      return Either.left(new InteractionError.InteractionNotFound(next.id()));
    }
    if (stored.isEmpty() && !creation) {
      return Either.left(new InteractionError.InteractionNotFound(next.id()));
    }
    long storedVersion = stored.map(StoredRow::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new InteractionError.VersionConflict(
              next.id(), update.expectedStoredVersion(), storedVersion));
    }
    boolean newCustomer = stored.isEmpty() || !stored.get().customerId().equals(next.customerId());
    if (newCustomer && !scopes.customerVisible(c, scope, next.customerId())) {
      return Either.left(new InteractionError.CustomerNotFound(next.customerId()));
    }
    if (stored.isPresent() && newCustomer && !update.reassignsCustomer()) {
      throw new IllegalArgumentException("an update cannot move an interaction to another customer");
    }
    if (creation) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", next.id().value());
      row.put("recorded_at", next.recordedAt());
      row.putAll(changing(next));
      Sql.insert(dialect, "crm_interaction", row).update(c);
    } else {
      int changed =
          Sql.update(dialect, "crm_interaction", changing(next))
              .append(" where id = ? and version = ?", next.id().value(), storedVersion)
              .update(c);
      if (changed != 1) {
        throw new IllegalStateException("interaction row changed under its lock");
      }
    }
    outbox.append(
        c, "Interaction", next.id().value(), next.version(), update.events(), InteractionEvent.class);
    return Either.right(next);
  }

  /** The columns a change may set (the customer only by a reassignment). */
  private static Map<String, Object> changing(Interaction next) {
    Complaint complaint = next.complaint();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("customer_id", next.customerId().value());
    row.put("version", next.version());
    row.put("channel", next.channel().name());
    row.put("interaction_type", next.type().name());
    row.put("occurred_at", next.occurredAt());
    row.put("outcome", next.outcome().name());
    row.put("handled_by", next.handledBy().id());
    row.put("complaint_severity", complaint == null ? null : complaint.severity().name());
    row.put("complaint_state", complaint == null ? null : complaint.state().name());
    row.put(
        "complaint_resolved_at",
        Sql.nullable(complaint == null ? null : complaint.resolvedAt(), Types.TIMESTAMP_WITH_TIMEZONE));
    row.put("notes", next.notes());
    row.put("updated_at", next.updatedAt());
    return row;
  }

  @Override
  public Optional<Interaction> findById(AccessScope scope, InteractionId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "find interaction",
        c ->
            visible(c, scope)
                .append(" and i.id = ?", id.value())
                .single(c, JdbcInteractions::interaction));
  }

  @Override
  public List<Interaction> ofCustomer(
      AccessScope scope, CustomerId customerId, Instant from, Instant until) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("a period ends after it starts");
    }
    return transactions.inTransaction(
        "list interactions of a customer",
        c ->
            visible(c, scope)
                .append(
                    " and i.customer_id = ? and i.occurred_at >= ? and i.occurred_at < ?"
                        + " order by i.occurred_at, i.id",
                    customerId.value(),
                    from,
                    until)
                .list(c, JdbcInteractions::interaction));
  }

  @Override
  public List<Interaction> openComplaints(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list open complaints",
        c ->
            visible(c, scope)
                .append(
                    " and i.customer_id = ? and i.complaint_state in (?, ?)"
                        + " order by i.occurred_at, i.id",
                    customerId.value(),
                    ComplaintState.RECEIVED.name(),
                    ComplaintState.IN_PROGRESS.name())
                .list(c, JdbcInteractions::interaction));
  }

  /** The interactions whose customer the scope can see; conditions follow with {@code and}. */
  private Sql visible(Connection c, AccessScope scope) throws SQLException {
    return Sql.of(
            "select " + COLUMNS
                + " from crm_interaction i join crm_customer c on c.id = i.customer_id where ")
        .append(scopes.condition(c, scope, "c.unit_path"));
  }

  private static Interaction interaction(ResultSet row) throws SQLException {
    String severity = row.getString("complaint_severity");
    Complaint complaint =
        severity == null
            ? null
            : new Complaint(
                ComplaintSeverity.valueOf(severity),
                ComplaintState.valueOf(row.getString("complaint_state")),
                Sql.instant(row, "complaint_resolved_at"));
    return new Interaction(
        InteractionId.of(row.getString("id")),
        row.getLong("version"),
        CustomerId.of(row.getString("customer_id")),
        InteractionChannel.valueOf(row.getString("channel")),
        InteractionType.valueOf(row.getString("interaction_type")),
        Sql.instant(row, "occurred_at"),
        InteractionOutcome.valueOf(row.getString("outcome")),
        Actor.of(row.getString("handled_by")),
        complaint,
        row.getString("notes"),
        Sql.instant(row, "recorded_at"),
        Sql.instant(row, "updated_at"));
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcInteractions[H2]}
   */
  @Override
  public String toString() {
    return "JdbcInteractions[" + dialect + "]";
  }
}
