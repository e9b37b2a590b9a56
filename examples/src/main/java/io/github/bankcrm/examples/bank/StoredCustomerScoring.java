package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.customer.IndividualCustomer;
import io.github.bankcrm.core.holding.Account;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.AccountUpdate;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.shared.Money;
import io.github.bankcrm.jdbc.BulkProgress;
import io.github.bankcrm.jdbc.BulkResult;
import io.github.bankcrm.jdbc.JdbcAccounts;
import io.github.bankcrm.jdbc.JdbcCrm;
import io.github.bankcrm.scoring.batch.BatchOptions;
import io.github.bankcrm.scoring.batch.BatchScorer;
import io.github.bankcrm.scoring.batch.BatchSummary;
import io.github.bankcrm.scoring.batch.ScoreSink;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScore;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CreditRisk;
import io.github.bankcrm.scoring.snapshot.CustomerAttributes;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import io.github.bankcrm.scoring.snapshot.Position;
import io.github.bankcrm.scoring.snapshot.TransactionSummary;
import java.io.PrintStream;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The nightly scoring of stored customers: a synthetic bank's customers and accounts (with their daily
 * balances) loaded into the database by the adapter's bulk saves, then the customers of one branch
 * streamed back by keyset pages ({@code JdbcCustomers.stream}, scope in SQL, one page in memory),
 * each turned into a scoring snapshot from its stored accounts, and scored by {@link BatchScorer}. The
 * heap holds a page of customers and what the scorer has in flight, however large the bank.
 */
public final class StoredCustomerScoring {

  private static final int PAGE = 500;
  private static final int CHUNK = 1_000;
  private static final Map<ProductType, Double> RATES =
      Map.of(ProductType.DEPOSIT, 0.0135, ProductType.WEALTH, 0.028, ProductType.LOAN, 0.045, ProductType.CARD, 0.18);

  private final DataSource dataSource;
  private final PrintStream out;

  /**
   * The example on a database.
   *
   * @param dataSource an empty H2 or PostgreSQL database; a pool of at least two connections (the
   *     stream holds one while the accounts of each customer are read)
   * @param out where to print
   */
  public StoredCustomerScoring(DataSource dataSource, PrintStream out) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.out = requireNonNull(out, "out");
  }

  /** What the run did. */
  record Outcome(long customersSaved, long accountUpdatesSaved, long inScope, BatchSummary summary) {}

  /**
   * Runs the example on an in-memory H2 database with 5,000 synthetic customers.
   *
   * @param args optionally the number of customers
   */
  public static void main(String[] args) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:crm-scoring;DB_CLOSE_DELAY=-1");
    config.setMaximumPoolSize(4);
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      new StoredCustomerScoring(dataSource, System.out).run(args.length > 0 ? Integer.parseInt(args[0]) : 5_000);
    }
  }

  /**
   * Loads a synthetic bank of the given size and scores the customers of its Beijing branch.
   *
   * @param size how many customers the synthetic bank has
   * @return what was saved and scored
   */
  Outcome run(int size) {
    JdbcCrm.migrate(dataSource);
    JdbcCrm crm = JdbcCrm.on(dataSource);
    SyntheticBank bank = new SyntheticBank(SyntheticBank.Config.of(7, size));
    for (OrganizationUnit unit : bank.units()) {
      crm.organizationUnits().add(unit);
    }
    AccessScope bankWide =
        AccessScope.of(crm.organizationUnits().hierarchy(), List.of(OrganizationUnitId.of("HO")));

    BulkResult<CustomerId, CustomerError> customers =
        crm.customers()
            .saveAll(bankWide, () -> bank.customers().map(SyntheticCustomer::registration).iterator(), CHUNK,
                BulkProgress.none());
    List<CustomerId> refused = customers.refused().stream().map(BulkResult.Refusal::id).toList();
    BulkResult<AccountId, HoldingError> accounts =
        crm.accounts()
            .saveAll(bankWide, () -> bank.customers()
                    .filter(customer -> !refused.contains(customer.id()))
                    .flatMap(customer -> SyntheticLoad.accountUpdates(customer).stream())
                    .iterator(),
                CHUNK, BulkProgress.none());
    out.println("saved " + customers.saved() + " customers (" + customers.refused().size()
        + " refused as duplicates), " + accounts.saved() + " account openings and balances ("
        + accounts.refused().size() + " refused)");

    AccessScope beijing =
        AccessScope.of(crm.organizationUnits().hierarchy(), List.of(OrganizationUnitId.of("BJ")));
    JdbcAccounts stored = crm.accounts();
    Map<String, Long> tiers = new TreeMap<>();
    Map<String, Long> rejected = new TreeMap<>();
    AtomicLong streamed = new AtomicLong();
    BatchScorer scorer = new BatchScorer(ValueScorer.of(ScoringModels.defaultModel()), BatchOptions.defaults());
    // the stream is closed by the scorer, which gives its connection back
    Stream<CustomerSnapshot> snapshots =
        crm.customers().stream(beijing, PAGE)
            .peek(customer -> streamed.incrementAndGet())
            .map(customer -> snapshot(customer, stored.heldBy(beijing, customer.id())));
    BatchSummary summary =
        scorer.score(
            snapshots,
            new ScoreSink() {
              @Override
              public synchronized void accept(ValueScore score) {
                tiers.merge(score.tier().toString(), 1L, Long::sum);
              }

              @Override
              public synchronized void reject(ScoringError error) {
                rejected.merge(error.code(), 1L, Long::sum);
              }
            },
            progress -> {});
    out.println("streamed " + streamed.get() + " Beijing customers in pages of " + PAGE + ", scored "
        + summary.scored() + ", rejected " + summary.rejected() + " " + rejected + ", tiers " + tiers);
    return new Outcome(customers.saved(), accounts.saved(), streamed.get(), summary);
  }

  /** A scoring snapshot from what is stored: the latest balance of each account, per product. */
  private static CustomerSnapshot snapshot(Customer customer, List<Account> accounts) {
    Map<ProductType, Long> balances = new EnumMap<>(ProductType.class);
    for (Account account : accounts) {
      if (account.currency().getCurrencyCode().equals("CNY")) {
        balances.merge(account.productType(), account.balance().amount().movePointRight(2).longValueExact(), Long::sum);
      }
    }
    List<Position> positions = new ArrayList<>();
    balances.forEach(
        (type, fen) -> positions.add(new Position(type, java.util.Currency.getInstance("CNY"), fen, RATES.get(type))));
    Integer age =
        customer instanceof IndividualCustomer person
            ? Period.between(person.profile().birthDate(), SyntheticBank.BUSINESS_DATE).getYears()
            : null;
    return new CustomerSnapshot(
        customer.id(),
        SyntheticBank.BUSINESS_DATE,
        365,
        // no lifecycles are stored in this example: a bank reads the stage from crm.lifecycles()
        accounts.isEmpty() ? LifecycleStage.PROSPECT : LifecycleStage.MATURE,
        new CustomerAttributes(age, false, IncomeTrend.STABLE, null),
        positions,
        List.of(),
        List.of(),
        TransactionSummary.none(),
        CreditRisk.none());
  }
}
