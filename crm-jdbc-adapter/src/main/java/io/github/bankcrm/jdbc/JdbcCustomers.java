package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.bankcrm.core.customer.CorporateCustomer;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerChangeRecord;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerEvent;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;
import io.github.bankcrm.core.customer.CustomerSearch;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.identity.IdentityDocumentKey;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.CountryCode;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.Page;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.github.bankcrm.jdbc.internal.TableRows;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link Customers} on JDBC. A customer is one row of {@code crm_customer} with typed columns for what
 * is searched and scoped (number, kind, owning unit and its path, manager, version, mobile, times, the
 * survivor a merged record was merged into) and
 * the whole aggregate as a JSON document; identity documents live in {@code crm_identity_document},
 * where a unique constraint keeps them unique across all customers, numbers stored as {@link
 * DocumentNumberProtection} says (and taken out of the JSON document). A save writes the row, its
 * search keys, its documents, its change record and its events (into {@code crm_outbox}) in one
 * transaction, only over the version it was computed from.
 *
 * <p>Every read filters by the caller's scope in SQL (a prefix of the owning unit's path), and every
 * value is a bound parameter. Obtain one from {@link JdbcCrm#customers()}.
 */
public final class JdbcCustomers implements Customers {

  /** The document type stored for a company's Unified Social Credit Code. */
  static final String CREDIT_CODE_TYPE = "CREDIT_CODE";

  /** Identity keys per query of {@link #documentHolders}: bounds the size of each array parameter. */
  private static final int KEYS_PER_QUERY = 10_000;

  private static final List<String> CUSTOMER_COLUMNS =
      List.of(
          "id", "kind", "version", "owning_unit", "unit_path", "relationship_manager",
          "kyc_risk_rating", "mobile_key", "created_at", "updated_at", "merged_into", "document");

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final DocumentNumberProtection protection;
  private final OutboxWriter outbox;
  private final Sql upsert;
  private final TableRows customerRows;
  private final TableRows nameRows;
  private final TableRows documentRows;
  private final TableRows changeRows;

  JdbcCustomers(
      Transactions transactions,
      SqlDialect dialect,
      Scopes scopes,
      DocumentNumberProtection protection) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.protection = protection;
    this.outbox = new OutboxWriter(dialect);
    this.upsert = upsertStatement(dialect);
    this.customerRows =
        new TableRows(dialect, true, "crm_customer", CUSTOMER_COLUMNS, Set.of("document"));
    this.nameRows =
        new TableRows(
            dialect, true, "crm_customer_name", List.of("customer_id", "ordinal", "name_key"), Set.of());
    this.documentRows =
        new TableRows(
            dialect,
            true,
            "crm_identity_document",
            List.of(
                "customer_id", "ordinal", "document_type", "issuing_country", "lookup_key",
                "stored_number"),
            Set.of());
    this.changeRows =
        new TableRows(
            dialect,
            true,
            "crm_customer_change",
            List.of("customer_id", "version", "change_type", "actor", "changed_at", "change_record"),
            Set.of("change_record"));
  }

  @Override
  public Either<CustomerError, Customer> save(AccessScope scope, CustomerUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return BulkSaves.saveOne(
        transactions, "save customer", update, update.customer(), (c, one) -> writeChunk(c, scope, one));
  }

  /**
   * Saves many customer updates (registrations and changes, in any mix): an upsert keyed by customer
   * number, for migrations from a core system and nightly loads. Each update gets exactly the checks of
   * {@link #save} (scope, optimistic lock, no identity document held twice), made set-wise for a chunk
   * rather than row by row, and writes what {@link #save} writes (row, search keys, documents, a
   * change record per version, events in the outbox).
   *
   * <p><b>Chunks.</b> The input is taken {@code chunkSize} updates at a time; a chunk is one transaction.
   * It first locks the stored rows of all its customers ({@code select ... for update}, in number
   * order) and reads, in one query, who holds any of its identity documents; then it decides every
   * update in input order, as consecutive saves would: a registration of a stored number, or a change
   * computed from another version than the stored one (or than the one an earlier update of the chunk
   * produced), is a {@code VersionConflict}; a document held by another customer, stored or saved
   * earlier in the chunk, is a {@code DuplicateIdentity}; a unit outside the scope is {@code
   * OutsideAccessScope}; a change of a customer that is not stored or not visible is {@code
   * CustomerNotFound}. Refused updates come back in {@link BulkResult#refused()} with their index in
   * the input and write nothing; the others are written with one statement per table: JDBC batches,
   * and on PostgreSQL with pgjdbc a {@code COPY} for the new customers and the detail rows when the
   * chunk is large enough for it to pay. Several updates of one customer in a chunk must follow each
   * other's versions; the row is written once, at the last version, with every change record and
   * event. The row is written by an upsert ({@code insert ... on conflict (id) do update ... where
   * version = <expected>} on PostgreSQL, {@code merge ... when matched and version = <expected>} on
   * H2), so the database repeats the version check.
   *
   * <p><b>Failures.</b> The chunk commits whole or not at all. If a concurrent save takes a number or
   * a document of the chunk between its checks and its writes, a constraint refuses the write; the
   * chunk is rolled back and run again (up to three times), and now refuses that update typed. Any
   * other database failure is thrown as {@link JdbcStorageException}: the chunks already reported to
   * {@code progress} stay saved and the failing chunk wrote nothing, so a load resumes after the last
   * {@code processed} count it was told. One refusal is stricter than consecutive saves: a document
   * that an earlier update of the chunk drops is still taken for the rest of the chunk.
   *
   * @param scope the caller's scope
   * @param updates the updates, consumed once, in order
   * @param chunkSize updates per transaction, 1 to 10,000 (a few hundred to a few thousand)
   * @param progress told after each committed chunk
   * @return how many were saved and which were refused, why, and where in the input
   * @throws JdbcStorageException if the database fails
   */
  public BulkResult<CustomerId, CustomerError> saveAll(
      AccessScope scope,
      Iterable<CustomerUpdate> updates,
      int chunkSize,
      BulkProgress progress) {
    requireNonNull(scope, "scope");
    return BulkSaves.run(
        transactions,
        "save customers",
        updates,
        chunkSize,
        progress,
        update -> {},
        (c, chunk) -> writeChunk(c, scope, chunk));
  }

  /**
   * Registers many customers: {@link #saveAll} for input that holds registrations only (version 1),
   * such as a first migration from a core system.
   *
   * @param scope the caller's scope; customers of units outside it are refused
   * @param registrations registrations only, consumed once, in order
   * @param chunkSize customers per transaction, 1 to 10,000
   * @param progress told after each committed chunk
   * @return how many were saved and which were refused, why, and where in the input
   * @throws IllegalArgumentException if an update is not a registration; the chunks before it are saved
   * @throws JdbcStorageException if the database fails
   */
  public BulkResult<CustomerId, CustomerError> registerAll(
      AccessScope scope,
      Iterable<CustomerUpdate> registrations,
      int chunkSize,
      BulkProgress progress) {
    requireNonNull(scope, "scope");
    return BulkSaves.run(
        transactions,
        "register customers",
        registrations,
        chunkSize,
        progress,
        update -> {
          if (!update.isRegistration()) {
            throw new IllegalArgumentException("registerAll takes registrations only (version 1)");
          }
        },
        (c, chunk) -> writeChunk(c, scope, chunk));
  }

  /** A stored row, as far as a save must know it. */
  private record Stored(long version, CustomerKind kind, String owningUnit) {}

  /** An identity key as stored: type, country, lookup key, sealed number. */
  private record StoredDocument(String type, String country, String lookupKey, String sealed) {

    /** What the unique constraint compares. */
    String key() {
      return type + '|' + country + '|' + lookupKey;
    }
  }

  /** An update that passed every check, with its documents as stored. */
  private record Accepted(CustomerUpdate update, List<StoredDocument> documents) {}

  /**
   * Checks a chunk set-wise in input order, as consecutive saves would, and writes the updates that
   * pass; answers the others.
   */
  private List<BulkResult.Refusal<CustomerId, CustomerError>> writeChunk(
      Connection c, AccessScope scope, List<BulkSaves.Indexed<CustomerUpdate>> chunk)
      throws SQLException {
    Map<String, Stored> stored = lockStored(c, chunk);
    // each update's documents as stored (blind index and sealed number) are worked out once
    List<List<StoredDocument>> documentsByEntry =
        chunk.stream().map(entry -> documentsOf(entry.update().customer())).toList();
    Map<String, String> holders =
        documentHolders(c, documentsByEntry.stream().flatMap(List::stream).toList());
    Map<String, Long> versions = new HashMap<>();
    Map<String, CustomerKind> kinds = new HashMap<>();
    stored.forEach(
        (id, row) -> {
          versions.put(id, row.version());
          kinds.put(id, row.kind());
        });
    List<BulkResult.Refusal<CustomerId, CustomerError>> refused = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    for (int i = 0; i < chunk.size(); i++) {
      BulkSaves.Indexed<CustomerUpdate> entry = chunk.get(i);
      CustomerUpdate update = entry.update();
      List<StoredDocument> documents = documentsByEntry.get(i);
      Optional<CustomerError> refusal = check(scope, update, stored, versions, kinds, holders, documents);
      if (refusal.isPresent()) {
        refused.add(new BulkResult.Refusal<>(entry.index(), update.customer().id(), refusal.get()));
      } else {
        String id = update.customer().id().value();
        versions.put(id, update.customer().version());
        kinds.put(id, update.customer().kind());
        documents.forEach(document -> holders.put(document.key(), id));
        accepted.add(new Accepted(update, documents));
      }
    }
    write(c, accepted, stored.keySet());
    return refused;
  }

  /** The checks of one save, against the stored rows and the updates of the chunk before it. */
  private static Optional<CustomerError> check(
      AccessScope scope,
      CustomerUpdate update,
      Map<String, Stored> stored,
      Map<String, Long> versions,
      Map<String, CustomerKind> kinds,
      Map<String, String> holders,
      List<StoredDocument> documents) {
    Customer next = update.customer();
    String id = next.id().value();
    Stored row = stored.get(id);
    if (!update.isRegistration()
        && (!versions.containsKey(id)
            || (row != null && !scope.canSee(OrganizationUnitId.of(row.owningUnit()))))) {
      return Optional.of(new CustomerError.CustomerNotFound(next.id()));
    }
    long current = versions.getOrDefault(id, 0L);
    if (current != update.expectedStoredVersion()) {
      return Optional.of(
          new CustomerError.VersionConflict(next.id(), update.expectedStoredVersion(), current));
    }
    if (kinds.containsKey(id) && kinds.get(id) != next.kind()) {
      throw new IllegalArgumentException("an update cannot change the kind of a customer");
    }
    if (!scope.canSee(next.owningUnit())) {
      return Optional.of(new CustomerError.OutsideAccessScope(next.owningUnit()));
    }
    for (int i = 0; i < documents.size(); i++) {
      String holder = holders.get(documents.get(i).key());
      if (holder != null && !holder.equals(id)) {
        return Optional.of(new CustomerError.DuplicateIdentity(maskedKeys(next).get(i)));
      }
    }
    return Optional.empty();
  }

  /** Locks the stored rows of the chunk's customers, in number order, and reads them. */
  private Map<String, Stored> lockStored(
      Connection c, List<BulkSaves.Indexed<CustomerUpdate>> chunk) throws SQLException {
    List<String> ids =
        chunk.stream().map(entry -> entry.update().customer().id().value()).distinct().sorted().toList();
    Map<String, Stored> stored = new HashMap<>();
    // one array parameter, not an `in` list of thousands of placeholders (see documentHolders)
    Sql.of("select id, version, kind, owning_unit from crm_customer where id")
        .appendAnyOf(dialect, ids)
        .append(" order by id for update")
        .list(
            c,
            row ->
                stored.put(
                    row.getString(1),
                    new Stored(
                        row.getLong(2), CustomerKind.valueOf(row.getString(3)), row.getString(4))));
    return stored;
  }

  /**
   * Who holds any identity document of the chunk now: one query per slice of keys, the slice's exact
   * keys as three array parameters unnested into rows and joined to the unique index on (type,
   * country, key), one index probe per key. Arrays, not {@code in} lists: a list of thousands of
   * placeholders is planned as thousands of values and, once the table has grown past the planner's
   * last statistics, filtered row by row (a 100,000-customer load spent 35 of its 61 seconds here).
   */
  private Map<String, String> documentHolders(Connection c, List<StoredDocument> wanted)
      throws SQLException {
    Map<String, String> holders = new HashMap<>();
    String array = Sql.textArrayPlaceholder(dialect);
    for (int from = 0; from < wanted.size(); from += KEYS_PER_QUERY) {
      List<StoredDocument> slice = wanted.subList(from, Math.min(wanted.size(), from + KEYS_PER_QUERY));
      Sql.of(
              "select d.document_type, d.issuing_country, d.lookup_key, d.customer_id"
                  + " from unnest(" + array + ", " + array + ", " + array + ")"
                  + " as k (document_type, issuing_country, lookup_key)"
                  + " join crm_identity_document d on d.document_type = k.document_type"
                  + " and d.issuing_country = k.issuing_country and d.lookup_key = k.lookup_key",
              new Sql.TextArray(slice.stream().map(StoredDocument::type).toList()),
              new Sql.TextArray(slice.stream().map(StoredDocument::country).toList()),
              new Sql.TextArray(slice.stream().map(StoredDocument::lookupKey).toList()))
          .list(
              c,
              row ->
                  holders.put(
                      new StoredDocument(row.getString(1), row.getString(2), row.getString(3), "")
                          .key(),
                      row.getString(4)));
    }
    return holders;
  }

  /**
   * Writes the accepted updates of a chunk: each customer's row once, at its last version, then the
   * search keys and documents of that version, a change record per version and the events.
   */
  private void write(Connection c, List<Accepted> accepted, Set<String> storedIds)
      throws SQLException {
    if (accepted.isEmpty()) {
      return;
    }
    Map<String, Accepted> last = new LinkedHashMap<>();
    Map<String, Long> expected = new HashMap<>();
    for (Accepted a : accepted) {
      String id = a.update().customer().id().value();
      last.put(id, a);
      expected.putIfAbsent(id, a.update().expectedStoredVersion());
    }
    List<List<Object>> inserts = new ArrayList<>();
    List<List<Object>> upserts = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Accepted a : last.values()) {
      Customer next = a.update().customer();
      String id = next.id().value();
      List<Object> row = customerRow(next, scopes.requiredPathOf(c, next.owningUnit()));
      if (storedIds.contains(id)) {
        changed.add(id);
      } else {
        inserts.add(row);
      }
      List<Object> upsertRow = new ArrayList<>(row);
      upsertRow.add(expected.get(id));
      upserts.add(upsertRow);
    }
    if (customerRows.copies(c, inserts.size())) {
      // new customers by COPY; a number taken meanwhile fails it with the unique violation
      customerRows.insert(c, inserts);
      upserts.removeIf(row -> !storedIds.contains((String) row.get(0)));
    }
    if (!upserts.isEmpty()) {
      upsert(c, upserts);
    }
    if (!changed.isEmpty()) {
      Sql.of("delete from crm_customer_name where customer_id").appendAnyOf(dialect, changed).update(c);
      Sql.of("delete from crm_identity_document where customer_id").appendAnyOf(dialect, changed).update(c);
    }
    insertDetails(c, accepted, last.values());
  }

  /**
   * Inserts new rows and moves stored ones to their new version, only from the expected version: one
   * batch of upserts. A row the database did not write was taken (inserted or changed) by a concurrent
   * save after the chunk's checks; that is reported as the unique violation it is, so that the chunk
   * runs again and refuses the update typed.
   */
  private void upsert(Connection c, List<List<Object>> rows) throws SQLException {
    int[] counts = upsert.batch(c, rows);
    boolean unknown = false;
    for (int count : counts) {
      if (count == java.sql.Statement.SUCCESS_NO_INFO) {
        unknown = true;
      } else if (count != 1) {
        throw new SQLIntegrityConstraintViolationException(
            "a customer row was taken by a concurrent save", "23505");
      }
    }
    if (unknown) {
      // a driver that rewrites batches (pgjdbc's reWriteBatchedInserts) reports no counts: look
      Map<String, Long> written = new HashMap<>();
      Sql.of("select id, version from crm_customer where id")
          .appendAnyOf(dialect, rows.stream().map(row -> (String) row.get(0)).toList())
          .list(c, row -> written.put(row.getString(1), row.getLong(2)));
      for (List<Object> row : rows) {
        if (!row.get(2).equals(written.get((String) row.get(0)))) {
          throw new SQLIntegrityConstraintViolationException(
              "a customer row was taken by a concurrent save", "23505");
        }
      }
    }
  }

  private static Sql upsertStatement(SqlDialect dialect) {
    if (dialect == SqlDialect.POSTGRESQL) {
      return Sql.of(
          "insert into crm_customer (" + String.join(", ", CUSTOMER_COLUMNS) + ")"
              + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))"
              + " on conflict (id) do update set version = excluded.version,"
              + " owning_unit = excluded.owning_unit, unit_path = excluded.unit_path,"
              + " relationship_manager = excluded.relationship_manager,"
              + " kyc_risk_rating = excluded.kyc_risk_rating, mobile_key = excluded.mobile_key,"
              + " updated_at = excluded.updated_at, merged_into = excluded.merged_into,"
              + " document = excluded.document"
              + " where crm_customer.version = ?");
    }
    return Sql.of(
        "merge into crm_customer t using (values (cast(? as varchar(40)), cast(? as varchar(16)),"
            + " cast(? as bigint), cast(? as varchar(32)), cast(? as varchar(1024)),"
            + " cast(? as varchar(64)), cast(? as varchar(16)), cast(? as varchar(64)),"
            + " cast(? as timestamp with time zone), cast(? as timestamp with time zone),"
            + " cast(? as varchar(40)), cast(? as character large object), cast(? as bigint)))"
            + " s (" + String.join(", ", CUSTOMER_COLUMNS) + ", expected) on t.id = s.id"
            + " when matched and t.version = s.expected then update set version = s.version,"
            + " owning_unit = s.owning_unit, unit_path = s.unit_path,"
            + " relationship_manager = s.relationship_manager, kyc_risk_rating = s.kyc_risk_rating,"
            + " mobile_key = s.mobile_key, updated_at = s.updated_at, merged_into = s.merged_into,"
            + " document = s.document"
            + " when not matched and s.expected = 0 then insert (" + String.join(", ", CUSTOMER_COLUMNS)
            + ") values (s.id, s.kind, s.version, s.owning_unit, s.unit_path,"
            + " s.relationship_manager, s.kyc_risk_rating, s.mobile_key, s.created_at, s.updated_at,"
            + " s.merged_into, s.document)");
  }

  /** The values of a customer's row, in the order of {@link #CUSTOMER_COLUMNS}. */
  private static List<Object> customerRow(Customer next, String unitPath) {
    return Arrays.asList(
        next.id().value(),
        next.kind().name(),
        next.version(),
        next.owningUnit().value(),
        unitPath,
        manager(next),
        next.kycRiskRating().name(),
        mobileKey(next),
        next.createdAt(),
        next.updatedAt(),
        next.mergedInto() == null ? null : next.mergedInto().value(),
        document(next));
  }

  /**
   * Writes the search keys and documents of each customer's last version, and the change record and
   * events of every version: one batch or COPY per table.
   */
  private void insertDetails(Connection c, List<Accepted> versions, Iterable<Accepted> lastVersions)
      throws SQLException {
    List<List<Object>> names = new ArrayList<>();
    List<List<Object>> documents = new ArrayList<>();
    List<List<Object>> records = new ArrayList<>();
    List<List<Object>> events = new ArrayList<>();
    for (Accepted a : lastVersions) {
      Customer next = a.update().customer();
      String id = next.id().value();
      List<String> keys = next.names().stream().map(JdbcCustomers::nameKey).distinct().toList();
      for (int i = 0; i < keys.size(); i++) {
        names.add(List.of(id, i, keys.get(i)));
      }
      for (int i = 0; i < a.documents().size(); i++) {
        StoredDocument d = a.documents().get(i);
        documents.add(List.of(id, i, d.type(), d.country(), d.lookupKey(), d.sealed()));
      }
    }
    for (Accepted a : versions) {
      Customer next = a.update().customer();
      String id = next.id().value();
      CustomerChangeRecord record = a.update().changeRecord();
      records.add(
          List.of(
              id,
              record.version(),
              record.type().name(),
              record.actor().id(),
              record.changedAt(),
              new Sql.Json(JsonCodec.write(record, CustomerChangeRecord.class))));
      events.addAll(
          outbox.rows("Customer", id, next.version(), a.update().events(), CustomerEvent.class));
    }
    nameRows.insert(c, names);
    documentRows.insert(c, documents);
    changeRows.insert(c, records);
    outbox.insert(c, events);
  }

  private static String manager(Customer customer) {
    return customer.relationshipManager() == null ? null : customer.relationshipManager().value();
  }

  private static Sql.Json document(Customer customer) {
    return new Sql.Json(JsonCodec.write(withoutDocumentNumbers(customer), Object.class));
  }

  /**
   * Reads the customers in the scope in customer-number order, a batch at a time, by keyset: pass the
   * last number of the previous batch to get the next. Unlike offset paging, each batch costs the
   * same however far the scan has gone, and customers saved meanwhile are neither skipped nor seen
   * twice (as long as numbers are not reused). For nightly scoring and exports.
   *
   * @param scope the caller's scope
   * @param after the last customer number of the previous batch, or {@code null} to start
   * @param limit at most this many, 1 to {@value PageRequest#MAX_LIMIT}
   * @return the next customers; fewer than {@code limit} (possibly none) at the end
   */
  public List<Customer> scan(
      AccessScope scope, @Nullable CustomerId after, int limit) {
    requireNonNull(scope, "scope");
    checkLimit(limit);
    return transactions.inTransaction("scan customers", c -> page(c, scope, after, limit));
  }

  /**
   * Streams every customer in the scope in customer-number order with bounded memory: pages of
   * {@code pageSize} customers read by keyset ({@code id > <last of the previous page>}), the scope
   * filter in the SQL of each page, and only the current page in memory. The stream borrows one
   * connection at its first page and gives it back when it is closed or has been read to its end;
   * each page is a statement of its own (no transaction stays open between pages, so a long nightly
   * run does not hold back PostgreSQL's vacuum). Customers saved meanwhile behind the position read so
   * far appear, those before it do not.
   *
   * <p><b>Close it</b> ({@code try (Stream<Customer> all = customers.stream(scope, 1000)) {...}}): a
   * stream abandoned before its end keeps its connection until closed. Sequential; a parallel stream
   * splits nothing.
   *
   * @param scope the caller's scope
   * @param pageSize customers per page, 1 to {@value PageRequest#MAX_LIMIT}
   * @return the customers, lazily
   * @throws JdbcStorageException from the stream's operations if the database fails
   */
  public Stream<Customer> stream(AccessScope scope, int pageSize) {
    requireNonNull(scope, "scope");
    checkLimit(pageSize);
    return transactions.pagedStream(
        "stream customers",
        (c, last) -> page(c, scope, last == null ? null : last.id(), pageSize),
        pageSize);
  }

  private List<Customer> page(Connection c, AccessScope scope, @Nullable CustomerId after, int limit)
      throws SQLException {
    Sql query = inScope(c, scope, "c.id, c.document");
    if (after != null) {
      query.append(" and c.id > ?", after.value());
    }
    return read(c, query.append(" order by c.id limit ?", limit));
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + PageRequest.MAX_LIMIT);
    }
  }

  private static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String mobileKey(Customer customer) {
    return customer instanceof IndividualCustomer person
            && person.profile().contact().mobile() != null
        ? person.profile().contact().mobile().value()
        : null;
  }

  private List<StoredDocument> documentsOf(Customer customer) {
    if (customer instanceof IndividualCustomer person) {
      return person.profile().identityDocuments().stream()
          .map(
              d ->
                  new StoredDocument(
                      d.type().name(),
                      d.issuingCountry().alpha3(),
                      protection.lookupKey(d.type(), d.issuingCountry(), d.number()),
                      protection.seal(d.number())))
          .toList();
    }
    String code = ((CorporateCustomer) customer).profile().creditCode().value();
    return List.of(new StoredDocument(CREDIT_CODE_TYPE, CountryCode.CHINA.alpha3(), code, code));
  }

  private static List<String> maskedKeys(Customer customer) {
    if (customer instanceof IndividualCustomer person) {
      return person.profile().identityDocuments().stream()
          .map(d -> d.key().toString())
          .toList();
    }
    return List.of(((CorporateCustomer) customer).profile().creditCode().toString());
  }

  /** The aggregate as JSON with every identity-document number replaced by null. */
  private static JsonNode withoutDocumentNumbers(Customer customer) {
    JsonNode tree = JsonCodec.tree(customer, Customer.class);
    JsonNode documents = tree.path("profile").path("identityDocuments");
    if (customer instanceof IndividualCustomer && documents instanceof ArrayNode array) {
      array.forEach(document -> ((ObjectNode) document).putNull("number"));
    }
    return tree;
  }

  @Override
  public Optional<Customer> findById(AccessScope scope, CustomerId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return first(scope, Sql.of("c.id = ?", id.value()));
  }

  @Override
  public Optional<Customer> findByIdentityDocument(AccessScope scope, IdentityDocumentKey document) {
    requireNonNull(scope, "scope");
    requireNonNull(document, "document");
    return first(
        scope,
        heldBy(
            document.type().name(),
            document.issuingCountry().alpha3(),
            protection.lookupKey(document.type(), document.issuingCountry(), document.number())));
  }

  @Override
  public Optional<Customer> findByCreditCode(AccessScope scope, UnifiedSocialCreditCode creditCode) {
    requireNonNull(scope, "scope");
    requireNonNull(creditCode, "creditCode");
    return first(scope, heldBy(CREDIT_CODE_TYPE, CountryCode.CHINA.alpha3(), creditCode.value()));
  }

  private static Sql heldBy(String type, String country, String lookupKey) {
    return Sql.of(
        "c.id in (select customer_id from crm_identity_document where document_type = ?"
            + " and issuing_country = ? and lookup_key = ?)",
        type,
        country,
        lookupKey);
  }

  /** The customers in the scope: {@code select <columns> from crm_customer c where <scope>}. */
  private Sql inScope(Connection c, AccessScope scope, String columns) throws SQLException {
    return Sql.of("select " + columns + " from crm_customer c where ")
        .append(scopes.condition(c, scope, "c.unit_path"));
  }

  private Optional<Customer> first(AccessScope scope, Sql filter) {
    return transactions.inTransaction(
        "find customer",
        c -> {
          return read(c, inScope(c, scope, "c.id, c.document").append(" and ").append(filter))
              .stream()
              .findFirst();
        });
  }

  @Override
  public Page<Customer> search(AccessScope scope, CustomerSearch search, PageRequest page) {
    return search(scope, search, CustomerOrder.CUSTOMER_NUMBER, page);
  }

  /**
   * Like {@link #search(AccessScope, CustomerSearch, PageRequest)}, in another order from the
   * allow-list.
   *
   * @param scope the caller's scope
   * @param search what to match
   * @param order the order
   * @param page the page
   * @return one page of the customers in the scope that match
   */
  public Page<Customer> search(
      AccessScope scope, CustomerSearch search, CustomerOrder order, PageRequest page) {
    requireNonNull(scope, "scope");
    requireNonNull(search, "search");
    requireNonNull(order, "order");
    requireNonNull(page, "page");
    Sql filter;
    if (search instanceof CustomerSearch.ByName byName) {
      filter =
          Sql.of(
              "exists (select 1 from crm_customer_name n where n.customer_id = c.id"
                  + " and n.name_key like ? escape '!')",
              "%" + Sql.likeLiteral(nameKey(byName.fragment())) + "%");
    } else if (search instanceof CustomerSearch.ByMobile byMobile) {
      filter = Sql.of("c.mobile_key = ?", byMobile.mobile().value());
    } else {
      throw new IllegalArgumentException("unknown search " + search.getClass().getSimpleName());
    }
    return transactions.inTransaction(
        "search customers",
        c -> {
          long total =
              inScope(c, scope, "count(*)")
                  .append(" and ")
                  .append(filter)
                  .single(c, row -> row.getLong(1))
                  .orElse(0L);
          List<Customer> items =
              read(
                  c,
                  inScope(c, scope, "c.id, c.document")
                      .append(" and ")
                      .append(filter)
                      .append(
                          " order by " + order.orderBy() + " limit ? offset ?",
                          page.limit(),
                          page.offset()));
          return new Page<>(items, Math.max(total, items.size()), page);
        });
  }

  /** Reads customers from rows of (id, document), with their document numbers put back. */
  private List<Customer> read(Connection c, Sql query) throws SQLException {
    Map<String, String> documents = new LinkedHashMap<>();
    query.list(c, row -> documents.put(row.getString(1), row.getString(2)));
    if (documents.isEmpty()) {
      return List.of();
    }
    Map<String, List<String>> numbers = new HashMap<>();
    Sql numbersQuery =
        Sql.of(
            "select customer_id, stored_number from crm_identity_document where document_type <> ?"
                + " and customer_id in (",
            CREDIT_CODE_TYPE);
    String separator = "";
    for (String id : documents.keySet()) {
      numbersQuery.append(separator + "?", id);
      separator = ", ";
    }
    numbersQuery
        .append(") order by customer_id, ordinal")
        .list(
            c,
            row ->
                numbers
                    .computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                    .add(protection.open(row.getString(2))));
    List<Customer> customers = new ArrayList<>();
    documents.forEach(
        (id, json) -> {
          JsonNode tree = JsonCodec.readTree(json);
          JsonNode stored = tree.path("profile").path("identityDocuments");
          if (stored instanceof ArrayNode array) {
            List<String> plain = numbers.getOrDefault(id, List.of());
            if (plain.size() != array.size()) {
              throw new IllegalStateException(
                  "customer " + id + " has " + array.size() + " documents but "
                      + plain.size() + " stored numbers");
            }
            for (int i = 0; i < array.size(); i++) {
              ((ObjectNode) array.get(i)).put("number", plain.get(i));
            }
          }
          customers.add(JsonCodec.read(tree, Customer.class));
        });
    return customers;
  }

  @Override
  public List<CustomerChangeRecord> changes(AccessScope scope, CustomerId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction(
        "read customer changes",
        c ->
            Sql.of(
                    "select h.change_record from crm_customer_change h"
                        + " join crm_customer c on c.id = h.customer_id where h.customer_id = ? and ",
                    id.value())
                .append(scopes.condition(c, scope, "c.unit_path"))
                .append(" order by h.version")
                .list(c, row -> JsonCodec.read(row.getString(1), CustomerChangeRecord.class)));
  }

  /**
   * Says which store this is, without data.
   *
   * @return for example {@code JdbcCustomers[POSTGRESQL, DocumentNumberProtection[plain]]}
   */
  @Override
  public String toString() {
    return "JdbcCustomers[" + dialect + ", " + protection + "]";
  }
}
