package io.github.bankcrm.examples.cli;

/**
 * An input that cannot be used at all (a missing file, a CSV file without its header, an invalid
 * model): the command stops with {@link ExitCodes#BAD_INPUT} and this message, which names the file
 * and the problem but never a row's personal data.
 */
final class InputProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InputProblem(String message) {
    super(message, null, false, false);
  }

  InputProblem(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
