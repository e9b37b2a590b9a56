package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.CreditExposure;
import io.github.bankcrm.core.holding.Guarantee;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.HoldingEvent;
import io.github.bankcrm.core.holding.LoanContract;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.holding.LoanContractUpdate;
import io.github.bankcrm.core.holding.LoanContracts;
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
import java.util.List;
import java.util.Optional;

/**
 * {@link LoanContracts} on JDBC: a contract is a row of {@code crm_loan_contract} (typed columns for
 * borrower, product, currency, status and version, plus the aggregate with its due bills, collateral
 * and guarantees as JSON) and one row per party in {@code crm_loan_contract_party}: the borrower and
 * each guarantor. A contract is visible if one of its parties' owning unit paths is under the scope,
 * decided in SQL. Events go to {@code crm_outbox} in the transaction of the save. Obtain one from
 * {@link JdbcCrm#loanContracts()}.
 */
public final class JdbcLoanContracts implements LoanContracts {

  private static final int ATTEMPTS = 3;
  private static final String PARTIES = "crm_loan_contract_party p";
  private static final String BORROWER = "BORROWER";
  private static final String GUARANTOR = "GUARANTOR";

  private final Transactions transactions;
  private final SqlDialect dialect;
  private final Scopes scopes;
  private final DocumentTable rows;

  JdbcLoanContracts(Transactions transactions, SqlDialect dialect, Scopes scopes) {
    this.transactions = transactions;
    this.dialect = dialect;
    this.scopes = scopes;
    this.rows =
        new DocumentTable(
            dialect,
            "LoanContract",
            "crm_loan_contract",
            "id",
            "crm_loan_contract_party",
            "contract_id",
            List.of("contract_id", "customer_id", "party_role"));
  }

  @Override
  public Either<HoldingError, LoanContract> save(AccessScope scope, LoanContractUpdate update) {
    requireNonNull(scope, "scope");
    requireNonNull(update, "update");
    return transactions.inTransactionRetryingConstraintRaces(
        "save loan contract", ATTEMPTS, c -> saveIn(c, scope, update));
  }

  private Either<HoldingError, LoanContract> saveIn(
      Connection c, AccessScope scope, LoanContractUpdate update) throws SQLException {
    LoanContract next = update.contract();
    String id = next.id().value();
    Optional<LoanContract> stored =
        rows.stored(
            c,
            "document",
            id,
            !update.isSigning(),
            row -> JsonCodec.read(row.getString(1), LoanContract.class));
    if (stored.isEmpty() && !update.isSigning()) {
      return Either.left(new HoldingError.LoanContractNotFound(next.id()));
    }
    if (stored.isPresent() && !update.isSigning() && visible(c, scope, next.id()).isEmpty()) {
      return Either.left(new HoldingError.LoanContractNotFound(next.id()));
    }
    long storedVersion = stored.map(LoanContract::version).orElse(0L);
    if (storedVersion != update.expectedStoredVersion()) {
      return Either.left(
          new HoldingError.VersionConflict(
              "loan contract", id, update.expectedStoredVersion(), storedVersion));
    }
    if (stored.isPresent() && !sameTerms(stored.get(), next, update.transfersBorrower())) {
      throw new IllegalArgumentException(
          "an update cannot change the borrower, amount or term of a contract");
    }
    List<CustomerId> newParties = new ArrayList<>();
    if (stored.isEmpty() || !stored.get().borrower().equals(next.borrower())) {
      newParties.add(next.borrower());
    }
    for (Guarantee guarantee : next.guarantees()) {
      if (stored.isEmpty() || stored.get().guarantee(guarantee.guarantor()).isEmpty()) {
        newParties.add(guarantee.guarantor());
      }
    }
    for (CustomerId party : newParties) {
      if (!scopes.customerVisible(c, scope, party)) {
        return Either.left(new HoldingError.CustomerNotFound(party));
      }
    }
    write(c, update);
    return Either.right(next);
  }

  private static boolean sameTerms(LoanContract stored, LoanContract next, boolean borrowerTransfer) {
    return (borrowerTransfer || stored.borrower().equals(next.borrower()))
        && stored.amount().equals(next.amount())
        && stored.startDate().equals(next.startDate())
        && stored.maturityDate().equals(next.maturityDate());
  }

  private void write(Connection c, LoanContractUpdate update) throws SQLException {
    LoanContract next = update.contract();
    String id = next.id().value();
    List<List<Object>> parties = new ArrayList<>();
    parties.add(List.of(id, next.borrower().value(), BORROWER));
    for (Guarantee guarantee : next.guarantees()) {
      parties.add(List.of(id, guarantee.guarantor().value(), GUARANTOR));
    }
    rows.write(
        c,
        id,
        next.version(),
        DocumentTable.columns(
            "borrower_id", next.borrower().value(),
            "product_code", next.productCode().value(),
            "currency", next.amount().currency().getCurrencyCode(),
            "status", next.status().name(),
            "created_at", next.createdAt(),
            "updated_at", next.updatedAt()),
        JsonCodec.write(next, LoanContract.class),
        parties,
        update.events(),
        HoldingEvent.class);
  }

  private Optional<LoanContract> visible(Connection c, AccessScope scope, LoanContractId id)
      throws SQLException {
    return Sql.of("select l.document from crm_loan_contract l where l.id = ? and ", id.value())
        .append(scopes.anyPartyVisible(c, scope, PARTIES, "p.contract_id = l.id"))
        .single(c, row -> JsonCodec.read(row.getString(1), LoanContract.class));
  }

  @Override
  public Optional<LoanContract> findById(AccessScope scope, LoanContractId id) {
    requireNonNull(scope, "scope");
    requireNonNull(id, "id");
    return transactions.inTransaction("find loan contract", c -> visible(c, scope, id));
  }

  @Override
  public List<LoanContract> ofBorrower(AccessScope scope, CustomerId customerId) {
    return ofParty(scope, customerId, BORROWER);
  }

  @Override
  public List<LoanContract> ofGuarantor(AccessScope scope, CustomerId customerId) {
    return ofParty(scope, customerId, GUARANTOR);
  }

  @Override
  public CreditExposure creditExposure(AccessScope scope, CustomerId customerId, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    List<LoanContract> involved = new ArrayList<>(ofBorrower(scope, customerId));
    involved.addAll(ofGuarantor(scope, customerId));
    return CreditExposure.of(customerId, asOf, involved);
  }

  private List<LoanContract> ofParty(AccessScope scope, CustomerId customerId, String role) {
    requireNonNull(scope, "scope");
    requireNonNull(customerId, "customerId");
    return transactions.inTransaction(
        "list loan contracts of a customer",
        c -> {
          if (!scopes.customerVisible(c, scope, customerId)) {
            return List.of();
          }
          return Sql.of(
                  "select l.document from crm_loan_contract l join crm_loan_contract_party p"
                      + " on p.contract_id = l.id where p.customer_id = ? and p.party_role = ?"
                      + " order by l.id",
                  customerId.value(),
                  role)
              .list(c, row -> JsonCodec.read(row.getString(1), LoanContract.class));
        });
  }

  /**
   * Says which store this is.
   *
   * @return for example {@code JdbcLoanContracts[H2]}
   */
  @Override
  public String toString() {
    return "JdbcLoanContracts[" + dialect + "]";
  }
}
