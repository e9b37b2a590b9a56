/**
 * The bank report: {@link io.github.bankcrm.examples.report.BankReportBuilder} computes a {@link
 * io.github.bankcrm.examples.report.BankReport} from a run's scores, lifecycles, warnings and corporate
 * groups, and {@link io.github.bankcrm.examples.report.HtmlReport} draws it as one self-contained HTML
 * file with inline SVG charts that loads nothing from the network.
 */
package io.github.bankcrm.examples.report;
