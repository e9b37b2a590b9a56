package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.shared.Actor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random sequences of commands, policy moves and stale saves against one customer's lifecycle: the
 * customer is always in exactly one defined stage, the log replays to it and its events do too, every
 * accepted command was allowed by the table and passed its guard, and every refusal is the right one.
 */
class LifecycleChainProperties {

  static final CustomerId CUSTOMER = CustomerId.of("C1");
  static final PolicyVersion POLICY = new PolicyVersion("chain", 1);

  /** The state of the chain: the lifecycle and every event it produced. */
  static final class Model {
    CustomerLifecycle lifecycle = LifecycleFixture.prospect(CUSTOMER).lifecycle();
    final List<LifecycleEvent> events = new ArrayList<>(LifecycleFixture.prospect(CUSTOMER).events());
    int accepted;

    void accept(LifecycleUpdate update) {
      lifecycle = update.lifecycle();
      events.addAll(update.events());
      accepted++;
    }

    @Override
    public String toString() {
      return lifecycle.toString();
    }
  }

  @Property(tries = 300)
  void random_command_sequences_keep_every_invariant(@ForAll("chains") ActionChain<Model> chain) {
    chain
        .withInvariant("one defined stage", model -> assertThat(EnumSet.allOf(LifecycleStage.class)).contains(model.lifecycle.stage()))
        .withInvariant("log replays to the stage", model ->
            assertThat(CustomerLifecycle.replay(model.lifecycle.transitions())).isEqualTo(model.lifecycle.stage()))
        .withInvariant("version counts the log", model ->
            assertThat(model.lifecycle.version()).isEqualTo(model.lifecycle.transitions().size()).isEqualTo(model.accepted + 1))
        .withInvariant("events replay to the stage", model -> assertThat(replayEvents(model.events)).isEqualTo(model.lifecycle.stage()))
        .run();
  }

  static LifecycleStage replayEvents(List<LifecycleEvent> events) {
    LifecycleStage stage = null;
    for (LifecycleEvent event : events) {
      if (event instanceof LifecycleEvent.LifecycleStarted started) {
        assertThat(stage).isNull();
        stage = started.stage();
      } else if (event instanceof LifecycleEvent.StageChanged changed) {
        assertThat(changed.from()).isEqualTo(stage);
        stage = changed.to();
      }
    }
    return stage;
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    return ActionChain.startWith(Model::new)
        .withAction(4, new Command())
        .withAction(2, new PolicyMove())
        .withAction(1, new StaleCommand())
        .withMaxTransformations(40);
  }

  static Arbitrary<HoldingsPosition> positions() {
    Arbitrary<List<AccountId>> accounts = Arbitraries.of("A-1", "A-2", "A-3").map(AccountId::of).list().uniqueElements().ofMaxSize(2);
    Arbitrary<List<LoanContractId>> loans = Arbitraries.of("L-1", "L-2").map(LoanContractId::of).list().uniqueElements().ofMaxSize(1);
    return Combinators.combine(accounts, loans).as((a, l) -> new HoldingsPosition(CUSTOMER, a, l));
  }

  /** Any command with any holdings: accepted exactly when the table and the guard allow it. */
  static final class Command implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Combinators.combine(Arbitraries.of(LifecycleCommand.class), positions())
          .as((command, position) -> Transformer.mutate(command + " holding " + position, model -> {
            CustomerLifecycle before = model.lifecycle;
            var target = LifecycleTransitions.target(before.stage(), command);
            boolean guardHolds = LifecycleTransitions.guard(command).holds(position);
            var result = before.command(before.version(), command, position, null, Actor.of("rm-1"), NOW);
            if (target.isEmpty()) {
              assertThat(result.getLeft()).isInstanceOf(LifecycleError.InvalidTransition.class);
              assertThat(((LifecycleError.InvalidTransition) result.getLeft()).allowed())
                  .isEqualTo(LifecycleTransitions.allowedFrom(before.stage()));
            } else if (!guardHolds) {
              assertThat(result.getLeft())
                  .isEqualTo(new LifecycleError.GuardRefused(CUSTOMER, command, LifecycleTransitions.guard(command),
                      position.openAccountIds(), position.outstandingLoanIds()));
            } else {
              assertThat(result.get().lifecycle().stage()).isEqualTo(target.get());
              model.accept(result.get());
            }
          }));
    }
  }

  /** A policy proposal to any stage: accepted exactly when a policy may make that move. */
  static final class PolicyMove implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Arbitraries.of(LifecycleStage.class)
          .filter(to -> to != state.lifecycle.stage())
          .map(to -> Transformer.mutate("policy -> " + to, model -> {
            CustomerLifecycle before = model.lifecycle;
            ProposedMove move = new ProposedMove(CUSTOMER, before.stage(), to, POLICY, "chain_rule", List.of());
            var result = before.applyPolicy(before.version(), move, Actor.system("batch"), NOW);
            assertThat(result.isRight()).isEqualTo(LifecycleTransitions.policyMayMove(before.stage(), to));
            result.forEach(model::accept);
          }));
    }
  }

  /** A command based on an old version is always a conflict and changes nothing. */
  static final class StaleCommand extends Action.JustMutate<Model> {
    @Override
    public void mutate(Model model) {
      CustomerLifecycle before = model.lifecycle;
      var result = before.command(before.version() - 1, LifecycleCommand.REOPEN,
          HoldingsPosition.nothing(CUSTOMER), null, Actor.of("rm-1"), NOW);
      assertThat(result.getLeft()).isEqualTo(new LifecycleError.VersionConflict(CUSTOMER, before.version() - 1, before.version()));
    }

    @Override
    public String description() {
      return "stale command";
    }
  }
}
