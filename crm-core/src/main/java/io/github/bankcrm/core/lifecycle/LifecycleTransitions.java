package io.github.bankcrm.core.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of allowed lifecycle moves, as data rather than if-chains: for every {@link
 * LifecycleCommand} the stages it may start from, the stage it leads to and its {@link LifecycleGuard};
 * and the stages a {@link LifecyclePolicy} may move a customer between.
 *
 * <table>
 *   <caption>Commanded moves</caption>
 *   <tr><th>command</th><th>from</th><th>to</th><th>guard</th></tr>
 *   <tr><td>OPEN_FIRST_PRODUCT</td><td>PROSPECT</td><td>ONBOARDING</td><td>HOLDS_A_PRODUCT</td></tr>
 *   <tr><td>COMPLETE_ONBOARDING</td><td>ONBOARDING</td><td>GROWING</td><td>HOLDS_A_PRODUCT</td></tr>
 *   <tr><td>CLOSE_RELATIONSHIP</td><td>every active stage</td><td>CLOSED</td><td>NOTHING_OPEN</td></tr>
 *   <tr><td>REJECT_PROSPECT</td><td>PROSPECT</td><td>REJECTED</td><td>NOTHING_OPEN</td></tr>
 *   <tr><td>REOPEN</td><td>CLOSED, REJECTED</td><td>PROSPECT</td><td>NONE</td></tr>
 *   <tr><td>WIN_BACK</td><td>DECLINING, DORMANT, CHURNED</td><td>GROWING</td><td>HOLDS_A_PRODUCT</td></tr>
 * </table>
 *
 * <p>Policy moves go from an active stage ({@link LifecycleStage#isActiveRelationship()}) to one of
 * GROWING, MATURE, DECLINING, DORMANT, CHURNED. Prospects, closed and rejected customers move only by
 * command: behaviour cannot open or end a relationship.
 */
public final class LifecycleTransitions {

  private record Row(Set<LifecycleStage> from, LifecycleStage to, LifecycleGuard guard) {}

  private static final Map<LifecycleCommand, Row> COMMANDS = new EnumMap<>(LifecycleCommand.class);

  private static final Set<LifecycleStage> ACTIVE =
      EnumSet.of(
          LifecycleStage.ONBOARDING,
          LifecycleStage.GROWING,
          LifecycleStage.MATURE,
          LifecycleStage.DECLINING,
          LifecycleStage.DORMANT,
          LifecycleStage.CHURNED);

  private static final Set<LifecycleStage> POLICY_TARGETS =
      EnumSet.of(
          LifecycleStage.GROWING,
          LifecycleStage.MATURE,
          LifecycleStage.DECLINING,
          LifecycleStage.DORMANT,
          LifecycleStage.CHURNED);

  static {
    row(LifecycleCommand.OPEN_FIRST_PRODUCT, EnumSet.of(LifecycleStage.PROSPECT),
        LifecycleStage.ONBOARDING, LifecycleGuard.HOLDS_A_PRODUCT);
    row(LifecycleCommand.COMPLETE_ONBOARDING, EnumSet.of(LifecycleStage.ONBOARDING),
        LifecycleStage.GROWING, LifecycleGuard.HOLDS_A_PRODUCT);
    row(LifecycleCommand.CLOSE_RELATIONSHIP, ACTIVE, LifecycleStage.CLOSED, LifecycleGuard.NOTHING_OPEN);
    row(LifecycleCommand.REJECT_PROSPECT, EnumSet.of(LifecycleStage.PROSPECT),
        LifecycleStage.REJECTED, LifecycleGuard.NOTHING_OPEN);
    row(LifecycleCommand.REOPEN, EnumSet.of(LifecycleStage.CLOSED, LifecycleStage.REJECTED),
        LifecycleStage.PROSPECT, LifecycleGuard.NONE);
    row(LifecycleCommand.WIN_BACK,
        EnumSet.of(LifecycleStage.DECLINING, LifecycleStage.DORMANT, LifecycleStage.CHURNED),
        LifecycleStage.GROWING, LifecycleGuard.HOLDS_A_PRODUCT);
  }

  private LifecycleTransitions() {}

  private static void row(
      LifecycleCommand command, Set<LifecycleStage> from, LifecycleStage to, LifecycleGuard guard) {
    COMMANDS.put(command, new Row(Set.copyOf(from), to, guard));
  }

  /**
   * The stage a command leads to from a stage.
   *
   * @param from the current stage
   * @param command the command
   * @return the target, or empty if the table does not allow the command from {@code from}
   */
  public static Optional<LifecycleStage> target(LifecycleStage from, LifecycleCommand command) {
    requireNonNull(from, "from");
    Row row = COMMANDS.get(requireNonNull(command, "command"));
    return row.from().contains(from) ? Optional.of(row.to()) : Optional.empty();
  }

  /**
   * The guard a command must pass.
   *
   * @param command the command
   * @return its guard
   */
  public static LifecycleGuard guard(LifecycleCommand command) {
    return COMMANDS.get(requireNonNull(command, "command")).guard();
  }

  /**
   * Every commanded move allowed from a stage, in command order.
   *
   * @param from the current stage
   * @return the moves; empty for none
   */
  public static List<AllowedMove> allowedFrom(LifecycleStage from) {
    requireNonNull(from, "from");
    return COMMANDS.entrySet().stream()
        .filter(entry -> entry.getValue().from().contains(from))
        .map(entry -> new AllowedMove(entry.getKey(), entry.getValue().to()))
        .toList();
  }

  /**
   * Whether a policy may move a customer between two stages.
   *
   * @param from the current stage
   * @param to the proposed stage
   * @return whether {@code from} is active, {@code to} a policy target, and they differ
   */
  public static boolean policyMayMove(LifecycleStage from, LifecycleStage to) {
    return from != to && ACTIVE.contains(from) && POLICY_TARGETS.contains(to);
  }

  /**
   * The stages a policy rule may name as its target.
   *
   * @return GROWING, MATURE, DECLINING, DORMANT and CHURNED
   */
  public static Set<LifecycleStage> policyTargets() {
    return Set.copyOf(POLICY_TARGETS);
  }

  /**
   * The stages a new lifecycle may start in: a prospect, or a customer who opens a product at once.
   *
   * @param stage the stage
   * @return whether it is PROSPECT or ONBOARDING
   */
  public static boolean mayStartIn(LifecycleStage stage) {
    return stage == LifecycleStage.PROSPECT || stage == LifecycleStage.ONBOARDING;
  }
}
