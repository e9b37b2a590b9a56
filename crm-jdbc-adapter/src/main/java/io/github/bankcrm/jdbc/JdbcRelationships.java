package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.relationship.BeneficialOwner;
import io.github.bankcrm.core.relationship.BeneficialOwnership;
import io.github.bankcrm.core.relationship.CorporateGroup;
import io.github.bankcrm.core.relationship.Household;
import io.github.bankcrm.core.relationship.OwnershipChain;
import io.github.bankcrm.core.relationship.OwnershipLink;
import io.github.bankcrm.core.relationship.OwnershipPercentage;
import io.github.bankcrm.core.relationship.Relationship;
import io.github.bankcrm.core.relationship.RelationshipAnalysis;
import io.github.bankcrm.core.relationship.RelationshipError;
import io.github.bankcrm.core.relationship.RelationshipEvent;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipRules;
import io.github.bankcrm.core.relationship.RelationshipType;
import io.github.bankcrm.core.relationship.RelationshipUpdate;
import io.github.bankcrm.core.relationship.RelationshipViews;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

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
 * with a granted unit's path. The {@link RelationshipViews} (household, corporate group, ultimate
 * beneficial owners with their chains) are each one recursive query in the database, giving what
 * {@link RelationshipAnalysis} gives over {@link #effectiveOn} of the same scope and day. Obtain one
 * from {@link JdbcCrm#relationships()}.
 */
public final class JdbcRelationships implements Relationships, RelationshipViews {

  private static final int ATTEMPTS = 3;

  /** The relationships {@code r}, each with its two customers {@code r_from} and {@code r_to}. */
  private static final String WITH_CUSTOMERS = withCustomers("r");

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

  /**
   * {@code from crm_relationship <alias>} joined to its two customers, {@code <alias>_from} and {@code
   * <alias>_to}, as {@link #effectiveAndVisible} needs them.
   */
  private static String withCustomers(String alias) {
    return " from crm_relationship " + alias + " join crm_customer " + alias + "_from on " + alias
        + "_from.id = " + alias + ".from_customer join crm_customer " + alias + "_to on " + alias
        + "_to.id = " + alias + ".to_customer";
  }

  /** Visible when either customer is in the scope; needs the joins of {@link #withCustomers}. */
  private Sql visible(Connection c, AccessScope scope, String alias) throws SQLException {
    return Sql.of("(")
        .append(scopes.condition(c, scope, alias + "_from.unit_path"))
        .append(" or ")
        .append(scopes.condition(c, scope, alias + "_to.unit_path"))
        .append(")");
  }

  /**
   * Counts on the day ({@link Relationship#isEffectiveOn}: active, the day within its period, the
   * last day inclusive) and is visible in the scope; needs the joins of {@link #withCustomers}.
   */
  private Sql effectiveAndVisible(Connection c, AccessScope scope, LocalDate day, String alias)
      throws SQLException {
    return Sql.of(
            alias + ".state = 'ACTIVE' and " + alias + ".valid_from <= ? and (" + alias
                + ".valid_to is null or " + alias + ".valid_to >= ?) and ",
            day,
            day)
        .append(visible(c, scope, alias));
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
                .append(visible(c, scope, "r"))
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
                .append(" where ")
                .append(effectiveAndVisible(c, scope, day, "r"))
                .append(" order by r.id")
                .list(c, row -> JsonCodec.read(row.getString(1), Relationship.class)));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Walked in the database by one recursive query over the family ties (spouse, parent/child) that
   * count on the day and are visible in the scope, in either direction.
   */
  @Override
  public Either<RelationshipError, Household> household(
      AccessScope scope, CustomerId person, LocalDate day) {
    Sql familyTie =
        Sql.of(
            "r.relationship_type in (?, ?)",
            RelationshipType.SPOUSE.name(),
            RelationshipType.PARENT_CHILD.name());
    return view(
        scope,
        person,
        day,
        CustomerKind.INDIVIDUAL,
        "household",
        c ->
            reach(c, scope, day, person, CustomerKind.INDIVIDUAL, "household", familyTie)
                .map(reached -> new Household(person, day, reached.keySet())));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Walked in the database by one recursive query over the control ties (parent/subsidiary, group
   * membership, a shareholding above the threshold, in either direction, also through a person) that
   * count on the day and are visible in the scope.
   */
  @Override
  public Either<RelationshipError, CorporateGroup> corporateGroup(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal controlThreshold) {
    checkThreshold(controlThreshold, "controlThreshold");
    // percentages are stored at scale 4, so "above the threshold" is "above it rounded down to scale 4"
    BigDecimal control = controlThreshold.setScale(OwnershipPercentage.SCALE, RoundingMode.FLOOR);
    Sql controlTie =
        Sql.of(
            "(r.relationship_type in (?, ?) or (r.relationship_type = ?"
                + " and r.ownership_percentage > ?))",
            RelationshipType.PARENT_SUBSIDIARY.name(),
            RelationshipType.GROUP_MEMBERSHIP.name(),
            RelationshipType.SHAREHOLDING.name(),
            control);
    return view(
        scope,
        company,
        day,
        CustomerKind.CORPORATE,
        "corporate group",
        c ->
            reach(c, scope, day, company, CustomerKind.CORPORATE, "corporate group", controlTie)
                .map(
                    reached -> {
                      List<CustomerId> members = new ArrayList<>();
                      List<CustomerId> persons = new ArrayList<>();
                      reached.forEach(
                          (customer, kind) ->
                              (kind == CustomerKind.CORPORATE ? members : persons).add(customer));
                      return new CorporateGroup(
                          company, day, controlThreshold, new TreeSet<>(members), new TreeSet<>(persons));
                    }));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Walked in the database by one recursive query up the shareholdings that count on the day and
   * are visible in the scope: each row is one simple chain (a chain never passes a customer twice, so
   * rings of cross-holdings end), with its share multiplied in exact {@code numeric} arithmetic; the
   * shares of the chains ending at one owner are summed and compared with the threshold in the
   * database, so only the chains of owners above it are read. Chains are walked up to {@value
   * #CHAIN_LIMIT} shareholdings long (the scale of the exact product grows by 6 digits per step); a
   * company whose chains go on beyond that is answered with {@code ViewTooDeep}.
   */
  @Override
  public Either<RelationshipError, BeneficialOwnership> ultimateBeneficialOwners(
      AccessScope scope, CustomerId company, LocalDate day, BigDecimal threshold) {
    checkThreshold(threshold, "threshold");
    return view(
        scope,
        company,
        day,
        CustomerKind.CORPORATE,
        "beneficial owners",
        c -> ownersOf(c, scope, company, day, threshold));
  }

  /** A view's query, run once the customer asked about is known to be in scope and of its kind. */
  @FunctionalInterface
  private interface ViewQuery<T> {
    Either<RelationshipError, T> run(Connection connection) throws SQLException;
  }

  /**
   * Runs a view in one transaction: {@code CustomerNotFound} if the customer is not in the scope,
   * {@code ViewNotApplicable} if it is of the other kind, else what {@code query} answers.
   */
  private <T> Either<RelationshipError, T> view(
      AccessScope scope,
      CustomerId customer,
      LocalDate day,
      CustomerKind kind,
      String view,
      ViewQuery<T> query) {
    requireNonNull(scope, "scope");
    requireNonNull(customer, "customer");
    requireNonNull(day, "day");
    return transactions.inTransaction(
        "find " + view,
        c -> {
          Either<RelationshipError, CustomerKind> asked = customerOfKind(c, scope, customer, kind, view);
          return asked.isLeft() ? Either.left(asked.getLeft()) : query.run(c);
        });
  }

  /** The longest ownership chain, in shareholdings, the beneficial-owner query walks. */
  static final int CHAIN_LIMIT = 20;

  /** The longest simple path, in relationships, the H2 walk of households and groups follows. */
  static final int H2_WALK_LIMIT = 64;

  // an exact product of CHAIN_LIMIT fractions, each a percentage at scale 4 times 0.01, fits
  private static final String SHARE = "numeric(" + (6 * CHAIN_LIMIT + 20) + ", " + 6 * CHAIN_LIMIT + ")";

  private static final String PATH = "varchar(" + 41 * (Math.max(CHAIN_LIMIT, H2_WALK_LIMIT) + 2) + ")";

  private Either<RelationshipError, BeneficialOwnership> ownersOf(
      Connection c, AccessScope scope, CustomerId company, LocalDate day, BigDecimal threshold)
      throws SQLException {
    String collate = dialect == SqlDialect.POSTGRESQL ? " collate \"C\"" : "";
    Function<String, Sql> shareholding =
        alias -> Sql.of(alias + ".relationship_type = ?", RelationshipType.SHAREHOLDING.name());
    Sql walk =
        Sql.of(
                "with recursive chain (owner_id, owner_kind, share, depth, path, links, has_owners) as ("
                    + " select cast(? as varchar(40))" + collate + ", cast(? as varchar(16)),"
                    + " cast(1 as " + SHARE + "), 0, cast(? as " + PATH + ")" + collate + ", cast('/' as "
                    + PATH + ")" + collate + ", true"
                    + " union all select r.from_customer, r.from_kind,"
                    + " cast(h.share * r.ownership_percentage * 0.01 as " + SHARE + "), h.depth + 1,"
                    + " cast(h.path || r.from_customer || '/' as " + PATH + "),"
                    + " cast(h.links || r.id || '/' as " + PATH + "), exists (select 1",
                company.value(),
                CustomerKind.CORPORATE.name(),
                "/" + company.value() + "/")
            // whether the owner has owners itself: a chain ends only at one who has none
            .append(withCustomers("o") + " where o.to_customer = r.from_customer and ")
            .append(shareholding.apply("o"))
            .append(" and ")
            .append(effectiveAndVisible(c, scope, day, "o"))
            .append(
                ") from chain h join crm_relationship r on r.to_customer = h.owner_id"
                    + " join crm_customer r_from on r_from.id = r.from_customer"
                    + " join crm_customer r_to on r_to.id = r.to_customer"
                    + " where h.has_owners and h.depth < ? and ",
                CHAIN_LIMIT)
            .append(shareholding.apply("r"))
            .append(" and ")
            .append(effectiveAndVisible(c, scope, day, "r"))
            // customer numbers hold no '/', so the delimited number is in the path only if walked
            .append(" and position('/' || r.from_customer || '/' in h.path) = 0)")
            // ends of chains with each owner's total; rows cut at the limit are kept to be reported
            .append(
                " select owner_id, owner_kind, path, links, has_owners from (select owner_id,"
                    + " owner_kind, path, links, has_owners, sum(case when has_owners then 0 else share"
                    + " end) over (partition by owner_id) as total from chain where depth > 0 and (not"
                    + " has_owners or depth = ?)) ends where has_owners or total > ?",
                CHAIN_LIMIT,
                threshold.movePointLeft(2));
    List<String[]> chains =
        walk.list(
            c,
            row ->
                new String[] {
                  row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                  row.getBoolean(5) ? "cut" : "end"
                });
    if (chains.stream().anyMatch(chain -> chain[4].equals("cut"))) {
      return Either.left(new RelationshipError.ViewTooDeep(company, "beneficial owners", CHAIN_LIMIT));
    }
    Map<String, BigDecimal> percentages = percentagesOf(c, chains);
    Map<CustomerId, List<OwnershipChain>> byOwner = new TreeMap<>();
    Map<CustomerId, CustomerKind> kinds = new TreeMap<>();
    for (String[] chain : chains) {
      CustomerId owner = CustomerId.of(chain[0]);
      kinds.put(owner, CustomerKind.valueOf(chain[1]));
      byOwner.computeIfAbsent(owner, key -> new ArrayList<>()).add(chainOf(chain[2], chain[3], percentages));
    }
    List<BeneficialOwner> owners = new ArrayList<>();
    List<BeneficialOwner> untraced = new ArrayList<>();
    byOwner.forEach(
        (owner, ownerChains) ->
            (kinds.get(owner) == CustomerKind.INDIVIDUAL ? owners : untraced)
                .add(BeneficialOwner.justifiedBy(owner, ownerChains)));
    return Either.right(BeneficialOwnership.ranked(company, day, threshold, owners, untraced));
  }

  /** The recorded percentage of every shareholding on the chains. */
  private static Map<String, BigDecimal> percentagesOf(Connection c, List<String[]> chains)
      throws SQLException {
    Set<String> ids = new TreeSet<>();
    for (String[] chain : chains) {
      ids.addAll(delimited(chain[3]));
    }
    Map<String, BigDecimal> percentages = new HashMap<>();
    if (!ids.isEmpty()) {
      Sql.of("select id, ownership_percentage from crm_relationship where id in ")
          .appendList(new ArrayList<>(ids))
          .list(c, row -> percentages.put(row.getString(1), row.getBigDecimal(2)));
    }
    return percentages;
  }

  /**
   * The chain of a row: {@code path} lists the customers from the company up to the owner, {@code
   * links} the shareholdings in the same order; the chain runs from the owner down.
   */
  private static OwnershipChain chainOf(
      String path, String links, Map<String, BigDecimal> percentages) {
    List<String> customers = delimited(path);
    List<String> relationshipIds = delimited(links);
    List<OwnershipLink> chain = new ArrayList<>(relationshipIds.size());
    for (int i = relationshipIds.size() - 1; i >= 0; i--) {
      String id = relationshipIds.get(i);
      chain.add(
          new OwnershipLink(
              RelationshipId.of(id),
              CustomerId.of(customers.get(i + 1)),
              CustomerId.of(customers.get(i)),
              percentages.get(id).setScale(OwnershipPercentage.SCALE, RoundingMode.UNNECESSARY)));
    }
    return OwnershipChain.through(chain);
  }

  private static List<String> delimited(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split("/")) {
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * Every customer reached from {@code start}, itself included, with its kind, over the visible
   * relationships that count on the day and pass {@code tie}, in either direction: one recursive
   * query.
   *
   * <p>PostgreSQL's {@code union} drops rows already produced, so the walk stops when nothing new is
   * reached and costs one step per customer reached. H2 does not drop rows produced by earlier steps,
   * so there each row carries the path walked so far and a step never goes back onto it; the walk then
   * follows every simple path, up to {@value #H2_WALK_LIMIT} relationships long ({@code ViewTooDeep}
   * beyond): fine for the small family and group components H2 (tests, demos, embedded use) holds,
   * exponential in densely connected ones.
   */
  private Either<RelationshipError, Map<CustomerId, CustomerKind>> reach(
      Connection c,
      AccessScope scope,
      LocalDate day,
      CustomerId start,
      CustomerKind kind,
      String view,
      Sql tie)
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
                "with recursive reached (customer_id, kind, path, depth) as (select"
                    + " cast(? as varchar(40)), cast(? as varchar(16)), cast(? as " + PATH + "), 0"
                    + " union all select " + next + ", " + nextKind + ", h.path || " + next
                    + " || '/', h.depth + 1",
                start.value(),
                kind.name(),
                "/" + start.value() + "/");
    walk.append(
            " from reached h join crm_relationship r"
                + " on (r.from_customer = h.customer_id or r.to_customer = h.customer_id)"
                + " join crm_customer r_from on r_from.id = r.from_customer"
                + " join crm_customer r_to on r_to.id = r.to_customer where ")
        .append(tie)
        .append(" and ")
        .append(effectiveAndVisible(c, scope, day, "r"));
    if (postgres) {
      walk.append(") select customer_id, kind, 0 from reached");
    } else {
      // customer numbers hold no '/', so the delimited number is in the path only if walked
      walk.append(
          " and position('/' || " + next + " || '/' in h.path) = 0 and h.depth < ?) select"
              + " customer_id, kind, max(depth) from reached group by customer_id, kind",
          H2_WALK_LIMIT);
    }
    Map<CustomerId, CustomerKind> reached = new TreeMap<>();
    boolean cut = false;
    for (String[] row :
        walk.list(c, row -> new String[] {row.getString(1), row.getString(2), row.getString(3)})) {
      reached.put(CustomerId.of(row[0]), CustomerKind.valueOf(row[1]));
      cut |= Integer.parseInt(row[2]) >= H2_WALK_LIMIT;
    }
    return cut
        ? Either.left(new RelationshipError.ViewTooDeep(start, view, H2_WALK_LIMIT))
        : Either.right(reached);
  }

  /**
   * The kind of a customer in the scope, if it is the kind the view is asked of: the one check every
   * view starts with.
   */
  private Either<RelationshipError, CustomerKind> customerOfKind(
      Connection c, AccessScope scope, CustomerId customer, CustomerKind kind, String view)
      throws SQLException {
    Optional<CustomerKind> stored =
        Sql.of("select c.kind from crm_customer c where c.id = ? and ", customer.value())
            .append(scopes.condition(c, scope, "c.unit_path"))
            .single(c, row -> CustomerKind.valueOf(row.getString(1)));
    if (stored.isEmpty()) {
      return Either.left(new RelationshipError.CustomerNotFound(customer));
    }
    return stored.get() == kind
        ? Either.right(kind)
        : Either.left(new RelationshipError.ViewNotApplicable(customer, stored.get(), view));
  }

  private static void checkThreshold(BigDecimal threshold, String name) {
    requireNonNull(threshold, name);
    if (threshold.signum() < 0 || threshold.compareTo(OwnershipPercentage.HUNDRED) > 0) {
      throw new IllegalArgumentException(name + " must be from 0 to 100");
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
