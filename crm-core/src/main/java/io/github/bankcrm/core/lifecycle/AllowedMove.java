package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

/**
 * One commanded move the table allows from a stage: the command and the stage it leads to.
 *
 * @param command the command
 * @param to the stage it moves the customer to
 */
public record AllowedMove(LifecycleCommand command, LifecycleStage to) {

  public AllowedMove {
    requireNonNull(command, "command");
    requireNonNull(to, "to");
  }
}
