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
import io.github.bankcrm.jdbc.internal.DocumentTable;
import io.github.bankcrm.jdbc.internal.Scopes;
import io.github.bankcrm.jdbc.internal.Sql;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

  private static final int ATTEMPTS = 3;
  private static final String HOLDERS = "crm_account_holder p";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final DocumentTable rows;

  JdbcAccounts(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.rows =
        new DocumentTable(
            dialect,
            "Account",
            "crm_account",
            "id",
            "crm_account_holder",
            "account_id",
            List.of("account_id", "customer_id", "role"));
  }

  private record Stored(long version, String number, String productType, String currency) {}

  @Override
  public Either<HoldingError, Account> save(AccessScope scope, AccountUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save account", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<HoldingError, Account> saveIn(Connection c, AccessScope scope, AccountUpdate update)
      throws SQLException {
    Account next = update.account();
    String id = next.id().value();
    Optional<Stored> stored =
        rows.stored(
            c,
            "version, account_number, product_type, currency",
            id,
            !update.isOpening(),
            row -> new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    if (stored.isEmpty() && !update.isOpening()) {
      return Either.left(new HoldingError.AccountNotFound(next.id()));
    }
    if (stored.isPresent() && !update.isOpening() && visible(c, scope, next.id()).isEmpty()) {
      return Either.left(new HoldingError.AccountNotFound(next.id()));
    }
    long storedVersion = stored.map(Stored::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new HoldingError.VersionConflict(
              "account", id, update.expectedStoredVersion(), storedVersion));
    }
    if (stored.isPresent()
        && (!stored.get().number().equals(next.number().value())
            || !stored.get().productType().equals(next.productType().name())
            || !stored.get().currency().equals(next.currency().getCurrencyCode()))) {
      throw new IllegalArgumentException(
          "an update cannot change the number, product type or currency of an account");
    }
    Set<String> before =
        new HashSet<>(
            Sql.of("select customer_id from crm_account_holder where account_id = ?", id)
                .list(c, row -> row.getString(1)));
    for (AccountHolder holder : next.holders()) {
      if (!before.contains(holder.customerId().value())
          && !scopes.customerVisible(c, scope, holder.customerId())) {
        return Either.left(new HoldingError.CustomerNotFound(holder.customerId()));
      }
    }
    Optional<String> numberHolder =
        Sql.of("select id from crm_account where account_number = ?", next.number().value())
            .single(c, row -> row.getString(1));
    if (numberHolder.isPresent() && !numberHolder.get().equals(id)) {
      return Either.left(new HoldingError.DuplicateAccountNumber(next.id()));
    }
    write(c, update);
    return Either.right(next);
  }

  private void write(Connection c, AccountUpdate update) throws SQLException {
    Account next = update.account();
    String id = next.id().value();
    List<List<Object>> holders = new ArrayList<>();
    for (AccountHolder holder : next.holders()) {
      holders.add(List.of(id, holder.customerId().value(), holder.role().name()));
    }
    rows.write(
        c,
        id,
        next.version(),
        DocumentTable.columns(
            "account_number", next.number().value(),
            "product_type", next.productType().name(),
            "currency", next.currency().getCurrencyCode(),
            "status", next.status().name(),
            "created_at", next.createdAt(),
            "updated_at", next.updatedAt()),
        JsonCodec.write(next, Account.class),
        holders,
        update.events(),
        HoldingEvent.class);
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
