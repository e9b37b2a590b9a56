/**
 * {@code bank-crm}, the command-line tool over the SDK ({@link io.github.bankcrm.examples.cli.BankCrmCli}):
 * generate a synthetic bank's files, import customers from CSV through the JDBC adapter, score
 * snapshots with a model JSON, find duplicates, raise early warnings and write the HTML report. Exit
 * codes are in {@link io.github.bankcrm.examples.cli.ExitCodes}; the formats are in docs/CLI.md.
 */
package io.github.bankcrm.examples.cli;
