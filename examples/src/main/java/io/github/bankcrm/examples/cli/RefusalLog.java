package io.github.bankcrm.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The refused input lines of one command: each reported on standard error as {@code
 * FILE:LINE: refused: reason; reason…}, counted for the summary and the exit code.
 */
final class RefusalLog {

  private final PrintWriter err;
  private long count;

  RefusalLog(PrintWriter err) {
    this.err = requireNonNull(err, "err");
  }

  /**
   * Reports a refused line.
   *
   * @param file the input file
   * @param line the line number, from 1
   * @param reasons every reason, none repeating a value
   */
  void refuse(Path file, long line, List<String> reasons) {
    count++;
    err.println(file + ":" + line + ": refused: " + String.join("; ", reasons));
  }

  /**
   * Reports the refused rows of a CSV file.
   *
   * @param file the file
   * @param rows its rows
   */
  void refuseBadRows(Path file, List<CustomerCsv.Row> rows) {
    for (CustomerCsv.Row row : rows) {
      if (row instanceof CustomerCsv.Refused bad) {
        refuse(file, bad.line(), bad.reasons());
      }
    }
  }

  /** How many lines were refused. */
  long count() {
    return count;
  }

  /** {@link ExitCodes#OK} when nothing was refused, {@link ExitCodes#REFUSED_ROWS} otherwise. */
  int exitCode() {
    return count == 0 ? ExitCodes.OK : ExitCodes.REFUSED_ROWS;
  }
}
