package io.github.bankcrm.examples.cli;

import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.scoring.model.ScoringModel;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.Reason;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bank-crm score}: the value of each snapshot with a model JSON. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores customer snapshots (one JSON a line, as generate writes them) with a scoring model JSON",
      "(docs/SCORING.md) and prints a CSV line per customer:",
      "  customer,score,tier,annual_contribution,lifetime_value,loss_making,reasons",
      "amounts in minor units of the model's reporting currency, reasons as codes separated by '|'.",
      "A line that is not a snapshot, or that the scorer refuses, is reported on standard error with its",
      "line number and reason. Exit 0 when every line was scored, 1 when some were refused, 3 when the",
      "model is not valid (every problem listed)."
    })
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", defaultValue = "default",
      description = "the model JSON file, or 'default' for the model crm-scoring ships (default: ${DEFAULT-VALUE})")
  String model;

  @Parameters(paramLabel = "SNAPSHOTS", description = "the snapshots file, one JSON a line")
  Path snapshots;

  @Override
  public Integer call() {
    ValueScorer scorer = ValueScorer.of(model());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RefusalLog refusals = new RefusalLog(err);
    long[] scored = {0};
    out.println("customer,score,tier,annual_contribution,lifetime_value,loss_making,reasons");
    JsonLines.read(snapshots, CustomerSnapshot.class, (line, snapshot, problem) -> {
      if (snapshot == null) {
        refusals.refuse(snapshots, line, List.of(problem));
        return;
      }
      scorer.score(snapshot).fold(
          error -> {
            refusals.refuse(snapshots, line, reasons(error));
            return null;
          },
          score -> {
            scored[0]++;
            out.println(score.customerId().value() + "," + score.score() + "," + score.tier() + ","
                + score.annualContribution() + "," + score.lifetimeValue() + "," + score.isLossMaking() + ","
                + score.explanation().reasons().stream().map(Reason::code).collect(Collectors.joining("|")));
            return null;
          });
    });
    err.println("scored " + scored[0] + ", refused " + refusals.count() + " with model " + scorer.model().shortForm());
    return refusals.exitCode();
  }

  private ScoringModel model() {
    if (model.equals("default")) {
      return ScoringModels.defaultModel();
    }
    String json = JsonLines.readText(Path.of(model));
    Validation<Seq<FieldError>, ScoringModel> loaded = ScoringModels.load(json);
    if (loaded.isInvalid()) {
      throw new InputProblem(model + ": not a valid scoring model: "
          + loaded.getError().map(CustomerCsv::reason).mkString("; "));
    }
    return loaded.get();
  }

  private static List<String> reasons(ScoringError error) {
    if (error instanceof ScoringError.InvalidSnapshot invalid) {
      return invalid.errors().stream().map(CustomerCsv::reason).toList();
    }
    return List.of(error.message() + " [" + error.code() + "]");
  }
}
