/**
 * A synthetic bank for demos, load tests and benchmarks: {@link
 * io.github.bankcrm.examples.bank.SyntheticBank} streams individual and corporate customers with valid
 * identity numbers, households, corporate ownership chains, accounts with balance histories, loans
 * (some overdue), interactions, complaints and planted duplicates, deterministically from a seed;
 * {@link io.github.bankcrm.examples.bank.BankDemo} runs the whole CRM over it.
 */
package io.github.bankcrm.examples.bank;
