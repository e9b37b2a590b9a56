package io.github.bankcrm.examples.cli;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.resolution.ComparisonOutcome;
import io.github.bankcrm.core.resolution.DuplicateScan;
import io.github.bankcrm.core.resolution.FieldComparison;
import io.github.bankcrm.core.resolution.MatchResult;
import io.github.bankcrm.core.resolution.ScanProgress;
import io.github.bankcrm.core.resolution.ScanReport;
import io.github.bankcrm.core.shared.Actor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank-crm dedupe}: duplicate candidates [归户] among the customers of a CSV file. */
@Command(
    name = "dedupe",
    mixinStandardHelpOptions = true,
    description = {
      "Scans the customers of a CSV file (the import format) for duplicates with the SDK's standard",
      "identity resolution (same normalised identity number, same name and birth date, same phone, fuzzy",
      "name) and prints a CSV line per candidate pair, most likely first:",
      "  first,second,decision,score,agreeing_fields",
      "decision is AUTO_MERGE or REVIEW; no personal data is printed. Bad rows are reported on standard",
      "error and left out. Exit 0 when every row was read (whether or not duplicates were found), 1 when",
      "some rows were refused."
    })
final class DedupeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the CSV file")
  Path file;

  @Override
  public Integer call() {
    List<CustomerCsv.Row> rows = CustomerCsv.read(file, Actor.system("bank-crm-dedupe"), Instant.now());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RefusalLog refusals = new RefusalLog(err);
    refusals.refuseBadRows(file, rows);
    List<Customer> customers = rows.stream()
        .filter(CustomerCsv.Accepted.class::isInstance)
        .map(row -> ((CustomerCsv.Accepted) row).registration().customer())
        .toList();
    ScanReport scan = DuplicateScan.standard().run(customers, ScanProgress.SILENT);
    out.println("first,second,decision,score,agreeing_fields");
    scan.matches().stream()
        .sorted(Comparator.comparingDouble(MatchResult::score).reversed()
            .thenComparing(match -> match.first().value()).thenComparing(match -> match.second().value()))
        .forEach(match -> out.println(match.first().value() + "," + match.second().value() + "," + match.decision()
            + "," + String.format(Locale.ROOT, "%.3f", match.score()) + ","
            + match.comparisons().stream()
                .filter(comparison -> comparison.outcome() == ComparisonOutcome.AGREE)
                .map(FieldComparison::field).map(Enum::name).distinct().collect(Collectors.joining("|"))));
    err.println(customers.size() + " customers scanned, " + scan.candidatePairs() + " candidate pairs, decisions "
        + new TreeMap<>(scan.decisions()) + ", " + refusals.count() + " rows refused");
    return refusals.exitCode();
  }
}
