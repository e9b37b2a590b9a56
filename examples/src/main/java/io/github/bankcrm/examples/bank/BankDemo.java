package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.Accounts;
import io.github.bankcrm.core.holding.HoldingError;
import io.github.bankcrm.core.holding.LoanContracts;
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
import io.github.bankcrm.core.holding.ServiceAssignments;
import io.github.bankcrm.core.resolution.CustomerMerge;
import io.github.bankcrm.core.resolution.MatchDecision;
import io.github.bankcrm.core.resolution.MatchReview;
import io.github.bankcrm.core.resolution.MatchReviewId;
import io.github.bankcrm.core.resolution.MatchReviews;
import io.github.bankcrm.core.resolution.MergeExecution;
import io.github.bankcrm.core.resolution.MergeId;
import io.github.bankcrm.core.resolution.ReviewDecision;
import io.github.bankcrm.core.resolution.Survivorship;
import io.github.bankcrm.jdbc.JdbcRelationships;
import io.github.bankcrm.core.resolution.MatchResult;
import io.github.bankcrm.core.resolution.ScanProgress;
import io.github.bankcrm.core.resolution.ScanReport;
import io.github.bankcrm.core.shared.PageRequest;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningEvaluation;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningPolicy;
import io.github.bankcrm.core.warning.WarningUpdate;
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
 * resolves the duplicates and reports what the planted ones did, derives households and corporate groups, starts and
 * evaluates every lifecycle, raises early warnings, and writes a report. Every long step shows a
 * progress bar; a summary ends the run.
 *
 * <p>Every step goes through the JDBC adapter's ports over one HikariCP pool: embedded H2 by default,
 * PostgreSQL with {@code --jdbc-url}. The pairs the duplicate scan flags are queued for review in the
 * database, and those the model would merge automatically are merged (holdings, lifecycle and service
 * move to the earlier record).
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
  /** Account updates (openings and balances) per transaction in the bulk load of holdings. */
  private static final int ACCOUNT_CHUNK = 2_000;

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
    runPooled(Options.parse(args), new PrintStream(System.out, true, StandardCharsets.UTF_8),
        ConsoleProgress.onTerminal());
  }

  /**
   * Runs the demo over a HikariCP pool on the options' database, closed at the end.
   *
   * @param options the options, with the JDBC URL and credentials
   * @param out where to print
   * @param terminal whether {@code out} is an interactive terminal
   * @return the figures of the summary
   */
  public static Summary runPooled(Options options, PrintStream out, boolean terminal) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(options.jdbcUrl());
    if (options.user() != null) {
      config.setUsername(options.user());
      config.setPassword(options.password());
    }
    config.setMaximumPoolSize(4);
    try (HikariDataSource pool = new HikariDataSource(config)) {
      return new BankDemo(pool, options, out, terminal).run();
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
    out.println("   every port on JDBC through the pool: customers, organisation, accounts, loans, interactions,"
        + " relationships, lifecycles, warnings, service assignments, match reviews");
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

    heading("3. Holdings, interactions and relationships (JDBC, a second pass over the same seed)");
    Ports ports = new Ports(crm, bankWide);
    Map<OrganizationUnitId, AccessScope> branches = new LinkedHashMap<>();
    for (OrganizationUnit unit : bank.units()) {
      if (unit.level() == OrganizationLevel.SUB_BRANCH) {
        branches.put(unit.id(), AccessScope.of(units.hierarchy(), List.of(unit.id())));
      }
    }
    Loaded loaded = new Loaded();
    ConsoleProgress loading = new ConsoleProgress(out, "holdings ", options.size(), terminal);
    // every account opening and daily balance in one bulk save (one transaction per chunk, COPY on
    // PostgreSQL) instead of one transaction per balance; the rest per customer through the ports
    long accountUpdates = bank.customers()
        .filter(customer -> !refusedIds.contains(customer.id()))
        .mapToLong(customer -> SyntheticLoad.accountUpdates(customer).size())
        .sum();
    ConsoleProgress accountLoading = new ConsoleProgress(out, "accounts ", accountUpdates, terminal);
    BulkResult<AccountId, HoldingError> accountLoad = crm.accounts().saveAll(bankWide,
        () -> bank.customers()
            .filter(customer -> !refusedIds.contains(customer.id()))
            .flatMap(customer -> SyntheticLoad.accountUpdates(customer).stream())
            .iterator(),
        ACCOUNT_CHUNK, (processed, accountsSaved, accountsRefused) -> accountLoading.advance(processed));
    accountLoading.finish();
    if (!accountLoad.refused().isEmpty()) {
      throw new IllegalStateException(
          "synthetic account refused: " + accountLoad.refused().get(0).error().code());
    }
    bank.customers().forEach(customer -> {
      if (!refusedIds.contains(customer.id())) {
        load(ports, customer, loaded);
      } else {
        loaded.planted(customer, true);
      }
      loading.advance(++loaded.seen);
    });
    timings.put("holdings", loading.finish());
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
    Resolution resolution = resolve(crm, ports, scan, loaded);
    out.println("   review queue (JDBC): " + resolution.queued + " pairs queued; auto-merge pairs merged: "
        + resolution.merged + (resolution.mergeRefusals.isEmpty() ? "" : ", not merged " + resolution.mergeRefusals)
        + "; left for a person: " + (resolution.queued - resolution.merged - resolution.mergeRefusalCount()));

    heading("5. Households and corporate groups");
    long relationStarted = System.nanoTime();
    List<io.github.bankcrm.core.relationship.Relationship> effective =
        ports.relationships.effectiveOn(bankWide, SyntheticBank.BUSINESS_DATE);
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

    heading("6. Lifecycle policy " + policyName("lifecycle") + ", sub-branch by sub-branch");
    LifecyclePolicy lifecyclePolicy = read("bank/lifecycle-policy.json", LifecyclePolicy.class);
    ConsoleProgress evaluating = new ConsoleProgress(out, "lifecycle", branches.size(), terminal);
    long moves = 0;
    Map<String, Long> reasons = new TreeMap<>();
    Map<LifecycleStage, Long> stages = new EnumMap<>(LifecycleStage.class);
    int branchesDone = 0;
    for (AccessScope branch : branches.values()) {
      PolicyRun run = ports.lifecycle.applyPolicy(branch, lifecyclePolicy, SyntheticBank.BUSINESS_DATE,
          SyntheticBank.LOADER, SyntheticBank.AS_OF);
      moves += run.applied().size();
      run.applied().forEach(update -> {
        List<LifecycleTransition> transitions = update.lifecycle().transitions();
        reasons.merge(transitions.get(transitions.size() - 1).reasonCode(), 1L, Long::sum);
      });
      evaluating.advance(++branchesDone);
    }
    for (LifecycleStage stage : LifecycleStage.values()) {
      long count = ports.lifecycles.list(bankWide, stage, PageRequest.first(1)).total();
      if (count > 0) {
        stages.put(stage, count);
      }
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
      if (!refusedIds.contains(customer.id()) && !resolution.absorbed.contains(customer.id())) {
        LifecycleStage stage = ports.lifecycles.find(bankWide, customer.id())
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
    for (Customer customer : loaded.customers) {
      if (!resolution.absorbed.contains(customer.id())) {
        ports.warnings.evaluate(bankWide, warningPolicy, customer.id(), SyntheticBank.BUSINESS_DATE, Set.of(),
                SyntheticBank.LOADER, SyntheticBank.AS_OF)
            .forEach(outcome -> outcome.map(WarningUpdate::warning).ifPresent(raised::add));
      }
      warningBar.advance(++done);
    }
    timings.put("warnings", warningBar.finish());
    raised.forEach(w -> levels.merge(w.level(), 1L, Long::sum));
    out.println("   " + raised.size() + " warnings " + levels);

    double total = (System.nanoTime() - started) / 1e9;
    Summary summary = new Summary(crm.dialect().toString(), options.size(), saved.saved(), saved.refused().size(),
        loaded.accounts, loaded.loans, loaded.overdue, loaded.interactions, loaded.relationships,
        loaded.plantedTotal(), loaded.refusedAtTheDoor, found, falseAlarms, resolution.queued, resolution.merged,
        households.size(), groups.size(), moves, stages,
        scoredCount[0], tiers,
        raised.size(), levels);
    heading("Summary");
    summary.lines().forEach(line -> out.println("   " + line));
    timings.forEach((step, seconds) -> out.println("   " + step + ": " + String.format("%.1f s", seconds)));
    out.println("   total: " + String.format("%.1f s", total));
    writeReport(summary, raised);
    writeHtmlReport(htmlReport.warnings(raised), groups, ports);
    return summary;
  }

  private static void load(Ports ports, SyntheticCustomer customer, Loaded loaded) {
    loaded.customers.add(customer.registration().customer());
    loaded.planted(customer, false);
    if (customer.registration().customer().kind() == io.github.bankcrm.core.customer.CustomerKind.CORPORATE) {
      loaded.companies.add(customer.id());
    } else {
      loaded.people.add(customer.id());
    }
    ports.load.loadAllButAccounts(customer);
    loaded.accounts += customer.accounts().size();
    loaded.balances += customer.accounts().stream().mapToLong(account -> account.balances().size()).sum();
    loaded.loans += customer.loans().size();
    loaded.overdue += customer.loans().stream().filter(SyntheticLoan::isOverdue).count();
    loaded.interactions += customer.interactions().size();
    loaded.complaints += customer.interactions().stream().filter(form -> form.severity() != null).count();
    for (EstablishRelationship relationship : customer.links()) {
      ports.relating.establish(ports.scope, SyntheticBank.LOADER, relationship)
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
   * The HTML report: the builder has the scores and warnings; the corporate groups' exposure is rolled
   * up from the holdings in the database, over the adapter's own relationship views.
   */
  private void writeHtmlReport(BankReportBuilder report, Set<Set<CustomerId>> groups, Ports ports) {
    UnitRollUps rollUps = new UnitRollUps(ports.relationships, ports.accounts, ports.loans);
    for (Set<CustomerId> members : groups) {
      report.corporateGroup(rollUps.totals(ports.scope, members, SyntheticBank.BUSINESS_DATE));
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
   * Queues every pair the scan flagged for review, and carries out the merges the model is sure of: an
   * {@code AUTO_MERGE} pair is decided by the loader and the later record is merged into the earlier one
   * (holdings, interactions, relationships, warnings, lifecycle and service moved with it, recorded in the
   * database's merge records). A pair the merge refuses (companies, conflicting
   * identities) stays decided and is counted by the refusal's code.
   */
  private static Resolution resolve(JdbcCrm crm, Ports ports, ScanReport scan, Loaded loaded) {
    Map<CustomerId, OrganizationUnitId> units = new HashMap<>();
    loaded.customers.forEach(customer -> units.put(customer.id(), customer.owningUnit()));
    MatchReviews reviews = crm.matchReviews();
    MergeExecution merging = new MergeExecution(new CustomerMerge(Survivorship.mostRecent()), crm.customers(),
        ports.accounts, ports.loans, crm.groups(), ports.interactions, ports.relationships, crm.warnings(),
        ports.lifecycles, ports.assignments, crm.mergeRecords());
    Resolution resolution = new Resolution();
    long number = 0;
    for (MatchResult match : scan.matches()) {
      MatchReview review = reviews.save(ports.scope, MatchReview.queue(MatchReviewId.of("MR-" + ++number), match,
              units.get(match.first()), units.get(match.second()), SyntheticBank.LOADER, SyntheticBank.AS_OF))
          .getOrElseThrow(error -> new IllegalStateException("review refused: " + error.code()));
      resolution.queued++;
      if (match.decision() != MatchDecision.AUTO_MERGE) {
        continue;
      }
      review.decide(review.version(), ReviewDecision.MERGE, SyntheticBank.LOADER, SyntheticBank.AS_OF)
          .flatMap(decided -> reviews.save(ports.scope, decided))
          .getOrElseThrow(error -> new IllegalStateException("review decision refused: " + error.code()));
      // customer numbers follow generation order: the earlier record is the original
      boolean firstIsEarlier = match.first().value().compareTo(match.second().value()) < 0;
      CustomerId survivor = firstIsEarlier ? match.first() : match.second();
      CustomerId absorbed = firstIsEarlier ? match.second() : match.first();
      merging.merge(ports.scope, MergeId.of("MG-" + number), survivor, absorbed, SyntheticBank.LOADER,
              SyntheticBank.AS_OF)
          .fold(error -> resolution.mergeRefusals.merge(error.code(), 1L, Long::sum), merged -> {
            resolution.merged++;
            resolution.absorbed.add(absorbed);
            return 1L;
          });
    }
    return resolution;
  }

  /** Every port of the demo, on JDBC, with the flows over them, for the whole bank. */
  private static final class Ports {
    final AccessScope scope;
    final Accounts accounts;
    final LoanContracts loans;
    final Interactions interactions;
    final JdbcRelationships relationships;
    final Lifecycles lifecycles;
    final ServiceAssignments assignments;
    final LifecycleMaintenance lifecycle;
    final RelationshipMaintenance relating;
    final WarningEvaluation warnings;
    final SyntheticLoad load;

    Ports(JdbcCrm crm, AccessScope scope) {
      this.scope = scope;
      this.accounts = crm.accounts();
      this.loans = crm.loanContracts();
      this.interactions = crm.interactions();
      this.relationships = crm.relationships();
      this.lifecycles = crm.lifecycles();
      this.assignments = crm.serviceAssignments();
      HoldingsFacts facts = new HoldingsFacts(accounts, loans, Currency.getInstance("CNY"));
      this.lifecycle = new LifecycleMaintenance(lifecycles, facts);
      AtomicLong numbers = new AtomicLong();
      this.relating = new RelationshipMaintenance(crm.customers(), relationships,
          () -> RelationshipId.of("R-" + numbers.incrementAndGet()), Clock.fixed(SyntheticBank.AS_OF, SyntheticBank.ZONE));
      this.warnings = new WarningEvaluation(crm.warnings(), lifecycles, facts, assignments, interactions,
          SyntheticBank.ZONE);
      this.load = new SyntheticLoad(scope, accounts, loans, interactions, lifecycle);
    }
  }

  /** What the duplicate resolution did. */
  private static final class Resolution {
    final Set<CustomerId> absorbed = new HashSet<>();
    final Map<String, Long> mergeRefusals = new TreeMap<>();
    long queued;
    long merged;

    long mergeRefusalCount() {
      return mergeRefusals.values().stream().mapToLong(Long::longValue).sum();
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
   * @param reviewsQueued pairs queued for review
   * @param merged pairs merged automatically
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
      long reviewsQueued,
      long merged,
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
              + duplicatesFound + " found by the scan, " + otherPairsFlagged + " other pairs flagged, "
              + reviewsQueued + " queued for review, " + merged + " merged",
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
