package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AssignmentHistory;
import io.github.bankcrm.core.holding.AssignmentUpdate;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.HoldingEvent;
import io.github.bankcrm.core.holding.ServiceAssignment;
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.DocumentTable;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@link ServiceAssignments} on JDBC: a customer's history is a row of {@code crm_service_history}
 * (version plus the aggregate as JSON) and one row per assignment in {@code crm_service_assignment}
 * (manager, unit, first and first-not-served day), so "customers served by a manager on a day" is an
 * indexed query. A history is visible if its customer's owning unit path is under the scope, decided
 * in SQL. Events go to {@code crm_outbox} in the transaction of the save. Obtain one from {@link
 * JdbcCrm#serviceAssignments()}.
 */
public final class JdbcServiceAssignments implements ServiceAssignments {

  private static final int ATTEMPTS = 3;

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final DocumentTable rows;

  JdbcServiceAssignments(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.rows =
        new DocumentTable(
            dialect,
            "AssignmentHistory",
            "crm_service_history",
            "customer_id",
            "crm_service_assignment",
            "customer_id",
            List.of("customer_id", "ordinal", "manager", "unit_id", "served_from", "served_until"));
  }

  @Override
  public Either<HoldingError, AssignmentHistory> save(AccessScope scope, AssignmentUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save service assignments", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<HoldingError, AssignmentHistory> saveIn(
      Connection c, AccessScope scope, AssignmentUpdate update) throws SQLException {
    AssignmentHistory next = update.history();
    CustomerId customer = next.customerId();
    if (!scopes.customerVisible(c, scope, customer)) {
      return Either.left(new HoldingError.CustomerNotFound(customer));
    }
    Optional<AssignmentHistory> stored =
        rows.stored(
            c,
            "document",
            customer.value(),
            !update.isStart(),
            row -> JsonCodec.read(row.getString(1), AssignmentHistory.class));
    long storedVersion = stored.map(AssignmentHistory::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new HoldingError.VersionConflict(
              "assignment history",
              customer.value(),
              update.expectedStoredVersion(),
              storedVersion));
    }
    Optional<ServiceAssignment> newCurrent =
        next.current()
            .filter(current -> stored.isEmpty() || !stored.get().assignments().contains(current));
    if (newCurrent.isPresent() && !scope.canSee(newCurrent.get().unit())) {
      return Either.left(new HoldingError.OutsideAccessScope(newCurrent.get().unit()));
    }
    write(c, update);
    return Either.right(next);
  }

  private void write(Connection c, AssignmentUpdate update) throws SQLException {
    AssignmentHistory next = update.history();
    String customer = next.customerId().value();
    List<List<Object>> assignments = new ArrayList<>();
    int ordinal = 0;
    for (ServiceAssignment assignment : next.assignments()) {
      assignments.add(
          Arrays.asList(
              customer,
              ordinal++,
              assignment.manager() == null ? null : assignment.manager().value(),
              assignment.unit().value(),
              assignment.from(),
              assignment.until() == null ? new Sql.TypedNull(Types.DATE) : assignment.until()));
    }
    rows.write(
        c,
        customer,
        next.version(),
        DocumentTable.columns("created_at", next.createdAt(), "updated_at", next.updatedAt()),
        JsonCodec.write(next, AssignmentHistory.class),
        assignments,
        update.events(),
        HoldingEvent.class);
  }

  @Override
  public Optional<AssignmentHistory> historyOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "find service assignments",
        c ->
            Sql.of(
                    "select h.document from crm_service_history h join crm_customer c"
                        + " on c.id = h.customer_id where h.customer_id = ? and ",
                    customerId.value())
                .append(scopes.condition(c, scope, "c.unit_path"))
                .single(c, row -> JsonCodec.read(row.getString(1), AssignmentHistory.class)));
  }

  @Override
  public Optional<ServiceAssignment> currentAssignment(AccessScope scope, CustomerId customerId) {
    return historyOf(scope, customerId).flatMap(AssignmentHistory::current);
  }

  @Override
  public List<CustomerId> customersServedBy(
      AccessScope scope, RelationshipManagerId manager, LocalDate day) {
    requireNonNull(scope, "scope");
    requireNonNull(manager, "manager");
    requireNonNull(day, "day");
    return transactions.inTransaction(
        "list customers served by a manager",
        c ->
            Sql.of(
                    "select distinct a.customer_id from crm_service_assignment a join crm_customer c"
                        + " on c.id = a.customer_id where a.manager = ? and a.served_from <= ?"
                        + " and (a.served_until is null or a.served_until > ?) and ",
                    manager.value(),
                    day,
                    day)
                .append(scopes.condition(c, scope, "c.unit_path"))
                .append(" order by a.customer_id")
                .list(c, row -> CustomerId.of(row.getString(1))));
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcServiceAssignments[H2]}
   */
  @Override
  public String toString() {
    return "JdbcServiceAssignments[" + dialect + "]";
  }
}
