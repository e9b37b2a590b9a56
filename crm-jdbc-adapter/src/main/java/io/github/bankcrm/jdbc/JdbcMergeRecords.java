package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.resolution.MergeError;
import io.github.bankcrm.core.resolution.MergeEvent;
import io.github.bankcrm.core.resolution.MergeId;
import io.github.bankcrm.core.resolution.MergeRecord;
import io.github.bankcrm.core.resolution.MergeRecordRules;
import io.github.bankcrm.core.resolution.MergeRecords;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link MergeRecords} on JDBC: a merge is a row of {@code crm_merge_record} with typed columns for
 * what is queried (survivor, absorbed, times) and the whole record, before-images included, as JSON.
 * While a merge is not undone its {@code active_absorbed} holds the absorbed customer's number and is
 * unique, so a record is merged away once at a time, by constraint; an undo clears it. A save first
 * locks both customers' rows, in number order, so that two merges involving one customer wait for each
 * other and the checks across merge records (absorbed once, a survivor that absorbed others is not
 * absorbed) hold under concurrency. {@code CustomersMerged} and {@code MergeUndone} go to {@code
 * crm_outbox} in the transaction of the save (aggregate type {@code CustomerMerge}, version 1 for the
 * merge, 2 for its undo). Obtain one from {@link JdbcCrm#mergeRecords()}.
 */
public final class JdbcMergeRecords implements MergeRecords {

  private static final int ATTEMPTS = 3;
  private static final String AGGREGATE = "CustomerMerge";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;

  JdbcMergeRecords(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
  }

  /** An earlier merge, not undone, that a new one collides with. */
  private record Active(String id, String survivor, String absorbed) {}

  @Override
  public Either<MergeError, MergeRecord> add(
      AccessScope scope, MergeRecord record, MergeEvent.CustomersMerged merged) {
    requireNonNull(scope, "scope");
    MergeRecordRules.checkAdded(record, merged);
    return transactions.inTransactionRetryingConstraintRaces(
        "add merge record", ATTEMPTS, c -> addIn(c, scope, record, merged));
  }

  private Either<MergeError, MergeRecord> addIn(
      Connection c, AccessScope scope, MergeRecord record, MergeEvent.CustomersMerged merged)
      throws SQLException {
    for (CustomerId customer : new TreeSet<>(List.of(record.survivor(), record.absorbed()))) {
      Sql.of("select id from crm_customer where id = ? for update", customer.value()).list(c, row -> row.getString(1));
    }
    if (Sql.of("select id from crm_merge_record where id = ?", record.id().value())
        .single(c, row -> row.getString(1))
        .isPresent()) {
      return Either.left(new MergeError.MergeExists(record.id()));
    }
    for (CustomerId customer : List.of(record.survivor(), record.absorbed())) {
      if (!scopes.customerVisible(c, scope, customer)) {
        return Either.left(new MergeError.CustomerNotFound(customer));
      }
    }
    for (CustomerId customer : List.of(record.absorbed(), record.survivor())) {
      Optional<Active> earlier =
          active(c, Sql.of(" where active_absorbed = ?", customer.value()));
      if (earlier.isPresent()) {
        return Either.left(alreadyMerged(earlier.get()));
      }
    }
    Optional<Active> absorbedSurvives =
        active(c, Sql.of(" where survivor_id = ? and undone_at is null", record.absorbed().value()));
    if (absorbedSurvives.isPresent()) {
      return Either.left(alreadyMerged(absorbedSurvives.get()));
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", record.id().value());
    row.put("survivor_id", record.survivor().value());
    row.put("absorbed_id", record.absorbed().value());
    row.put("active_absorbed", record.absorbed().value());
    row.put("merged_at", record.mergedAt());
    row.put("undone_at", Sql.nullable(null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE));
    row.put("document", new Sql.Json(JsonCodec.write(record, MergeRecord.class)));
    Sql.insert(dialect, "crm_merge_record", row).update(c);
    outbox.append(c, AGGREGATE, record.id().value(), 1, List.of(merged), MergeEvent.class);
    return Either.right(record);
  }

  private static Optional<Active> active(Connection c, Sql condition) throws SQLException {
    return Sql.of("select id, survivor_id, absorbed_id from crm_merge_record")
        .append(condition)
        .append(" order by merged_at, id")
        .list(c, row -> new Active(row.getString(1), row.getString(2), row.getString(3)))
        .stream()
        .findFirst();
  }

  private static MergeError alreadyMerged(Active earlier) {
    return new MergeError.AlreadyMerged(
        CustomerId.of(earlier.absorbed()), CustomerId.of(earlier.survivor()), MergeId.of(earlier.id()));
  }

  @Override
  public Either<MergeError, MergeRecord> markUndone(
      AccessScope scope, MergeRecord undone, MergeEvent.MergeUndone event) {
    requireNonNull(scope, "scope");
    MergeRecordRules.checkUndone(undone, event);
    return transactions.inTransaction("mark merge undone", c -> markUndoneIn(c, scope, undone, event));
  }

  private Either<MergeError, MergeRecord> markUndoneIn(
      Connection c, AccessScope scope, MergeRecord undone, MergeEvent.MergeUndone event) throws SQLException {
    Optional<MergeRecord> stored =
        Sql.of("select document from crm_merge_record where id = ? for update", undone.id().value())
            .single(c, row -> JsonCodec.read(row.getString(1), MergeRecord.class));
    if (stored.isEmpty() || !visible(c, scope, stored.get())) {
      return Either.left(new MergeError.MergeNotFound(undone.id()));
    }
    if (stored.get().isUndone()) {
      return Either.left(new MergeError.AlreadyUndone());
    }
    MergeRecordRules.checkSameMerge(stored.get(), undone);
    Map<String, Object> changed = new LinkedHashMap<>();
    changed.put("active_absorbed", Sql.nullable(null, java.sql.Types.VARCHAR));
    changed.put("undone_at", undone.undoneAt());
    changed.put("document", new Sql.Json(JsonCodec.write(undone, MergeRecord.class)));
    int updated =
        Sql.update(dialect, "crm_merge_record", changed)
            .append(" where id = ? and undone_at is null", undone.id().value())
            .update(c);
    if (updated != 1) {
      throw new IllegalStateException("merge record row changed under its lock");
    }
    outbox.append(c, AGGREGATE, undone.id().value(), 2, List.of(event), MergeEvent.class);
    return Either.right(undone);
  }

  private boolean visible(Connection c, AccessScope scope, MergeRecord record) throws SQLException {
    return scopes.customerVisible(c, scope, record.survivor()) && scopes.customerVisible(c, scope, record.absorbed());
  }

  private List<MergeRecord> visibleOnes(Connection c, AccessScope scope, Sql query) throws SQLException {
    List<MergeRecord> visible = new ArrayList<>();
    for (MergeRecord record : query.list(c, row -> JsonCodec.read(row.getString(1), MergeRecord.class))) {
      if (visible(c, scope, record)) {
        visible.add(record);
      }
    }
    return visible;
  }

  @Override
  public Optional<MergeRecord> findById(AccessScope scope, MergeId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "find merge record",
        c -> visibleOnes(c, scope, Sql.of("select document from crm_merge_record where id = ?", id.value()))
            .stream()
            .findFirst());
  }

  @Override
  public Optional<MergeRecord> mergeOf(AccessScope scope, CustomerId absorbed) {
    requireNonNull(scope, "scope");
    requireNonNull(absorbed, "absorbed");
    return transactions.inTransaction(
        "find the merge of a customer",
        c -> visibleOnes(
                c, scope, Sql.of("select document from crm_merge_record where active_absorbed = ?", absorbed.value()))
            .stream()
            .findFirst());
  }

  @Override
  public List<MergeRecord> absorbedInto(AccessScope scope, CustomerId survivor) {
    requireNonNull(scope, "scope");
    requireNonNull(survivor, "survivor");
    return transactions.inTransaction(
        "list the merges into a survivor",
        c -> visibleOnes(
            c,
            scope,
            Sql.of(
                "select document from crm_merge_record where survivor_id = ? and undone_at is null"
                    + " order by merged_at, id",
                survivor.value())));
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcMergeRecords[H2]}
   */
  @Override
  public String toString() {
    return "JdbcMergeRecords[" + dialect + "]";
  }
}
