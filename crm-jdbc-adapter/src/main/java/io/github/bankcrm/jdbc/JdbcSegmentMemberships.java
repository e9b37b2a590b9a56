package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.group.SegmentError;
import io.github.bankcrm.core.group.SegmentId;
import io.github.bankcrm.core.group.SegmentMembership;
import io.github.bankcrm.core.group.SegmentMemberships;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link SegmentMemberships} on JDBC: a header row per segment in {@code crm_segment_membership}
 * (version, evaluated definition version, day) and one row per member in {@code
 * crm_segment_member}. A replacement locks the header, checks the version and swaps the members in
 * one transaction. Reads leave out, in SQL, members whose customers are outside the caller's scope.
 * Obtain one from {@link JdbcCrm#segmentMemberships()}.
 */
public final class JdbcSegmentMemberships implements SegmentMemberships {

  private final Transactions transactions;
  private final Scopes scopes;

  JdbcSegmentMemberships(Transactions transactions, Scopes scopes) {
    this.transactions = transactions;
    this.scopes = scopes;
  }

  private record Header(long version, long segmentVersion, LocalDate evaluatedOn) {}

  @Override
  public Optional<SegmentMembership> find(AccessScope scope, SegmentId segmentId) {
    requireNonNull(scope, "scope");
    requireNonNull(segmentId, "segmentId");
    return transactions.inTransaction(
        "find segment membership",
        c -> {
          Optional<Header> header = header(c, segmentId, false);
          if (header.isEmpty()) {
            return Optional.empty();
          }
          Sql members =
              scope.isUnrestricted()
                  ? Sql.of(
                      "select m.customer_id from crm_segment_member m where m.segment_id = ?",
                      segmentId.value())
                  : Sql.of(
                          "select m.customer_id from crm_segment_member m join crm_customer c"
                              + " on c.id = m.customer_id where m.segment_id = ? and ",
                          segmentId.value())
                      .append(scopes.condition(c, scope, "c.unit_path"));
          TreeSet<CustomerId> visible = new TreeSet<>(members.list(c, row -> CustomerId.of(row.getString(1))));
          Header h = header.get();
          return Optional.of(
              new SegmentMembership(segmentId, h.version(), h.segmentVersion(), h.evaluatedOn(), visible));
        });
  }

  private static Optional<Header> header(Connection c, SegmentId segmentId, boolean lock)
      throws SQLException {
    return Sql.of(
            "select version, segment_version, evaluated_on from crm_segment_membership"
                + " where segment_id = ?"
                + (lock ? " for update" : ""),
            segmentId.value())
        .single(
            c,
            row ->
                new Header(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class)));
  }

  @Override
  public Either<SegmentError, SegmentMembership> replace(AccessScope scope, SegmentMembership next) {
    requireNonNull(scope, "scope");
    requireNonNull(next, "next");
    if (!scope.isUnrestricted()) {
      return Either.left(new SegmentError.ScopeTooNarrow(next.segmentId()));
    }
    // two first evaluations that race to insert the header: the loser's second attempt is a conflict
    return transactions.inTransactionRetryingConstraintRaces(
        "replace segment membership", 2, c -> replaceIn(c, next));
  }

  private Either<SegmentError, SegmentMembership> replaceIn(Connection c, SegmentMembership next)
      throws SQLException {
    String id = next.segmentId().value();
    long storedVersion = header(c, next.segmentId(), true).map(Header::version).orElse(0L);
    if (next.version() != storedVersion + 1) {
      return Either.left(
          new SegmentError.VersionConflict(next.segmentId(), next.version() - 1, storedVersion));
    }
    if (storedVersion == 0) {
      Sql.of(
              "insert into crm_segment_membership (segment_id, version, segment_version,"
                  + " evaluated_on) values (?, ?, ?, ?)",
              id,
              next.version(),
              next.segmentVersion(),
              next.evaluatedOn())
          .update(c);
    } else {
      Sql.of(
              "update crm_segment_membership set version = ?, segment_version = ?, evaluated_on = ?"
                  + " where segment_id = ? and version = ?",
              next.version(),
              next.segmentVersion(),
              next.evaluatedOn(),
              id,
              storedVersion)
          .update(c);
      Sql.of("delete from crm_segment_member where segment_id = ?", id).update(c);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (CustomerId member : next.members()) {
      rows.add(List.of(id, member.value()));
    }
    Sql.of("insert into crm_segment_member (segment_id, customer_id) values (?, ?)").batch(c, rows);
    return Either.right(next);
  }

  @Override
  public List<SegmentId> segmentsOf(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list segments of a customer",
        c ->
            Sql.of(
                    "select m.segment_id from crm_segment_member m join crm_customer c"
                        + " on c.id = m.customer_id where m.customer_id = ? and ",
                    customerId.value())
                .append(scopes.condition(c, scope, "c.unit_path"))
                .append(" order by m.segment_id")
                .list(c, row -> SegmentId.of(row.getString(1))));
  }

  /**
   * Says which store this is.
   *
   * @return {@code JdbcSegmentMemberships}
   */
  @Override
  public String toString() {
    return "JdbcSegmentMemberships";
  }
}
