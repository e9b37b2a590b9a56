package io.github.bankcrm.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerUpdate;
import io.github.bankcrm.core.organization.AccessScope;
import io.github.bankcrm.core.organization.OrganizationUnit;
import io.github.bankcrm.core.organization.OrganizationUnitId;
import io.github.bankcrm.core.organization.OrganizationUnits;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.jdbc.BulkResult;
import io.github.bankcrm.jdbc.JdbcCrm;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank-crm import}: customers from CSV into the database, bad rows reported, good rows kept. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Registers the customers of a CSV file (format: docs/CLI.md) in the database through the JDBC",
      "adapter, migrating its schema first and adding the demo organisation (HO, four branches, six",
      "sub-branches) if it is missing. Each bad row is reported on standard error as FILE:LINE and every",
      "reason; the good rows are saved. Exit 0 when every row was saved, 1 when some were refused."
    })
final class ImportCommand implements Callable<Integer> {

  private static final int CHUNK = 500;

  @Spec CommandSpec spec;

  @Mixin DatabaseOptions database;

  @Parameters(paramLabel = "FILE", description = "the CSV file")
  Path file;

  @Override
  public Integer call() {
    List<CustomerCsv.Row> rows = CustomerCsv.read(file, Actor.system("bank-crm-import"), Instant.now());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RefusalLog refusals = new RefusalLog(err);
    refusals.refuseBadRows(file, rows);
    Map<CustomerId, Long> lines = new HashMap<>();
    List<CustomerUpdate> good = rows.stream()
        .filter(CustomerCsv.Accepted.class::isInstance)
        .map(CustomerCsv.Accepted.class::cast)
        .peek(row -> lines.put(row.registration().customer().id(), row.line()))
        .map(CustomerCsv.Accepted::registration)
        .toList();
    BulkResult<CustomerId, CustomerError> result;
    try (HikariDataSource pool = database.open()) {
      JdbcCrm.migrate(pool);
      JdbcCrm crm = JdbcCrm.on(pool);
      OrganizationUnits units = crm.organizationUnits();
      for (OrganizationUnit unit : new SyntheticBank(SyntheticBank.Config.of(1, 1)).units()) {
        if (units.findById(unit.id()).isEmpty()) {
          units.add(unit);
        }
      }
      AccessScope bankWide = AccessScope.of(units.hierarchy(), List.of(OrganizationUnitId.of("HO")));
      result = crm.customers().registerAll(bankWide, good, CHUNK, (processed, saved, notSaved) -> { });
    }
    for (BulkResult.Refusal<CustomerId, CustomerError> refusal : result.refused()) {
      refusals.refuse(file, lines.get(refusal.id()),
          List.of(refusal.error().message() + " [" + refusal.error().code() + "]"));
    }
    out.println("imported " + result.saved() + ", refused " + refusals.count() + " of " + rows.size() + " rows");
    return refusals.exitCode();
  }
}
