package io.github.bankcrm.core.warning;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.interaction.ComplaintSeverity;
import java.time.LocalDate;

/**
 * A complaint as a warning reads it: the day it took place and its severity.
 *
 * @param day the day, in the bank's time zone
 * @param severity the severity
 */
public record ComplaintFact(LocalDate day, ComplaintSeverity severity) {

  public ComplaintFact {
    requireNonNull(day, "day");
    requireNonNull(severity, "severity");
  }
}
