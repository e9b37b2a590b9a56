package io.github.bankcrm.examples.cli;

import com.zaxxer.hikari.HikariDataSource;
import io.github.bankcrm.examples.bank.BankDemo;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bank-crm report}: the whole pipeline on a synthetic bank, ending in the HTML report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the main demo (BankDemo) on a synthetic bank: save through the JDBC adapter, resolve",
      "duplicates, households and groups, lifecycle, value scoring, early warnings; then writes the HTML",
      "report (one self-contained file, charts as inline SVG, nothing loaded from the network) and the",
      "Markdown summary next to it. Progress goes to standard error; the report's path to standard output."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin BankOptions bank;

  @Option(names = {"-o", "--out"}, defaultValue = "bank/report.html",
      description = "the HTML report; the .md summary goes next to it (default: ${DEFAULT-VALUE})")
  Path report;

  @Option(names = "--jdbc-url", defaultValue = BankDemo.Options.EMBEDDED,
      description = "an empty database: H2 or PostgreSQL (default: an in-memory H2)")
  String url;

  @Option(names = "--user", description = "the database user")
  String user;

  @Option(names = "--password", description = "the database password")
  String password;

  @Override
  public Integer call() {
    bank.check(spec);
    String html = report.toString();
    if (!html.endsWith(".html")) {
      throw new ParameterException(spec.commandLine(), "--out names a .html file");
    }
    BankDemo.Options options = new BankDemo.Options(bank.seed, bank.size, url, user, password,
        html.substring(0, html.length() - ".html".length()) + ".md");
    try (HikariDataSource pool = DatabaseOptions.pool(url, user, password);
        PrintStream progress = new PrintStream(new LineForwarder(spec.commandLine().getErr()), true, StandardCharsets.UTF_8)) {
      new BankDemo(pool, options, progress, false).run();
    }
    spec.commandLine().getOut().println(Path.of(options.htmlReport()).toAbsolutePath());
    return ExitCodes.OK;
  }

  /** Passes the demo's printed lines to a writer, decoding each whole line as UTF-8. */
  private static final class LineForwarder extends OutputStream {
    private final PrintWriter target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LineForwarder(PrintWriter target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        flush();
      }
    }

    @Override
    public void flush() {
      target.print(line.toString(StandardCharsets.UTF_8));
      target.flush();
      line.reset();
    }
  }
}
