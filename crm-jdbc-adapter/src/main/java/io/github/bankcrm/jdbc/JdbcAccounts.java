package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountHolder;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.AccountNumber;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.BalanceSummary;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.HoldingEvent;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.jdbc.internal.JsonCodec;
import io.github.bankcrm.jdbc.internal.OutboxWriter;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.github.bankcrm.jdbc.internal.TableRows;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Accounts} on JDBC: an account is a row of {@code crm_account} (typed columns for number,
 * product type, currency, status and version, plus the aggregate with its balance history as JSON)
 * and one row per holder in {@code crm_account_holder}. An account is visible if one of its holders'
 * owning unit paths is under the scope, decided in SQL. The account number is unique by constraint,
 * so the second of two concurrent openings of one number is refused by the database and answered
 * with {@link HoldingError.DuplicateAccountNumber}; the number is never part of a message. Events go
 * to {@code crm_outbox} in the transaction of the save. Obtain one from {@link JdbcCrm#accounts()}.
 */
public final class JdbcAccounts implements Accounts {

  private static final String HOLDERS = "crm_account_holder p";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final OutboxWriter outbox;
  private final TableRows accountRows;
  private final TableRows holderRows;

  JdbcAccounts(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.outbox = new OutboxWriter(dialect);
    this.accountRows =
        new TableRows(
            dialect,
            true,
            "crm_account",
            List.of(
                "id", "account_number", "product_type", "currency", "status", "version",
                "created_at", "updated_at", "document"),
            Set.of("document"));
    this.holderRows =
        new TableRows(
            dialect, true, "crm_account_holder", List.of("account_id", "customer_id", "role"), Set.of());
  }

  @Override
  public Either<HoldingError, Account> save(AccessScope scope, AccountUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return BulkSaves.saveOne(
        transactions, "save account", update, update.account(), (c, one) -> writeChunk(c, scope, one));
  }

  /**
   * Saves many account updates (openings and changes such as recorded balances, in any mix), for the
   * nightly load of holdings from the core banking system: each update gets the checks of {@link
   * #save} (scope of the holders, optimistic lock, one account per number), made set-wise per chunk,
   * and writes what {@link #save} writes. Chunks work as {@link JdbcCustomers#saveAll} describes: one
   * transaction each, stored rows locked in number order, updates decided in input order, refusals
   * returned typed with their index, a chunk run again when a concurrent save took one of its keys,
   * any other failure thrown with the earlier chunks saved and the failing one not at all.
   *
   * <p>Consecutive versions of one account may sit in one chunk (an opening and the balances recorded
   * after it): the row and its holders are written once, at the last version, and the events of every
   * version go to the outbox. This is what makes a load of daily balances fast; a chain stops at its
   * first refused version, as consecutive saves would.
   *
   * @param scope the caller's scope
   * @param updates the updates, consumed once, in order
   * @param chunkSize updates per transaction, 1 to 10,000
   * @param progress told after each committed chunk
   * @return how many were saved and which were refused, why, and where in the input
   * @throws IllegalArgumentException if an update changes an account's number, product type or currency
   * @throws JdbcStorageException if the database fails
   */
  public BulkResult<AccountId, HoldingError> saveAll(
      AccessScope scope, Iterable<AccountUpdate> updates, int chunkSize, BulkProgress progress) {
    requireNonNull(scope, "scope");
    return BulkSaves.run(
        transactions,
        "save accounts",
        updates,
        chunkSize,
        progress,
        update -> {},
        (c, chunk) -> writeChunk(c, scope, chunk));
  }

  /** The parts of an account that no update may change, as stored or as an earlier update left them. */
  private record Fixed(String number, String productType, String currency) {
    static Fixed of(Account account) {
      return new Fixed(
          account.number().value(), account.productType().name(), account.currency().getCurrencyCode());
    }
  }

  /** What the chunk's decisions need to know of an account, updated as updates are accepted. */
  private static final class Known {
    long version;
    final Fixed fixed;
    Set<String> holders;
    final boolean stored;

    Known(long version, Fixed fixed, Set<String> holders, boolean stored) {
      this.version = version;
      this.fixed = fixed;
      this.holders = holders;
      this.stored = stored;
    }
  }

  /**
   * Checks a chunk set-wise in input order, as consecutive saves would, and writes the updates that
   * pass; answers the others.
   */
  private List<BulkResult.Refusal<AccountId, HoldingError>> writeChunk(
      Connection c, AccessScope scope, List<BulkSaves.Indexed<AccountUpdate>> chunk)
      throws SQLException {
    List<String> ids =
        chunk.stream().map(e -> e.update().account().id().value()).distinct().sorted().toList();
    Map<String, Known> known = new HashMap<>();
    Sql.of("select id, version, account_number, product_type, currency from crm_account where id")
        .appendAnyOf(dialect, ids)
        .append(" order by id for update")
        .list(
            c,
            row ->
                known.put(
                    row.getString(1),
                    new Known(
                        row.getLong(2),
                        new Fixed(row.getString(3), row.getString(4), row.getString(5)),
                        new HashSet<>(),
                        true)));
    Set<String> customers = new HashSet<>();
    if (!known.isEmpty()) {
      Sql.of("select account_id, customer_id from crm_account_holder where account_id")
          .appendAnyOf(dialect, List.copyOf(known.keySet()))
          .list(c, row -> known.get(row.getString(1)).holders.add(row.getString(2)));
      known.values().forEach(k -> customers.addAll(k.holders));
    }
    Set<String> numbers = new HashSet<>();
    for (BulkSaves.Indexed<AccountUpdate> entry : chunk) {
      numbers.add(entry.update().account().number().value());
      entry.update().account().holders().forEach(h -> customers.add(h.customerId().value()));
    }
    Map<String, String> numberHolders = new HashMap<>();
    Sql.of("select account_number, id from crm_account where account_number")
        .appendAnyOf(dialect, List.copyOf(numbers))
        .list(c, row -> numberHolders.put(row.getString(1), row.getString(2)));
    Set<String> visible = visibleCustomers(c, scope, customers);

    List<BulkResult.Refusal<AccountId, HoldingError>> refused = new ArrayList<>();
    List<AccountUpdate> accepted = new ArrayList<>();
    for (BulkSaves.Indexed<AccountUpdate> entry : chunk) {
      AccountUpdate update = entry.update();
      Optional<HoldingError> refusal = check(update, known, numberHolders, visible);
      if (refusal.isPresent()) {
        refused.add(new BulkResult.Refusal<>(entry.index(), update.account().id(), refusal.get()));
        continue;
      }
      Account next = update.account();
      String id = next.id().value();
      Set<String> holders = new HashSet<>();
      next.holders().forEach(h -> holders.add(h.customerId().value()));
      Known after = known.computeIfAbsent(id, key -> new Known(0, Fixed.of(next), holders, false));
      after.version = next.version();
      after.holders = holders;
      numberHolders.put(next.number().value(), id);
      accepted.add(update);
    }
    write(c, accepted, known);
    return refused;
  }

  /** The checks of one save, against the stored rows and the updates of the chunk before it. */
  private static Optional<HoldingError> check(
      AccountUpdate update,
      Map<String, Known> known,
      Map<String, String> numberHolders,
      Set<String> visible) {
    Account next = update.account();
    String id = next.id().value();
    Known before = known.get(id);
    if (!update.isOpening()
        && (before == null
            || (before.stored && before.holders.stream().noneMatch(visible::contains)))) {
      return Optional.of(new HoldingError.AccountNotFound(next.id()));
    }
    long current = before == null ? 0 : before.version;
    if (current != update.expectedStoredVersion()) {
      return Optional.of(
          new HoldingError.VersionConflict("account", id, update.expectedStoredVersion(), current));
    }
    if (before != null && !before.fixed.equals(Fixed.of(next))) {
      throw new IllegalArgumentException(
          "an update cannot change the number, product type or currency of an account");
    }
    for (AccountHolder holder : next.holders()) {
      String customer = holder.customerId().value();
      if ((before == null || !before.holders.contains(customer)) && !visible.contains(customer)) {
        return Optional.of(new HoldingError.CustomerNotFound(holder.customerId()));
      }
    }
    String numberHolder = numberHolders.get(next.number().value());
    if (numberHolder != null && !numberHolder.equals(id)) {
      return Optional.of(new HoldingError.DuplicateAccountNumber(next.id()));
    }
    return Optional.empty();
  }

  /** Which of the customers are stored and visible in the scope: one query per slice of numbers. */
  private Set<String> visibleCustomers(Connection c, AccessScope scope, Set<String> customers)
      throws SQLException {
    Set<String> visible = new HashSet<>();
    List<String> all = List.copyOf(customers);
    for (int from = 0; from < all.size(); from += BulkSaves.MAX_CHUNK) {
      Sql.of("select c.id from crm_customer c where c.id")
          .appendAnyOf(dialect, all.subList(from, Math.min(all.size(), from + BulkSaves.MAX_CHUNK)))
          .append(" and ")
          .append(scopes.condition(c, scope, "c.unit_path"))
          .list(c, row -> visible.add(row.getString(1)));
    }
    return visible;
  }

  /**
   * Writes the accepted updates: each account's row once, at its last version (new rows by one batch
   * or COPY, stored rows by one batch of updates over their expected version), its holders, and the
   * events of every version.
   */
  private void write(Connection c, List<AccountUpdate> accepted, Map<String, Known> known)
      throws SQLException {
    if (accepted.isEmpty()) {
      return;
    }
    Map<String, AccountUpdate> last = new LinkedHashMap<>();
    Map<String, Long> expected = new HashMap<>();
    List<List<Object>> events = new ArrayList<>();
    for (AccountUpdate update : accepted) {
      String id = update.account().id().value();
      last.put(id, update);
      expected.putIfAbsent(id, update.expectedStoredVersion());
      events.addAll(
          outbox.rows("Account", id, update.account().version(), update.events(), HoldingEvent.class));
    }
    List<List<Object>> inserts = new ArrayList<>();
    List<List<Object>> updates = new ArrayList<>();
    List<List<Object>> holders = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (AccountUpdate update : last.values()) {
      Account next = update.account();
      String id = next.id().value();
      List<Object> row =
          new ArrayList<>(
              List.of(
                  next.number().value(),
                  next.productType().name(),
                  next.currency().getCurrencyCode(),
                  next.status().name(),
                  next.version(),
                  next.createdAt(),
                  next.updatedAt(),
                  new Sql.Json(JsonCodec.write(next, Account.class))));
      if (known.get(id).stored) {
        row.add(id);
        row.add(expected.get(id));
        updates.add(row);
        changed.add(id);
      } else {
        row.add(0, id);
        inserts.add(row);
      }
      for (AccountHolder holder : next.holders()) {
        holders.add(List.of(id, holder.customerId().value(), holder.role().name()));
      }
    }
    accountRows.insert(c, inserts);
    int[] counts =
        Sql.of(
                "update crm_account set account_number = ?, product_type = ?, currency = ?,"
                    + " status = ?, version = ?, created_at = ?, updated_at = ?, document = "
                    + Sql.jsonPlaceholder(dialect)
                    + " where id = ? and version = ?")
            .batch(c, updates);
    for (int count : counts) {
      if (count != 1 && count != java.sql.Statement.SUCCESS_NO_INFO) {
        // the rows are locked FOR UPDATE first, so this means the lock did not hold
        throw new IllegalStateException("account row changed under its lock");
      }
    }
    if (!changed.isEmpty()) {
      Sql.of("delete from crm_account_holder where account_id").appendAnyOf(dialect, changed).update(c);
    }
    holderRows.insert(c, holders);
    outbox.insert(c, events);
  }

  private Optional<Account> visible(Connection c, AccessScope scope, AccountId id)
      throws SQLException {
    return Sql.of("select a.document from crm_account a where a.id = ? and ", id.value())
        .append(scopes.anyPartyVisible(c, scope, HOLDERS, "p.account_id = a.id"))
        .single(c, row -> JsonCodec.read(row.getString(1), Account.class));
  }

  @Override
  public Optional<Account> findById(AccessScope scope, AccountId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction("find account", c -> visible(c, scope, id));
  }

  @Override
  public Optional<Account> findByNumber(AccessScope scope, AccountNumber number) {
    requireNonNull(scope, "scope");
    requireNonNull(number, "number");
    return transactions.inTransaction(
        "find account by number",
        c ->
            Sql.of("select a.document from crm_account a where a.account_number = ? and ", number.value())
                .append(scopes.anyPartyVisible(c, scope, HOLDERS, "p.account_id = a.id"))
                .single(c, row -> JsonCodec.read(row.getString(1), Account.class)));
  }

  @Override
  public List<Account> heldBy(AccessScope scope, CustomerId customerId) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list accounts of a customer",
        c -> {
          if (!scopes.customerVisible(c, scope, customerId)) {
            return List.of();
          }
          return Sql.of(
                  "select a.document from crm_account a join crm_account_holder h"
                      + " on h.account_id = a.id where h.customer_id = ?"
                      + " order by a.account_number, a.id",
                  customerId.value())
              .list(c, row -> JsonCodec.read(row.getString(1), Account.class));
        });
  }

  @Override
  public BalanceSummary balanceSummary(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return BalanceSummary.of(customerId, asOf, heldBy(scope, customerId));
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcAccounts[H2]}
   */
  @Override
  public String toString() {
    return "JdbcAccounts[" + dialect + "]";
  }
}
