package io.github.bankcrm.examples.cli;

import io.github.bankcrm.core.shared.CrmStorageException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bank-crm}: the SDK from the command line. Commands: {@code generate}, {@code import}, {@code
 * score}, {@code dedupe}, {@code warnings}, {@code report}; {@code --help} on each. The exit codes are
 * {@link ExitCodes}; docs/CLI.md has the formats and examples.
 */
@Command(
    name = "bank-crm",
    mixinStandardHelpOptions = true,
    version = "bank-crm 0.1.0-SNAPSHOT",
    description = "The Bank CRM SDK from the command line: a synthetic bank, CSV import, scoring, "
        + "duplicates, early warnings and the HTML report.",
    subcommands = {
      GenerateCommand.class,
      ImportCommand.class,
      ScoreCommand.class,
      DedupeCommand.class,
      WarningsCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes (every command):%n",
    exitCodeList = {
      "0:done; no input row was refused",
      "1:done, but some input rows were refused (each on standard error with its line number and reason)",
      "2:usage error: unknown command or option, missing or malformed value",
      "3:unusable input: missing file, CSV without its header, invalid model or policy",
      "4:database failure",
      "5:internal error (a bug)"
    })
public final class BankCrmCli implements Runnable {

  @Spec CommandSpec spec;

  /** Without a command: a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command: generate, import, score, dedupe, warnings, report");
  }

  /**
   * Runs a command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(out, err, args));
  }

  /**
   * Runs a command without exiting, for tests and for embedding.
   *
   * @param out where results go
   * @param err where refusals, progress and errors go
   * @param args the command line
   * @return the exit code, one of {@link ExitCodes}
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new BankCrmCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    cli.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
    cli.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
      PrintWriter errors = commandLine.getErr();
      if (exception instanceof InputProblem problem) {
        errors.println("bank-crm " + commandLine.getCommandName() + ": " + problem.getMessage());
        return ExitCodes.BAD_INPUT;
      }
      if (exception instanceof UncheckedIOException io) {
        errors.println("bank-crm " + commandLine.getCommandName() + ": cannot read or write a file: "
            + io.getCause().getMessage());
        return ExitCodes.BAD_INPUT;
      }
      if (exception instanceof CrmStorageException || causedBySql(exception)) {
        errors.println("bank-crm " + commandLine.getCommandName() + ": database failure: " + exception.getMessage());
        return ExitCodes.DATABASE;
      }
      errors.println("bank-crm " + commandLine.getCommandName() + ": internal error");
      exception.printStackTrace(errors);
      return ExitCodes.INTERNAL;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static boolean causedBySql(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }
}
