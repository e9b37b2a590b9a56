package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.LoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryInteractions;
import io.github.bankcrm.core.inmemory.InMemoryLifecycles;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryRelationships;
import io.github.bankcrm.core.inmemory.InMemoryServiceAssignments;
import io.github.bankcrm.core.inmemory.InMemoryWarnings;
import io.github.bankcrm.core.interaction.Interactions;
import io.github.bankcrm.core.lifecycle.HoldingsFacts;
import io.github.bankcrm.core.lifecycle.LifecycleMaintenance;
import io.github.bankcrm.core.lifecycle.LifecyclePolicy;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.LifecycleTransition;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.lifecycle.PolicyRun;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationLevel;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.relationship.EstablishRelationship;
import io.github.bankcrm.core.relationship.RelationshipAnalysis;
import io.github.bankcrm.core.relationship.RelationshipGraph;
import io.github.bankcrm.core.relationship.RelationshipId;
import io.github.bankcrm.core.relationship.RelationshipMaintenance;
import io.github.bankcrm.core.relationship.Relationships;
import io.github.bankcrm.core.resolution.DuplicateScan;
import io.github.bankcrm.core.resolution.MatchResult;
import io.github.bankcrm.core.resolution.ScanProgress;
import io.github.bankcrm.core.resolution.ScanReport;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningEvaluation;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningPolicy;
import io.github.bankcrm.core.warning.WarningUpdate;
import io.github.bankcrm.jdbc.BulkProgress;
import io.github.bankcrm.jdbc.BulkResult;
import io.github.bankcrm.core.relationship.UnitRollUps;
import io.github.bankcrm.examples.report.BankReportBuilder;
import io.github.bankcrm.examples.report.HtmlReport;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.jdbc.JdbcCrm;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Currency;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The main demo: a whole synthetic bank through the CRM. It generates the bank ({@link SyntheticBank}),
 * saves the customers through the JDBC adapter in bulk, loads holdings, interactions and relationships,
 * reports what the planted duplicates did, derives households and corporate groups, starts and
 * evaluates every lifecycle, raises early warnings, and writes a report. Every long step shows a
 * progress bar; a summary ends the run.
 *
 * <p>Customers and the organisation live in the database (embedded H2 by default, PostgreSQL with
 * {@code --jdbc-url}); the other ports (holdings, interactions, lifecycles, warnings, relationships)
 * use the in-memory adapters over a mirror of the saved customers, and the output says so: most have
 * no JDBC adapter yet, and the JDBC holdings, one transaction per change, would make the holdings load
 * the longest step by far.
 *
 * <p>Options, as arguments or system properties: {@code --size=N} ({@code demo.size}, default 2 000),
 * {@code --seed=N} ({@code demo.seed}, default 20261130), {@code --jdbc-url=URL} ({@code demo.jdbcUrl}),
 * {@code --user=U} / {@code --password=P} ({@code demo.user} / {@code demo.password}), {@code
 * --report=PATH} ({@code demo.report}, default {@code target/bank-demo-report.md}); the HTML report
 * ({@link HtmlReport}: charts, top customers with their explanations, open warnings, corporate-group
 * exposures, relationship-manager attribution) goes next to it as {@code .html}.
 */
public final class BankDemo {

  private static final int CHUNK = 100;

  private final DataSource dataSource;
  private final Options options;
  private final PrintStream out;
  private final boolean terminal;
  private final Map<String, Double> timings = new LinkedHashMap<>();

  /**
   * A demo over a database.
   *
   * @param dataSource an empty H2 or PostgreSQL database, or one migrated by an earlier run of another size
   * @param options size, seed and report path
   * @param out where to print
   * @param terminal whether {@code out} is an interactive terminal (progress redrawn in place)
   */
  public BankDemo(DataSource dataSource, Options options, PrintStream out, boolean terminal) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.options = requireNonNull(options, "options");
    this.out = requireNonNull(out, "out");
    this.terminal = terminal;
  }

  /**
   * Runs the demo on the database the options name, by default an in-memory H2.
   *
   * @param args options, see the class comment
   */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(options.jdbcUrl());
    if (options.user() != null) {
      config.setUsername(options.user());
      config.setPassword(options.password());
    }
    config.setMaximumPoolSize(4);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      new BankDemo(pool, options, out, ConsoleProgress.onTerminal()).run();
    }
  }

  /**
   * Runs every step and prints the summary.
   *
   * @return the figures of the summary
   */
  public Summary run() {
    long started = System.nanoTime();
    SyntheticBank bank = new SyntheticBank(SyntheticBank.Config.of(options.seed(), options.size()));
    out.println("Synthetic bank: " + options.size() + " customers, seed " + options.seed()
        + ", business date " + SyntheticBank.BUSINESS_DATE);

    heading("1. Database");
    int migrations = JdbcCrm.migrate(dataSource);
    JdbcCrm crm = JdbcCrm.on(dataSource);
    out.println("   " + crm.dialect() + ", " + migrations + " migration(s) applied");
    out.println("   customers, organisation, and accounts with their balances: JDBC, by bulk saves; loans,"
        + " interactions, relationships, lifecycles, warnings: in-memory adapters per branch");
    OrganizationUnits units = crm.organizationUnits();
    for (OrganizationUnit unit : bank.units()) {
      if (units.findById(unit.id()).isEmpty()) {
        units.add(unit);
      }
    }
    AccessScope bankWide = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("HO")));

    heading("2. Generate and save customers (JDBC bulk registration, chunks of " + CHUNK + ")");
    ConsoleProgress saving = new ConsoleProgress(out, "customers", options.size(), terminal);
    BulkResult<CustomerId, io.github.bankcrm.core.customer.CustomerError> saved = crm.customers().registerAll(
        bankWide,
        () -> bank.customers().map(SyntheticCustomer::registration).iterator(),
        CHUNK,
        (processed, ok, refused) -> saving.advance(processed));
    timings.put("customers", saving.finish());
    Map<String, Long> refusals = saved.refused().stream()
        .collect(Collectors.groupingBy(refusal -> refusal.error().code(), LinkedHashMap::new, Collectors.counting()));
    out.println("   saved " + saved.saved() + ", refused " + saved.refused().size() + " " + refusals);
    Set<CustomerId> refusedIds = saved.refused().stream().map(BulkResult.Refusal::id)
        .collect(Collectors.toCollection(HashSet::new));

    heading("3. Holdings, interactions and relationships (a second pass over the same seed)");
    out.println("   in-memory stores per sub-branch, as a branch's nightly batch sees them (they scan, so"
        + " one store per branch keeps the demo fast)");
    Map<OrganizationUnitId, BranchStores> stores = new LinkedHashMap<>();
    for (OrganizationUnit unit : bank.units()) {
      if (unit.level() == OrganizationLevel.SUB_BRANCH) {
        stores.put(unit.id(), new BranchStores(unit.id(), AccessScope.of(units.hierarchy(), List.of(unit.id()))));
      }
    }
    Loaded loaded = new Loaded();
    ConsoleProgress loading = new ConsoleProgress(out, "holdings ", options.size(), terminal);
    bank.customers().forEach(customer -> {
      if (!refusedIds.contains(customer.id())) {
        BranchStores branch = stores.get(customer.registration().customer().owningUnit());
        branch.mirror.save(branch.scope, customer.registration()).get();
        branch.customers.add(customer.id());
        load(branch, customer, loaded);
      } else {
        loaded.planted(customer, true);
      }
      loading.advance(++loaded.seen);
    });
    timings.put("holdings", loading.finish());
    long accountsStarted = System.nanoTime();
    BulkResult<io.github.bankcrm.core.holding.AccountId, io.github.bankcrm.core.holding.HoldingError> accountsSaved =
        crm.accounts().saveAll(bankWide, () -> bank.customers()
            .filter(customer -> !refusedIds.contains(customer.id()))
            .flatMap(customer -> SyntheticLoad.accountUpdates(customer).stream())
            .iterator(), CHUNK * 10, BulkProgress.none());
    out.printf(java.util.Locale.ROOT, "   accounts to JDBC in one bulk save (openings and balances, chunks of %d):"
        + " %d saved, %d refused, %.1f s%n", CHUNK * 10, accountsSaved.saved(), accountsSaved.refused().size(),
        (System.nanoTime() - accountsStarted) / 1e9);
    out.println("   " + loaded.accounts + " accounts with " + loaded.balances + " balance records, "
        + loaded.loans + " loans (" + loaded.overdue + " overdue), " + loaded.interactions
        + " interactions (" + loaded.complaints + " complaints), " + loaded.relationships + " relationships");

    heading("4. Duplicates: identity resolution scan against the planted ground truth");
    out.println("   planted " + loaded.plantedTotal() + " " + loaded.planted + "; refused at registration as the"
        + " same identity: " + loaded.refusedAtTheDoor + " (a 15-digit number normalises to the stored one)");
    Map<ScanProgress.Stage, ConsoleProgress> scanBars = new EnumMap<>(ScanProgress.Stage.class);
    ScanReport scan = DuplicateScan.standard().run(loaded.customers, (stage, done, all) ->
        scanBars.computeIfAbsent(stage, s -> new ConsoleProgress(out, "dedupe " + s.name().toLowerCase(java.util.Locale.ROOT),
            Math.max(1, all), terminal)).advance(done));
    double scanSeconds = 0;
    for (ConsoleProgress bar : scanBars.values()) {
      scanSeconds += bar.finish();
    }
    timings.put("dedupe", scanSeconds);
    Map<Set<CustomerId>, PlantedDuplicate.Kind> truth = loaded.plantedPairs;
    Map<PlantedDuplicate.Kind, Long> foundByKind = new EnumMap<>(PlantedDuplicate.Kind.class);
    long found = 0;
    long falseAlarms = 0;
    for (MatchResult match : scan.matches()) {
      PlantedDuplicate.Kind kind = truth.get(Set.of(match.first(), match.second()));
      if (kind != null) {
        found++;
        foundByKind.merge(kind, 1L, Long::sum);
      } else {
        falseAlarms++;
      }
    }
    long findable = truth.size();
    out.println("   " + scan.candidatePairs() + " candidate pairs in " + scan.blocks() + " blocks; decisions "
        + new TreeMap<>(scan.decisions()));
    out.println("   found " + found + " of " + findable + " planted duplicates that got past registration, "
        + foundByKind + ", " + falseAlarms + " other pair(s) flagged");

    heading("5. Households and corporate groups");
    long relationStarted = System.nanoTime();
    List<io.github.bankcrm.core.relationship.Relationship> effective = new ArrayList<>();
    stores.values().forEach(branch ->
        effective.addAll(branch.relationships.effectiveOn(branch.scope, SyntheticBank.BUSINESS_DATE)));
    RelationshipAnalysis analysis =
        new RelationshipAnalysis(RelationshipGraph.of(effective, SyntheticBank.BUSINESS_DATE));
    Set<Set<CustomerId>> households = new HashSet<>();
    for (CustomerId person : loaded.people) {
      Set<CustomerId> members = analysis.household(person).members();
      if (members.size() > 1) {
        households.add(members);
      }
    }
    Set<Set<CustomerId>> groups = new HashSet<>();
    long withOwners = 0;
    for (CustomerId company : loaded.companies) {
      groups.add(analysis.corporateGroup(company).members());
      if (!analysis.ultimateBeneficialOwners(company).owners().isEmpty()) {
        withOwners++;
      }
    }
    timings.put("relationships", (System.nanoTime() - relationStarted) / 1e9);
    out.println("   " + households.size() + " households of two or more, " + groups.size()
        + " corporate groups, " + withOwners + " of " + loaded.companies.size()
        + " companies with an ultimate beneficial owner (25 % or more)");

    heading("6. Lifecycle policy " + policyName("lifecycle") + ", branch by branch");
    LifecyclePolicy lifecyclePolicy = read("bank/lifecycle-policy.json", LifecyclePolicy.class);
    ConsoleProgress evaluating = new ConsoleProgress(out, "lifecycle", stores.size(), terminal);
    long moves = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
    int branchesDone = 0;
    for (BranchStores branch : stores.values()) {
      PolicyRun run = branch.lifecycle.applyPolicy(branch.scope, lifecyclePolicy, SyntheticBank.BUSINESS_DATE,
          SyntheticBank.LOADER, SyntheticBank.AS_OF);
      moves += run.applied().size();
      run.applied().forEach(update -> {
        List<LifecycleTransition> transitions = update.lifecycle().transitions();
        reasons.merge(transitions.get(transitions.size() - 1).reasonCode(), 1L, Long::sum);
      });
      for (LifecycleStage stage : LifecycleStage.values()) {
        long count = branch.lifecycles.list(branch.scope, stage, PageRequest.first(1)).total();
        if (count > 0) {
          stages.merge(stage, count, Long::sum);
        }
      }
      evaluating.advance(++branchesDone);
    }
    timings.put("lifecycle", evaluating.finish());
    out.println("   " + moves + " moves " + reasons);
    out.println("   stages " + stages);

    heading("7. Value scoring (crm-scoring, the shipped default model; a third pass over the same seed)");
    ScoringModel scoringModel = ScoringModels.defaultModel();
    ValueScorer scorer = ValueScorer.of(scoringModel);
    Map<CustomerId, Customer> customersById = new HashMap<>();
    loaded.customers.forEach(customer -> customersById.put(customer.id(), customer));
    BankReportBuilder htmlReport = new BankReportBuilder(scoringModel,
        id -> java.util.Optional.ofNullable(customersById.get(id)));
    ConsoleProgress scoringBar = new ConsoleProgress(out, "scoring  ", options.size(), terminal);
    Map<String, Long> tiers = new TreeMap<>();
    Map<ValueTier, long[]> lossMakingByPlanted = new EnumMap<>(ValueTier.class);
    long[] scoredCount = {0, 0};
    Map<String, Long> refusedScores = new TreeMap<>();
    bank.customers().forEach(customer -> {
      if (!refusedIds.contains(customer.id())) {
        BranchStores branch = stores.get(customer.registration().customer().owningUnit());
        LifecycleStage stage = branch.lifecycles.find(branch.scope, customer.id())
            .map(io.github.bankcrm.core.lifecycle.CustomerLifecycle::stage).orElse(null);
        scorer.score(ValueSnapshots.of(customer, stage))
            .peekLeft(error -> {
              if (error instanceof io.github.bankcrm.scoring.score.ScoringError.InvalidSnapshot invalid) {
                invalid.errors().forEach(field -> refusedScores.merge(field.code() + "@" + field.path(), 1L, Long::sum));
              } else {
                refusedScores.merge(error.code(), 1L, Long::sum);
              }
            })
            .forEach(score -> {
          htmlReport.score(score, stage);
          tiers.merge(score.tier(), 1L, Long::sum);
          long[] counts = lossMakingByPlanted.computeIfAbsent(customer.tier(), t -> new long[2]);
          counts[0]++;
          counts[1] += score.isLossMaking() ? 1 : 0;
          scoredCount[0]++;
        });
      }
      scoringBar.advance(++scoredCount[1]);
    });
    timings.put("scoring", scoringBar.finish());
    out.println("   " + scoredCount[0] + " scored, tiers " + tiers
        + (refusedScores.isEmpty() ? "" : ", refused " + refusedScores));
    lossMakingByPlanted.forEach((tier, counts) -> out.println("   planted " + tier + ": " + counts[0]
        + " customers, " + counts[1] + " scored loss-making"));

    heading("8. Early warnings " + policyName("warning"));
    WarningPolicy warningPolicy = read("bank/warning-policy.json", WarningPolicy.class);
    ConsoleProgress warningBar = new ConsoleProgress(out, "warnings ", Math.max(1, saved.saved()), terminal);
    Map<WarningLevel, Long> levels = new EnumMap<>(WarningLevel.class);
    List<EarlyWarning> raised = new ArrayList<>();
    long done = 0;
    for (BranchStores branch : stores.values()) {
      for (CustomerId customer : branch.customers) {
        branch.warnings.evaluate(branch.scope, warningPolicy, customer, SyntheticBank.BUSINESS_DATE, Set.of(),
                SyntheticBank.LOADER, SyntheticBank.AS_OF)
            .forEach(outcome -> outcome.map(WarningUpdate::warning).ifPresent(raised::add));
        warningBar.advance(++done);
      }
    }
    timings.put("warnings", warningBar.finish());
    raised.forEach(w -> levels.merge(w.level(), 1L, Long::sum));
    out.println("   " + raised.size() + " warnings " + levels);

    double total = (System.nanoTime() - started) / 1e9;
    Summary summary = new Summary(crm.dialect().toString(), options.size(), saved.saved(), saved.refused().size(),
        loaded.accounts, loaded.loans, loaded.overdue, loaded.interactions, loaded.relationships,
        loaded.plantedTotal(), loaded.refusedAtTheDoor, found, falseAlarms, households.size(), groups.size(), moves, stages,
        scoredCount[0], tiers,
        raised.size(), levels);
    heading("Summary");
    summary.lines().forEach(line -> out.println("   " + line));
    timings.forEach((step, seconds) -> out.println("   " + step + ": " + String.format("%.1f s", seconds)));
    out.println("   total: " + String.format("%.1f s", total));
    writeReport(summary, raised);
    writeHtmlReport(htmlReport.warnings(raised), groups, stores, customersById);
    return summary;
  }

  private static void load(BranchStores branch, SyntheticCustomer customer, Loaded loaded) {
    loaded.customers.add(customer.registration().customer());
    loaded.planted(customer, false);
    if (customer.registration().customer().kind() == io.github.bankcrm.core.customer.CustomerKind.CORPORATE) {
      loaded.companies.add(customer.id());
    } else {
      loaded.people.add(customer.id());
    }
    branch.load.load(customer);
    loaded.accounts += customer.accounts().size();
    loaded.balances += customer.accounts().stream().mapToLong(account -> account.balances().size()).sum();
    loaded.loans += customer.loans().size();
    loaded.overdue += customer.loans().stream().filter(SyntheticLoan::isOverdue).count();
    loaded.interactions += customer.interactions().size();
    loaded.complaints += customer.interactions().stream().filter(form -> form.severity() != null).count();
    for (EstablishRelationship relationship : customer.links()) {
      branch.relating.establish(branch.scope, SyntheticBank.LOADER, relationship)
          .getOrElseThrow(error -> new IllegalStateException("synthetic relationship refused: " + error.code()));
      loaded.relationships++;
    }
  }

  private String policyName(String kind) {
    return "(" + kind + " policy as JSON data, bank/" + kind + "-policy.json)";
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in = BankDemo.class.getClassLoader().getResourceAsStream(resource)) {
      T policy = new ObjectMapper().readValue(requireNonNull(in, resource), type);
      if (policy instanceof LifecyclePolicy lifecycle && lifecycle.validate().isInvalid()) {
        throw new IllegalStateException(resource + " is not valid: " + lifecycle.validate().getError());
      }
      if (policy instanceof WarningPolicy warning && warning.validate().isInvalid()) {
        throw new IllegalStateException(resource + " is not valid: " + warning.validate().getError());
      }
      return policy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeReport(Summary summary, List<EarlyWarning> raised) {
    StringBuilder report = new StringBuilder("# Synthetic bank report\n\n");
    report.append("Seed ").append(options.seed()).append(", business date ").append(SyntheticBank.BUSINESS_DATE)
        .append(". Customers are named by number only; no personal data is written.\n\n## Summary\n\n");
    summary.lines().forEach(line -> report.append("- ").append(line).append('\n'));
    report.append("\n## Highest warnings\n\n| customer | level | factors |\n|---|---|---|\n");
    raised.stream()
        .sorted(java.util.Comparator.comparing(EarlyWarning::level).reversed()
            .thenComparing(w -> w.customerId().value()))
        .limit(20)
        .forEach(w -> report.append("| ").append(w.customerId().value()).append(" | ").append(w.level())
            .append(" | ").append(new TreeSet<>(w.factors())).append(" |\n"));
    try {
      Path path = Path.of(options.report());
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, report.toString(), StandardCharsets.UTF_8);
      out.println("   report: " + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The HTML report: the builder has the scores and warnings; the corporate groups' exposure is read
   * from the in-memory holdings of the branch that owns the group's first company (a synthetic cluster
   * never spans branches).
   */
  private void writeHtmlReport(BankReportBuilder report, Set<Set<CustomerId>> groups,
      Map<OrganizationUnitId, BranchStores> stores, Map<CustomerId, Customer> customers) {
    for (Set<CustomerId> members : groups) {
      Customer first = customers.get(new TreeSet<>(members).first());
      BranchStores branch = stores.get(first.owningUnit());
      report.corporateGroup(new UnitRollUps(branch.mirror, branch.relationships, branch.accounts, branch.loans)
          .totals(branch.scope, members, SyntheticBank.BUSINESS_DATE));
    }
    Path written = HtmlReport.write(report.about("Synthetic bank report",
            "A synthetic bank of " + options.size() + " customers generated from seed " + options.seed()
                + ", run through the CRM by BankDemo.", SyntheticBank.BUSINESS_DATE).build(),
        Path.of(options.htmlReport()));
    out.println("   HTML report: " + written);
  }

  private void heading(String text) {
    out.println();
    out.println(text);
  }

  /**
   * The in-memory stores of one sub-branch: the ports without a JDBC adapter yet, over a mirror of the
   * branch's saved customers.
   */
  private static final class BranchStores {
    final AccessScope scope;
    final List<CustomerId> customers = new ArrayList<>();
    final Customers mirror = new InMemoryCustomers();
    final Accounts accounts = new InMemoryAccounts(mirror);
    final LoanContracts loans = new InMemoryLoanContracts(mirror);
    final Interactions interactions = new InMemoryInteractions(mirror);
    final Relationships relationships = new InMemoryRelationships(mirror);
    final Lifecycles lifecycles = new InMemoryLifecycles(mirror);
    final HoldingsFacts facts = new HoldingsFacts(accounts, loans, Currency.getInstance("CNY"));
    final LifecycleMaintenance lifecycle = new LifecycleMaintenance(lifecycles, facts);
    final RelationshipMaintenance relating;
    final WarningEvaluation warnings;
    final SyntheticLoad load;

    BranchStores(OrganizationUnitId unit, AccessScope scope) {
      this.scope = scope;
      AtomicLong numbers = new AtomicLong();
      this.relating = new RelationshipMaintenance(mirror, relationships,
          () -> RelationshipId.of("R-" + unit.value() + "-" + numbers.incrementAndGet()),
          Clock.fixed(SyntheticBank.AS_OF, SyntheticBank.ZONE));
      this.warnings = new WarningEvaluation(new InMemoryWarnings(mirror), lifecycles, facts,
          new InMemoryServiceAssignments(mirror), interactions, SyntheticBank.ZONE);
      this.load = new SyntheticLoad(scope, accounts, loans, interactions, lifecycle);
    }
  }

  /** What the second pass loaded, counted as it goes. */
  private static final class Loaded {
    final List<CustomerId> people = new ArrayList<>();
    final List<CustomerId> companies = new ArrayList<>();
    final Map<PlantedDuplicate.Kind, Long> planted = new EnumMap<>(PlantedDuplicate.Kind.class);
    final Map<Set<CustomerId>, PlantedDuplicate.Kind> plantedPairs = new HashMap<>();
    final List<Customer> customers = new ArrayList<>();
    long seen;
    long accounts;
    long balances;
    long loans;
    long overdue;
    long interactions;
    long complaints;
    long relationships;
    long refusedAtTheDoor;

    void planted(SyntheticCustomer customer, boolean refused) {
      customer.plantedDuplicate().ifPresent(duplicate -> {
        planted.merge(duplicate.kind(), 1L, Long::sum);
        refusedAtTheDoor += refused ? 1 : 0;
        if (!refused) {
          plantedPairs.put(Set.of(duplicate.duplicate(), duplicate.original()), duplicate.kind());
        }
      });
    }

    long plantedTotal() {
      return planted.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * The figures the demo ends with.
   *
   * @param database the database
   * @param generated customers generated
   * @param saved customers saved
   * @param refused customers refused at registration
   * @param accounts accounts opened
   * @param loans loans signed
   * @param overdueLoans loans in arrears
   * @param interactions interactions recorded
   * @param relationships relationships established
   * @param plantedDuplicates duplicates planted
   * @param duplicatesRefused planted duplicates refused at registration
   * @param duplicatesFound planted duplicates the identity resolution scan found
   * @param otherPairsFlagged pairs the scan flagged that were not planted
   * @param households households of two or more
   * @param corporateGroups corporate groups
   * @param lifecycleMoves moves the lifecycle policy applied
   * @param stages customers per lifecycle stage
   * @param scored customers scored
   * @param valueTiers customers per value tier of the scoring model
   * @param warnings warnings raised
   * @param warningLevels warnings per level
   */
  public record Summary(
      String database,
      long generated,
      long saved,
      long refused,
      long accounts,
      long loans,
      long overdueLoans,
      long interactions,
      long relationships,
      long plantedDuplicates,
      long duplicatesRefused,
      long duplicatesFound,
      long otherPairsFlagged,
      long households,
      long corporateGroups,
      long lifecycleMoves,
      Map<LifecycleStage, Long> stages,
      long scored,
      Map<String, Long> valueTiers,
      long warnings,
      Map<WarningLevel, Long> warningLevels) {

    /**
     * @throws NullPointerException if a map or the database is missing
     */
    public Summary {
      requireNonNull(database, "database");
      stages = Map.copyOf(stages);
      valueTiers = Map.copyOf(valueTiers);
      warningLevels = Map.copyOf(warningLevels);
    }

    /**
     * The summary as lines of text.
     *
     * @return one line per figure group
     */
    public List<String> lines() {
      return List.of(
          "database: " + database,
          "customers: " + generated + " generated, " + saved + " saved, " + refused + " refused",
          "holdings: " + accounts + " accounts, " + loans + " loans (" + overdueLoans + " overdue)",
          "interactions: " + interactions + ", relationships: " + relationships,
          "duplicates: " + plantedDuplicates + " planted, " + duplicatesRefused + " refused at registration, "
              + duplicatesFound + " found by the scan, " + otherPairsFlagged + " other pairs flagged",
          "households: " + households + ", corporate groups: " + corporateGroups,
          "lifecycle: " + lifecycleMoves + " moves, stages " + new java.util.TreeMap<>(stages),
          "value: " + scored + " scored, tiers " + new java.util.TreeMap<>(valueTiers),
          "warnings: " + warnings + " " + new java.util.TreeMap<>(warningLevels));
    }
  }

  /**
   * The demo's options.
   *
   * @param seed the generator's seed
   * @param size customers to generate, 1 to 10,000,000
   * @param jdbcUrl the database
   * @param user the database user, or {@code null}
   * @param password the database password, or {@code null}
   * @param report where to write the report
   */
  public record Options(long seed, int size, String jdbcUrl, String user, String password, String report) {

    /** The embedded default database: H2 in memory, kept while the demo runs. */
    public static final String EMBEDDED = "jdbc:h2:mem:bank-demo;DB_CLOSE_DELAY=-1";

    /**
     * @throws NullPointerException if the URL or report path is missing
     */
    public Options {
      requireNonNull(jdbcUrl, "jdbcUrl");
      requireNonNull(report, "report");
    }

    /**
     * Options from arguments ({@code --name=value}), then system properties ({@code demo.name}), then
     * the defaults.
     *
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException on an unknown option or a malformed number
     */
    public static Options parse(String... args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (String arg : args) {
        int equals = arg.indexOf('=');
        if (!arg.startsWith("--") || equals < 0) {
          throw new IllegalArgumentException("options look like --size=2000, not " + arg.split("=")[0]);
        }
        given.put(arg.substring(2, equals), arg.substring(equals + 1));
      }
      Set<String> known = Set.of("size", "seed", "jdbc-url", "user", "password", "report");
      for (String name : given.keySet()) {
        if (!known.contains(name)) {
          throw new IllegalArgumentException("unknown option --" + name + "; known: " + new TreeSet<>(known));
        }
      }
      return new Options(
          Long.parseLong(option(given, "seed", "demo.seed", "20261130")),
          Integer.parseInt(option(given, "size", "demo.size", "2000")),
          option(given, "jdbc-url", "demo.jdbcUrl", EMBEDDED),
          option(given, "user", "demo.user", null),
          option(given, "password", "demo.password", null),
          option(given, "report", "demo.report", "target/bank-demo-report.md"));
    }

    /**
     * Where the HTML report goes: next to the Markdown report, with the extension {@code .html}.
     *
     * @return the HTML report's path
     */
    public String htmlReport() {
      return (report.endsWith(".md") ? report.substring(0, report.length() - 3) : report) + ".html";
    }

    private static String option(Map<String, String> given, String name, String property, String fallback) {
      return given.getOrDefault(name, System.getProperty(property, fallback));
    }
  }
}
