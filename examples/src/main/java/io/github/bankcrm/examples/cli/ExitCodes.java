package io.github.bankcrm.examples.cli;

/**
 * The exit codes of {@code bank-crm}, the same for every command, so a script can tell what happened
 * without reading the output.
 */
public final class ExitCodes {

  /** Everything was done; no input row or line was refused. */
  public static final int OK = 0;

  /**
   * The command ran to the end but refused some input rows or lines; each is reported on standard error
   * with its line number and reason, and the good ones were processed.
   */
  public static final int REFUSED_ROWS = 1;

  /** The command line is wrong: an unknown command or option, a missing or malformed value. */
  public static final int USAGE = 2;

  /**
   * An input as a whole is unusable: a file is missing or unreadable, a CSV file lacks the header, a
   * model or policy is not valid. Nothing was done.
   */
  public static final int BAD_INPUT = 3;

  /** The database failed: no connection, or an SQL error. What was saved before the failure stays. */
  public static final int DATABASE = 4;

  /** A bug: an unexpected exception, reported with its stack trace. */
  public static final int INTERNAL = 5;

  private ExitCodes() {}
}
