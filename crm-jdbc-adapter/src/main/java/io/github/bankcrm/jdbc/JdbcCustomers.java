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
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  private static final int ATTEMPTS = 3;

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final DocumentNumberProtection protection;
  private final OutboxWriter outbox;

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
  }

  /** A stored row, as far as a save must know it. */
  private record Stored(long version, CustomerKind kind, String owningUnit) {}

  /** An identity key as stored: type, country, lookup key, sealed number. */
  private record StoredDocument(String type, String country, String lookupKey, String sealed) {}

  @Override
  public Either<CustomerError, Customer> save(AccessScope scope, CustomerUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save customer", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<CustomerError, Customer> saveIn(
      Connection c, AccessScope scope, CustomerUpdate update) throws SQLException {
    Customer next = update.customer();
    String id = next.id().value();
    Optional<Stored> stored =
        Sql.of(
                "select version, kind, owning_unit from crm_customer where id = ?"
                    + (update.isRegistration() ? "" : " for update"),
                id)
            .single(
                c,
                row ->
                    new Stored(
                        row.getLong(1), CustomerKind.valueOf(row.getString(2)), row.getString(3)));
    if (stored.isEmpty() && !update.isRegistration()) {
      return Either.left(new CustomerError.CustomerNotFound(next.id()));
    }
    if (stored.isPresent()
        && !update.isRegistration()
        && !scope.canSee(OrganizationUnitId.of(stored.get().owningUnit()))) {
      return Either.left(new CustomerError.CustomerNotFound(next.id()));
    }
    long storedVersion = stored.map(Stored::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new CustomerError.VersionConflict(next.id(), update.expectedStoredVersion(), storedVersion));
    }
    if (stored.isPresent() && stored.get().kind() != next.kind()) {
      throw new IllegalArgumentException("an update cannot change the kind of a customer");
    }
    if (!scope.canSee(next.owningUnit())) {
      return Either.left(new CustomerError.OutsideAccessScope(next.owningUnit()));
    }
    List<StoredDocument> documents = documentsOf(next);
    List<String> masked = maskedKeys(next);
    for (int i = 0; i < documents.size(); i++) {
      StoredDocument document = documents.get(i);
      Optional<String> holder =
          Sql.of(
                  "select customer_id from crm_identity_document"
                      + " where document_type = ? and issuing_country = ? and lookup_key = ?",
                  document.type(),
                  document.country(),
                  document.lookupKey())
              .single(c, row -> row.getString(1));
      if (holder.isPresent() && !holder.get().equals(id)) {
        return Either.left(new CustomerError.DuplicateIdentity(masked.get(i)));
      }
    }
    write(c, update, scopes.requiredPathOf(c, next.owningUnit()), documents);
    return Either.right(next);
  }

  /** A save that passed every check: the update, its owning unit's path, its documents as stored. */
  private record Checked(CustomerUpdate update, String unitPath, List<StoredDocument> documents) {}

  private void write(
      Connection c, CustomerUpdate update, String unitPath, List<StoredDocument> documents)
      throws SQLException {
    Checked checked = new Checked(update, unitPath, documents);
    if (update.isRegistration()) {
      insertRows(c, List.of(checked));
    } else {
      updateRow(c, checked);
    }
    insertDetails(c, List.of(checked));
  }

  /** Inserts the rows of new customers as one JDBC batch. */
  private void insertRows(Connection c, List<Checked> registrations) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    for (Checked checked : registrations) {
      Customer next = checked.update().customer();
      rows.add(
          Arrays.asList(
              next.id().value(),
              next.kind().name(),
              next.version(),
              next.owningUnit().value(),
              checked.unitPath(),
              manager(next),
              next.kycRiskRating().name(),
              mobileKey(next),
              next.createdAt(),
              next.updatedAt(),
              mergedInto(next),
              document(next)));
    }
    Sql.of(
            "insert into crm_customer (id, kind, version, owning_unit, unit_path,"
                + " relationship_manager, kyc_risk_rating, mobile_key, created_at, updated_at,"
                + " merged_into, document) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + Sql.jsonPlaceholder(dialect)
                + ")")
        .batch(c, rows);
  }

  /** Moves a stored customer to its next version and clears the keys that are written again. */
  private void updateRow(Connection c, Checked checked) throws SQLException {
    Customer next = checked.update().customer();
    String id = next.id().value();
    int changed =
        Sql.of(
                "update crm_customer set version = ?, owning_unit = ?, unit_path = ?,"
                    + " relationship_manager = ?, kyc_risk_rating = ?, mobile_key = ?,"
                    + " updated_at = ?, merged_into = ?, document = " + Sql.jsonPlaceholder(dialect)
                    + " where id = ? and version = ?",
                next.version(),
                next.owningUnit().value(),
                checked.unitPath(),
                manager(next),
                next.kycRiskRating().name(),
                mobileKey(next),
                next.updatedAt(),
                mergedInto(next),
                document(next),
                id,
                checked.update().expectedStoredVersion())
            .update(c);
    if (changed != 1) {
      // the row is locked FOR UPDATE before, so this means the lock did not hold
      throw new IllegalStateException("customer row changed under its lock");
    }
    Sql.of("delete from crm_customer_name where customer_id = ?", id).update(c);
    Sql.of("delete from crm_identity_document where customer_id = ?", id).update(c);
  }

  /** Writes names, documents, change records and events of saved versions, one batch per table. */
  private void insertDetails(Connection c, List<Checked> saves) throws SQLException {
    List<List<Object>> names = new ArrayList<>();
    List<List<Object>> documents = new ArrayList<>();
    List<List<Object>> records = new ArrayList<>();
    List<List<Object>> events = new ArrayList<>();
    for (Checked checked : saves) {
      Customer next = checked.update().customer();
      String id = next.id().value();
      List<String> keys = next.names().stream().map(JdbcCustomers::nameKey).distinct().toList();
      for (int i = 0; i < keys.size(); i++) {
        names.add(List.of(id, i, keys.get(i)));
      }
      for (int i = 0; i < checked.documents().size(); i++) {
        StoredDocument d = checked.documents().get(i);
        documents.add(List.of(id, i, d.type(), d.country(), d.lookupKey(), d.sealed()));
      }
      CustomerChangeRecord record = checked.update().changeRecord();
      records.add(
          List.of(
              id,
              record.version(),
              record.type().name(),
              record.actor().id(),
              record.changedAt(),
              new Sql.Json(JsonCodec.write(record, CustomerChangeRecord.class))));
      events.addAll(
          outbox.rows("Customer", id, next.version(), checked.update().events(), CustomerEvent.class));
    }
    Sql.of("insert into crm_customer_name (customer_id, ordinal, name_key) values (?, ?, ?)")
        .batch(c, names);
    Sql.of(
            "insert into crm_identity_document (customer_id, ordinal, document_type,"
                + " issuing_country, lookup_key, stored_number) values (?, ?, ?, ?, ?, ?)")
        .batch(c, documents);
    Sql.of(
            "insert into crm_customer_change (customer_id, version, change_type, actor, changed_at,"
                + " change_record) values (?, ?, ?, ?, ?, " + Sql.jsonPlaceholder(dialect) + ")")
        .batch(c, records);
    outbox.insert(c, events);
  }

  private static String manager(Customer customer) {
    return customer.relationshipManager() == null ? null : customer.relationshipManager().value();
  }

  private static String mergedInto(Customer customer) {
    return customer.mergedInto() == null ? null : customer.mergedInto().value();
  }

  private static Sql.Json document(Customer customer) {
    return new Sql.Json(JsonCodec.write(withoutDocumentNumbers(customer), Object.class));
  }

  /**
   * Registers many customers, a chunk per transaction with one JDBC batch per table, for migrations
   * from a core system and nightly loads. A chunk that a constraint refuses (a duplicate document or
   * number, in the chunk or against stored customers) is rolled back and saved again customer by
   * customer through {@link #save}, so each refusal gets its typed error and every other customer of
   * the chunk is saved. Chunks saved before a failure stay saved.
   *
   * @param scope the caller's scope; customers of units outside it are refused
   * @param registrations registrations only (version 1), consumed once, in order
   * @param chunkSize customers per transaction, 1 to 10,000 (a few hundred is a good start)
   * @param progress told after each chunk
   * @return how many were saved and which were refused, and why
   * @throws IllegalArgumentException if an update is not a registration
   */
  public BulkResult registerAll(
      AccessScope scope,
      Iterable<CustomerUpdate> registrations,
      int chunkSize,
      BulkProgress progress) {
    requireNonNull(scope, "scope");
    requireNonNull(registrations, "registrations");
    requireNonNull(progress, "progress");
    if (chunkSize < 1 || chunkSize > 10_000) {
      throw new IllegalArgumentException("chunkSize must be between 1 and 10000");
    }
    long processed = 0;
    long saved = 0;
    List<BulkResult.Refusal> refused = new ArrayList<>();
    List<CustomerUpdate> chunk = new ArrayList<>(chunkSize);
    Iterator<CustomerUpdate> source = registrations.iterator();
    while (source.hasNext()) {
      chunk.clear();
      while (source.hasNext() && chunk.size() < chunkSize) {
        CustomerUpdate update = requireNonNull(source.next(), "registration");
        if (!update.isRegistration()) {
          throw new IllegalArgumentException("registerAll takes registrations only (version 1)");
        }
        chunk.add(update);
      }
      List<CustomerUpdate> inScope = new ArrayList<>();
      for (CustomerUpdate update : chunk) {
        if (scope.canSee(update.customer().owningUnit())) {
          inScope.add(update);
        } else {
          refused.add(
              new BulkResult.Refusal(
                  update.customer().id(),
                  new CustomerError.OutsideAccessScope(update.customer().owningUnit())));
        }
      }
      try {
        transactions.inTransaction(
            "register customers",
            c -> {
              List<Checked> checked = new ArrayList<>();
              for (CustomerUpdate update : inScope) {
                checked.add(new Checked(update, scopes.requiredPathOf(c, update.customer().owningUnit()), documentsOf(update.customer())));
              }
              insertRows(c, checked);
              insertDetails(c, checked);
              return checked.size();
            });
        saved += inScope.size();
      } catch (JdbcStorageException e) {
        if (!e.isConstraintViolation()) {
          throw e;
        }
        for (CustomerUpdate update : inScope) {
          Either<CustomerError, Customer> one = save(scope, update);
          if (one.isRight()) {
            saved++;
          } else {
            refused.add(new BulkResult.Refusal(update.customer().id(), one.getLeft()));
          }
        }
      }
      processed += chunk.size();
      progress.chunkDone(processed, saved, refused.size());
    }
    return new BulkResult(saved, refused);
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
    if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + PageRequest.MAX_LIMIT);
    }
    return transactions.inTransaction(
        "scan customers",
        c -> {
          Sql query = inScope(c, scope, "c.id, c.document");
          if (after != null) {
            query.append(" and c.id > ?", after.value());
          }
          return read(c, query.append(" order by c.id limit ?", limit));
        });
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
