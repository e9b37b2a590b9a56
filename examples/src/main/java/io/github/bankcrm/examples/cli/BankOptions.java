package io.github.bankcrm.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The synthetic bank's size and seed, for the commands that generate one. */
final class BankOptions {

  @Option(names = "--size", defaultValue = "2000", description = "customers, 1 to 10000000 (default: ${DEFAULT-VALUE})")
  int size;

  @Option(names = "--seed", defaultValue = "20261130", description = "the generator's seed (default: ${DEFAULT-VALUE})")
  long seed;

  /**
   * Refuses a size out of range as a usage error.
   *
   * @param spec the command, for the error
   */
  void check(CommandSpec spec) {
    if (size < 1 || size > 10_000_000) {
      throw new ParameterException(spec.commandLine(), "--size is 1 to 10000000");
    }
  }
}
