package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.relationship.CorporateGroup;
import io.github.bankcrm.core.relationship.Household;
import io.github.bankcrm.core.relationship.OwnershipPercentage;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipAnalysis;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipEvent;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipRules;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link Relationships} on JDBC: a relationship is a row of {@code crm_relationship} (typed columns for
 * what is checked, walked and scoped, plus the aggregate as JSON). Events go to {@code crm_outbox} in
 * the transaction of the save.
 *
 * <p>The rules across relationships ({@link RelationshipRules#fitsAmong}: no active duplicate, no
 * company owned more than 100 %) are checked in the save's transaction while it holds the row locks of
 * both customers' {@code crm_customer} rows, taken in customer-number order. Every save that could
 * break a rule together with another one involves the same customer (the owned company, or both linked
 * customers), so such saves run one after the other and the second sees the first.
 *
 * <p>Reads are scoped in SQL: a relationship is visible when the unit path of either customer starts
 * with a granted unit's path. {@link #household} and {@link #corporateGroup} walk the graph in the
 * database with a recursive query and give the member sets {@link RelationshipAnalysis} gives over
 * {@link #effectiveOn} of the same scope and day. Obtain one from {@link JdbcCrm#relationships()}.
 */
public final class JdbcRelationships implements Relationships {

  private static final int ATTEMPTS = 3;

  private static final String EFFECTIVE =
      " r.state = 'ACTIVE' and r.valid_from <= ? and (r.valid_to is null or r.valid_to >= ?)";

  private static final String WITH_CUSTOMERS =
      " from crm_relationship r join crm_customer f on f.id = r.from_customer"
          + " join crm_customer t on t.id = r.to_customer";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;

  JdbcRelationships(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
  }

  @Override
  public Either<RelationshipError, Relationship> save(AccessScope scope, RelationshipUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save relationship", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<RelationshipError, Relationship> saveIn(
      Connection c, AccessScope scope, RelationshipUpdate update) throws SQLException {
    Relationship next = update.relationship();
    // the rules across relationships are about these two customers: holding their rows makes every
    // save that could break a rule together with this one wait, and a fixed order avoids deadlocks
    for (CustomerId customer : new TreeSet<>(List.of(next.from(), next.to()))) {
      Sql.of("select id from crm_customer where id = ? for update", customer.value())
          .list(c, row -> row.getString(1));
    }
    if (update.isCreation()) {
      for (CustomerId customer : List.of(next.from(), next.to())) {
        if (!scopes.customerVisible(c, scope, customer)) {
          return Either.left(new RelationshipError.CustomerNotFound(customer));
        }
      }
    }
    Optional<Relationship> stored =
        Sql.of(
                "select document from crm_relationship where id = ?"
                    + (update.isCreation() ? "" : " for update"),
                next.id().value())
            .single(c, row -> JsonCodec.read(row.getString(1), Relationship.class));
    if (!update.isCreation()
        && (stored.isEmpty()
            || !(scopes.customerVisible(c, scope, stored.get().from())
                || scopes.customerVisible(c, scope, stored.get().to())))) {
      return Either.left(new RelationshipError.RelationshipNotFound(next.id()));
    }
    long storedVersion = stored.map(Relationship::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new RelationshipError.VersionConflict(
              next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored.isPresent() && !RelationshipRules.sameLinkOrRepointed(stored.get(), update)) {
      throw new IllegalArgumentException(
          "an update cannot change the customers, type or kinds of relationship " + next.id());
    }
    if (stored.isPresent()) {
      for (CustomerId joining : RelationshipRules.joining(stored.get(), next)) {
        if (!scopes.customerVisible(c, scope, joining)) {
          return Either.left(new RelationshipError.CustomerNotFound(joining));
        }
      }
    }
    // ended relationships never count in a rule, so only active ones are read
    List<Relationship> ofBoth =
        Sql.of(
                "select document from crm_relationship where state = 'ACTIVE'"
                    + " and (from_customer in (?, ?) or to_customer in (?, ?)) order by id",
                next.from().value(),
                next.to().value(),
                next.from().value(),
                next.to().value())
            .list(c, row -> JsonCodec.read(row.getString(1), Relationship.class));
    Either<RelationshipError, Relationship> checked = RelationshipRules.fitsAmong(next, ofBoth);
    if (checked.isRight()) {
      write(c, update);
    }
    return checked;
  }

  private void write(Connection c, RelationshipUpdate update) throws SQLException {
    Relationship next = update.relationship();
    String id = next.id().value();
    Sql.Json document = new Sql.Json(JsonCodec.write(next, Relationship.class));
    String json = Sql.jsonPlaceholder(dialect);
    if (update.isCreation()) {
      Sql.of(
              "insert into crm_relationship (id, version, from_customer, from_kind, to_customer,"
                  + " to_kind, relationship_type, ownership_percentage, valid_from, valid_to, state,"
                  + " created_at, updated_at, document)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + json + ")",
              id,
              next.version(),
              next.from().value(),
              next.fromKind().name(),
              next.to().value(),
              next.toKind().name(),
              next.type().name(),
              Sql.nullable(next.ownershipPercentage(), Types.NUMERIC),
              next.validity().from(),
              Sql.nullable(next.validity().to(), Types.DATE),
              next.state().name(),
              next.createdAt(),
              next.updatedAt(),
              document)
          .update(c);
    } else {
      int changed =
          Sql.of(
                  "update crm_relationship set version = ?, from_customer = ?, to_customer = ?,"
                      + " ownership_percentage = ?, valid_from = ?, valid_to = ?, state = ?,"
                      + " updated_at = ?, document = " + json + " where id = ? and version = ?",
                  next.version(),
                  next.from().value(),
                  next.to().value(),
                  Sql.nullable(next.ownershipPercentage(), Types.NUMERIC),
                  next.validity().from(),
                  Sql.nullable(next.validity().to(), Types.DATE),
                  next.state().name(),
                  next.updatedAt(),
                  document,
                  id,
                  update.expectedStoredVersion())
              .update(c);
      if (changed != 1) {
        throw new IllegalStateException("relationship row changed under its lock");
      }
    }
    outbox.append(
        c, "Relationship", id, next.version(), update.events(), RelationshipEvent.class);
  }

  /** Visible when either customer is in the scope; needs the joins of {@link #WITH_CUSTOMERS}. */
  private Sql visible(Connection c, AccessScope scope) throws SQLException {
    return Sql.of("(")
        .append(scopes.condition(c, scope, "f.unit_path"))
        .append(" or ")
        .append(scopes.condition(c, scope, "t.unit_path"))
        .append(")");
  }

  @Override
  public Optional<Relationship> findById(AccessScope scope, RelationshipId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "find relationship",
        c ->
            Sql.of("select r.document")
                .append(WITH_CUSTOMERS)
                .append(" where r.id = ? and ", id.value())
                .append(visible(c, scope))
                .single(c, row -> JsonCodec.read(row.getString(1), Relationship.class)));
  }

  @Override
  public List<Relationship> of(AccessScope scope, CustomerId customerId, boolean activeOnly) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list relationships of a customer",
        c -> {
          // every relationship of a visible customer is visible
          if (!scopes.customerVisible(c, scope, customerId)) {
            return List.of();
          }
          return Sql.of(
                  "select document from crm_relationship where (from_customer = ? or to_customer = ?)",
                  customerId.value(),
                  customerId.value())
              .append(activeOnly ? " and state = 'ACTIVE'" : "")
              .append(" order by id")
              .list(c, row -> JsonCodec.read(row.getString(1), Relationship.class));
        });
  }

  @Override
  public List<Relationship> effectiveOn(AccessScope scope, LocalDate day) {
    requireNonNull(scope, "scope");
    requireNonNull(day, "day");
    return transactions.inTransaction(
        "list effective relationships",
        c ->
            Sql.of("select r.document")
                .append(WITH_CUSTOMERS)
                .append(" where" + EFFECTIVE + " and ", day, day)
                .append(visible(c, scope))
                .append(" order by r.id")
                .list(c, row -> JsonCodec.read(row.getString(1), Relationship.class)));
  }

  /**
   * The household of a person on a day, walked in the database by a recursive query over the family
   * ties (spouse, parent/child) that count on that day and are visible in the scope. The members are
   * those {@link RelationshipAnalysis#household} finds in the graph of {@link #effectiveOn} for the
   * same scope and day.
   *
   * @param scope the caller's scope
   * @param person the person
   * @param day the day
   * @return the household; the person alone without family ties
   * @throws IllegalArgumentException if the customer is stored as a company
   */
  public Household household(AccessScope scope, CustomerId person, LocalDate day) {
    requireNonNull(scope, "scope");
    requireNonNull(person, "person");
    requireNonNull(day, "day");
    return transactions.inTransaction(
        "find household",
        c -> {
          requireKind(c, person, CustomerKind.INDIVIDUAL, "a household");
          List<CustomerId> members = new ArrayList<>();
          for (String[] reached :
              reach(
                  c,
                  scope,
                  day,
                  person,
                  CustomerKind.INDIVIDUAL,
                  Sql.of(
                      "r.relationship_type in (?, ?)",
                      RelationshipType.SPOUSE.name(),
                      RelationshipType.PARENT_CHILD.name()))) {
            members.add(CustomerId.of(reached[0]));
          }
          return new Household(person, day, new TreeSet<>(members));
        });
  }

  /**
   * The corporate group of a company on a day with the default control threshold of 50 %.
   *
   * @param scope the caller's scope
   * @param company the company
   * @param day the day
   * @return the group
   * @throws IllegalArgumentException if the customer is stored as an individual
   */
  public CorporateGroup corporateGroup(AccessScope scope, CustomerId company, LocalDate day) {
    return corporateGroup(scope, company, day, RelationshipAnalysis.DEFAULT_CONTROL_THRESHOLD);
  }

  /**
   * The corporate group of a company on a day, walked in the database by a recursive query over the
   * control ties (parent/subsidiary, group membership, a shareholding above the threshold, in either
   * direction, also through a person) that count on that day and are visible in the scope. The members
   * and controlling persons are those {@link RelationshipAnalysis#corporateGroup(CustomerId,
   * BigDecimal)} finds in the graph of {@link #effectiveOn} for the same scope and day.
   *
   * @param scope the caller's scope
   * @param company the company
   * @param day the day
   * @param controlThreshold the percentage a single shareholding must exceed to be control; 0 to 100
   * @return the group
   * @throws IllegalArgumentException if the threshold is out of range or the customer is stored as an
   *     individual
   */
  public CorporateGroup corporateGroup(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal controlThreshold) {
    requireNonNull(scope, "scope");
    requireNonNull(company, "company");
    requireNonNull(day, "day");
    requireNonNull(controlThreshold, "controlThreshold");
    if (controlThreshold.signum() < 0 || controlThreshold.compareTo(OwnershipPercentage.HUNDRED) > 0) {
      throw new IllegalArgumentException("controlThreshold must be from 0 to 100");
    }
    // percentages are stored at scale 4, so "above the threshold" is "above it rounded down to scale 4"
    BigDecimal control = controlThreshold.setScale(OwnershipPercentage.SCALE, RoundingMode.FLOOR);
    return transactions.inTransaction(
        "find corporate group",
        c -> {
          requireKind(c, company, CustomerKind.CORPORATE, "a corporate group");
          List<CustomerId> members = new ArrayList<>();
          List<CustomerId> persons = new ArrayList<>();
          Sql controlTie =
              Sql.of(
                  "(r.relationship_type in (?, ?) or (r.relationship_type = ?"
                      + " and r.ownership_percentage > ?))",
                  RelationshipType.PARENT_SUBSIDIARY.name(),
                  RelationshipType.GROUP_MEMBERSHIP.name(),
                  RelationshipType.SHAREHOLDING.name(),
                  control);
          for (String[] reached :
              reach(c, scope, day, company, CustomerKind.CORPORATE, controlTie)) {
            (CustomerKind.valueOf(reached[1]) == CustomerKind.CORPORATE ? members : persons)
                .add(CustomerId.of(reached[0]));
          }
          return new CorporateGroup(
              company, day, controlThreshold, new TreeSet<>(members), new TreeSet<>(persons));
        });
  }

  /**
   * Every customer reached from {@code start}, itself included, over the visible relationships that
   * count on the day and pass {@code tie}, in either direction: one recursive query.
   *
   * <p>PostgreSQL's {@code union} drops rows already produced, so the walk stops when nothing new is
   * reached and costs one step per customer reached. H2 does not drop rows produced by earlier steps,
   * so there each row carries the path walked so far and a step never goes back onto it; the walk then
   * follows every simple path, which is fine for the small family and group components H2 (tests,
   * demos, embedded use) holds, and exponential in densely connected ones.
   *
   * @return pairs of customer number and kind, as recorded on the relationships
   */
  private List<String[]> reach(
      Connection c, AccessScope scope, LocalDate day, CustomerId start, CustomerKind kind, Sql tie)
      throws SQLException {
    String next =
        "case when r.from_customer = h.customer_id then r.to_customer else r.from_customer end";
    String nextKind =
        "case when r.from_customer = h.customer_id then r.to_kind else r.from_kind end";
    boolean postgres = dialect == SqlDialect.POSTGRESQL;
    Sql walk =
        postgres
            ? Sql.of(
                "with recursive reached (customer_id, kind) as (select cast(? as varchar(40))"
                    // both terms of a recursive column must have the same collation
                    + " collate \"C\", cast(? as varchar(16)) union select " + next + ", " + nextKind,
                start.value(),
                kind.name())
            : Sql.of(
                "with recursive reached (customer_id, kind, path) as (select cast(? as varchar(40)),"
                    + " cast(? as varchar(16)), cast(? as varchar) union all select " + next + ", "
                    + nextKind + ", h.path || " + next + " || '/'",
                start.value(),
                kind.name(),
                "/" + start.value() + "/");
    walk.append(
            " from reached h join crm_relationship r"
                + " on (r.from_customer = h.customer_id or r.to_customer = h.customer_id)"
                + " join crm_customer f on f.id = r.from_customer"
                + " join crm_customer t on t.id = r.to_customer where ")
        .append(tie)
        .append(" and" + EFFECTIVE + " and ", day, day)
        .append(visible(c, scope));
    if (!postgres) {
      // customer numbers hold no '/', so the delimited number is found in the path only if walked
      walk.append(" and locate('/' || " + next + " || '/', h.path) = 0");
    }
    return walk.append(") select distinct customer_id, kind from reached")
        .list(c, row -> new String[] {row.getString(1), row.getString(2)});
  }

  private static void requireKind(Connection c, CustomerId customer, CustomerKind kind, String view)
      throws SQLException {
    Optional<String> stored =
        Sql.of("select kind from crm_customer where id = ?", customer.value())
            .single(c, row -> row.getString(1));
    if (stored.isPresent() && !stored.get().equals(kind.name())) {
      throw new IllegalArgumentException(
          view + " is asked of a customer of kind " + kind + ", not " + stored.get());
    }
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcRelationships[H2]}
   */
  @Override
  public String toString() {
    return "JdbcRelationships[" + dialect + "]";
  }
}
