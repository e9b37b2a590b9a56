package io.github.bankcrm.examples.cli;

import io.github.bankcrm.core.customer.Customers;
import io.github.bankcrm.core.lifecycle.HoldingsFacts;
import io.github.bankcrm.core.inmemory.InMemoryAccounts;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryInteractions;
import io.github.bankcrm.core.inmemory.InMemoryLifecycles;
import io.github.bankcrm.core.inmemory.InMemoryLoanContracts;
import io.github.bankcrm.core.inmemory.InMemoryOrganizationUnits;
import io.github.bankcrm.core.inmemory.InMemoryServiceAssignments;
import io.github.bankcrm.core.inmemory.InMemoryWarnings;
import io.github.bankcrm.core.lifecycle.LifecycleMaintenance;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.Lifecycles;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.warning.WarningEvaluation;
import io.github.bankcrm.core.warning.WarningFacts;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.examples.bank.SyntheticCustomer;
import io.github.bankcrm.examples.bank.SyntheticLoad;
import io.github.bankcrm.examples.bank.ValueSnapshots;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bank-crm generate}: a synthetic bank's input files, deterministic from a seed. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic bank (deterministic from --seed) as the other commands' inputs:",
      "  customers.csv        the customers, in the import format (docs/CLI.md)",
      "  snapshots.jsonl      a scoring snapshot per customer, one JSON a line (for score)",
      "  warning-facts.jsonl  the early-warning facts per customer, one JSON a line (for warnings)",
      "The data is synthetic but looks real (valid identity numbers): treat the files as personal data."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin BankOptions bank;

  @Option(names = {"-o", "--out-dir"}, defaultValue = "bank", description = "the directory to write (default: ${DEFAULT-VALUE})")
  Path directory;

  @Override
  public Integer call() throws IOException {
    this.bank.check(spec);
    SyntheticBank bank = new SyntheticBank(SyntheticBank.Config.of(this.bank.seed, this.bank.size));
    Files.createDirectories(directory);
    InMemoryOrganizationUnits units = new InMemoryOrganizationUnits();
    bank.units().forEach(units::add);
    AccessScope bankWide = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("HO")));
    long[] written = {0};
    try (BufferedWriter customers = Files.newBufferedWriter(directory.resolve("customers.csv"), StandardCharsets.UTF_8);
        CSVPrinter csv = CustomerCsv.printer(customers);
        BufferedWriter snapshots = Files.newBufferedWriter(directory.resolve("snapshots.jsonl"), StandardCharsets.UTF_8);
        BufferedWriter facts = Files.newBufferedWriter(directory.resolve("warning-facts.jsonl"), StandardCharsets.UTF_8)) {
      bank.customers().forEach(customer -> {
        CustomerCsv.print(csv, customer.registration().customer());
        Loaded loaded = new Loaded(bankWide, customer);
        LifecycleStage stage = loaded.lifecycles.find(bankWide, customer.id()).orElseThrow().stage();
        try {
          snapshots.write(JsonLines.line(ValueSnapshots.of(customer, stage)));
          snapshots.newLine();
          facts.write(JsonLines.line(loaded.facts()));
          facts.newLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        written[0]++;
      });
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("wrote " + written[0] + " customers (seed " + this.bank.seed + ") to " + directory.resolve("customers.csv") + ", "
        + directory.resolve("snapshots.jsonl") + " and " + directory.resolve("warning-facts.jsonl"));
    return ExitCodes.OK;
  }

  /**
   * One customer loaded into its own in-memory stores, so that its early-warning facts are read by the
   * SDK's own {@link WarningEvaluation#factsOf} rather than recomputed here.
   */
  private static final class Loaded {
    final AccessScope scope;
    final SyntheticCustomer customer;
    final Customers mirror = new InMemoryCustomers();
    final InMemoryAccounts accounts = new InMemoryAccounts(mirror);
    final InMemoryLoanContracts loans = new InMemoryLoanContracts(mirror);
    final InMemoryInteractions interactions = new InMemoryInteractions(mirror);
    final Lifecycles lifecycles = new InMemoryLifecycles(mirror);
    final HoldingsFacts holdings = new HoldingsFacts(accounts, loans, Currency.getInstance("CNY"));

    Loaded(AccessScope scope, SyntheticCustomer customer) {
      this.scope = scope;
      this.customer = customer;
      mirror.save(scope, customer.registration()).get();
      new SyntheticLoad(scope, accounts, loans, interactions, new LifecycleMaintenance(lifecycles, holdings))
          .load(customer);
    }

    WarningFacts facts() {
      return new WarningEvaluation(new InMemoryWarnings(mirror), lifecycles, holdings,
              new InMemoryServiceAssignments(mirror), interactions, SyntheticBank.ZONE)
          .factsOf(scope, customer.id(), SyntheticBank.BUSINESS_DATE, Set.of());
    }
  }
}
