package io.github.bankcrm.examples.cli;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bankcrm.core.warning.FactorReading;
import io.github.bankcrm.core.warning.WarningFacts;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank-crm warnings}: early warnings [监控预警] from customers' facts and a warning policy. */
@Command(
    name = "warnings",
    mixinStandardHelpOptions = true,
    description = {
      "Assesses each customer's early-warning facts (one JSON a line, as generate writes them) with a",
      "warning policy JSON and prints a CSV line per customer at risk:",
      "  customer,level,points,factors",
      "factors as FACTOR=value/threshold:points separated by '|'. A line that is not a facts document is",
      "reported on standard error with its line number. Exit 0 when every line was assessed, 1 when some",
      "were refused, 3 when the policy is not valid."
    })
final class WarningsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--policy", defaultValue = "default",
      description = "the warning policy JSON file, or 'default' for the demo's policy (default: ${DEFAULT-VALUE})")
  String policy;

  @Parameters(paramLabel = "FACTS", description = "the facts file, one JSON a line")
  Path facts;

  @Override
  public Integer call() {
    WarningPolicy rules = policy();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RefusalLog refusals = new RefusalLog(err);
    long[] assessed = {0};
    Map<WarningLevel, Long> levels = new EnumMap<>(WarningLevel.class);
    out.println("customer,level,points,factors");
    JsonLines.read(facts, WarningFacts.class, (line, fact, problem) -> {
      if (fact == null) {
        refusals.refuse(facts, line, List.of(problem));
        return;
      }
      assessed[0]++;
      rules.assess(fact).ifPresent(assessment -> {
        levels.merge(assessment.level(), 1L, Long::sum);
        out.println(assessment.customerId().value() + "," + assessment.level() + "," + assessment.points() + ","
            + assessment.readings().stream().map(WarningsCommand::reading).collect(Collectors.joining("|")));
      });
    });
    err.println("assessed " + assessed[0] + ", refused " + refusals.count() + ", warnings " + levels
        + " with policy " + rules.policyVersion());
    return refusals.exitCode();
  }

  private static String reading(FactorReading reading) {
    return reading.factor() + "=" + reading.value().toPlainString() + "/" + reading.threshold().toPlainString()
        + ":" + reading.points();
  }

  private WarningPolicy policy() {
    ObjectMapper json = JsonLines.JSON;
    WarningPolicy read;
    try {
      if (policy.equals("default")) {
        try (InputStream in = WarningsCommand.class.getClassLoader().getResourceAsStream("bank/warning-policy.json")) {
          read = json.readValue(requireNonNull(in, "the default warning policy is missing from the jar"), WarningPolicy.class);
        }
      } else {
        read = json.readValue(JsonLines.readText(Path.of(policy)), WarningPolicy.class);
      }
    } catch (IOException e) {
      // Jackson's message may quote the file: keep only the kind of problem
      throw new InputProblem(policy + ": not a warning policy (" + e.getClass().getSimpleName() + ")", e);
    }
    if (read == null) {
      throw new InputProblem(policy + ": not a warning policy (the file holds JSON null)");
    }
    var valid = read.validate();
    if (valid.isInvalid()) {
      throw new InputProblem(policy + ": not a valid warning policy: "
          + valid.getError().map(CustomerCsv::reason).mkString("; "));
    }
    return read;
  }
}
