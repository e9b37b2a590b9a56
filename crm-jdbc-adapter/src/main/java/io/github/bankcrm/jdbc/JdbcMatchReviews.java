package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.resolution.MatchReview;
import io.github.bankcrm.core.resolution.MatchReviewId;
import io.github.bankcrm.core.resolution.MatchReviewUpdate;
import io.github.bankcrm.core.resolution.MatchReviews;
import io.github.bankcrm.core.resolution.ReviewError;
import io.github.bankcrm.core.resolution.ReviewEvent;
import io.github.bankcrm.core.resolution.ReviewLogEntry;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.jdbc.internal.DocumentTable;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link MatchReviews} on JDBC: a review is a row of {@code crm_match_review} (typed columns for the
 * pair, the owning units and their paths when queued, the status and the version, plus the review as
 * JSON) and one row per logged decision in {@code crm_match_review_decision}. A review is visible if
 * the scope sees both units' paths, decided in SQL. While a review is pending its {@code
 * pending_pair} holds the pair and is unique, so the second of two concurrent queuings of one pair is
 * refused by the database and answered with {@link ReviewError.AlreadyQueued}; a decision clears it.
 * Events go to {@code crm_outbox} in the transaction of the save. Obtain one from {@link
 * JdbcCrm#matchReviews()}.
 */
public final class JdbcMatchReviews implements MatchReviews {

  private static final int ATTEMPTS = 3;
  private static final String ORDER = " order by r.queued_at, r.id";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final DocumentTable rows;

  JdbcMatchReviews(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.rows =
        new DocumentTable(
            dialect,
            "MatchReview",
            "crm_match_review",
            "id",
            "crm_match_review_decision",
            "review_id",
            List.of("review_id", "version", "decision", "actor", "decided_at"));
  }

  private record Stored(long version, String first, String second, String firstUnit, String secondUnit) {}

  @Override
  public Either<ReviewError, MatchReview> save(AccessScope scope, MatchReviewUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save match review", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<ReviewError, MatchReview> saveIn(
      Connection c, AccessScope scope, MatchReviewUpdate update) throws SQLException {
    MatchReview next = update.review();
    String id = next.id().value();
    Optional<Stored> stored =
        rows.stored(
            c,
            "version, first_customer, second_customer, first_unit, second_unit",
            id,
            !update.isCreation(),
            row ->
                new Stored(
                    row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)));
    if (!update.isCreation()
        && (stored.isEmpty()
            || !scope.canSee(OrganizationUnitId.of(stored.get().firstUnit()))
            || !scope.canSee(OrganizationUnitId.of(stored.get().secondUnit())))) {
      return Either.left(new ReviewError.ReviewNotFound(next.id()));
    }
    long storedVersion = stored.map(Stored::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new ReviewError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored.isPresent()
        && (!stored.get().first().equals(next.match().first().value())
            || !stored.get().second().equals(next.match().second().value())
            || !stored.get().firstUnit().equals(next.firstUnit().value())
            || !stored.get().secondUnit().equals(next.secondUnit().value()))) {
      throw new IllegalArgumentException("a decision cannot change the pair or its units");
    }
    if (!scope.canSee(next.firstUnit())) {
      return Either.left(new ReviewError.OutsideAccessScope(next.firstUnit()));
    }
    if (!scope.canSee(next.secondUnit())) {
      return Either.left(new ReviewError.OutsideAccessScope(next.secondUnit()));
    }
    if (update.isCreation()
        && Sql.of("select id from crm_match_review where pending_pair = ?", pairKey(next))
            .single(c, row -> row.getString(1))
            .isPresent()) {
      return Either.left(new ReviewError.AlreadyQueued(next.match().first(), next.match().second()));
    }
    write(c, update);
    return Either.right(next);
  }

  /** The pair as one value; {@code /} cannot occur in a customer number. */
  private static String pairKey(MatchReview review) {
    return review.match().first().value() + "/" + review.match().second().value();
  }

  private void write(Connection c, MatchReviewUpdate update) throws SQLException {
    MatchReview next = update.review();
    String id = next.id().value();
    List<List<Object>> decisions = new ArrayList<>();
    for (ReviewLogEntry entry : next.log()) {
      decisions.add(
          List.of(id, entry.version(), entry.decision().name(), entry.actor().id(), entry.decidedAt()));
    }
    rows.write(
        c,
        id,
        next.version(),
        DocumentTable.columns(
            "first_customer", next.match().first().value(),
            "second_customer", next.match().second().value(),
            "first_unit", next.firstUnit().value(),
            "second_unit", next.secondUnit().value(),
            "first_path", scopes.requiredPathOf(c, next.firstUnit()),
            "second_path", scopes.requiredPathOf(c, next.secondUnit()),
            "status", next.status().name(),
            "pending_pair", next.status().isPending() ? pairKey(next) : null,
            "queued_at", next.queuedAt()),
        JsonCodec.write(next, MatchReview.class),
        decisions,
        update.events(),
        ReviewEvent.class);
  }

  /** {@code select <columns> from crm_match_review r where <both units in scope>}. */
  private Sql inScope(Connection c, AccessScope scope, String columns) throws SQLException {
    return Sql.of("select " + columns + " from crm_match_review r where ")
        .append(scopes.condition(c, scope, "r.first_path"))
        .append(" and ")
        .append(scopes.condition(c, scope, "r.second_path"));
  }

  private static List<MatchReview> read(Connection c, Sql query) throws SQLException {
    return query.list(c, row -> JsonCodec.read(row.getString(1), MatchReview.class));
  }

  @Override
  public Optional<MatchReview> findById(AccessScope scope, MatchReviewId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "find match review",
        c -> read(c, inScope(c, scope, "r.document").append(" and r.id = ?", id.value())).stream().findFirst());
  }

  @Override
  public Page<MatchReview> pending(AccessScope scope, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(page, "page");
    return transactions.inTransaction(
        "list pending match reviews",
        c -> {
          long total =
              inScope(c, scope, "count(*)")
                  .append(" and r.status = 'PENDING'")
                  .single(c, row -> row.getLong(1))
                  .orElse(0L);
          List<MatchReview> items =
              read(
                  c,
                  inScope(c, scope, "r.document")
                      .append(" and r.status = 'PENDING'")
                      .append(ORDER + " limit ? offset ?", page.limit(), page.offset()));
          return new Page<>(items, Math.max(total, items.size()), page);
        });
  }

  @Override
  public List<MatchReview> ofCustomer(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list match reviews of a customer",
        c ->
            read(
                c,
                inScope(c, scope, "r.document")
                    .append(
                        " and (r.first_customer = ? or r.second_customer = ?)" + ORDER,
                        customerId.value(),
                        customerId.value())));
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcMatchReviews[H2]}
   */
  @Override
  public String toString() {
    return "JdbcMatchReviews[" + dialect + "]";
  }
}
