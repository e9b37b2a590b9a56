package io.github.bankcrm.core.warning;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.warning.WarningFixture.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerStoreFixture;
import io.github.bankcrm.core.inmemory.InMemoryCustomers;
import io.github.bankcrm.core.inmemory.InMemoryWarnings;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.shared.Actor;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The follow-up workflow under random steps: no step is skipped (the log always replays through the
 * table), a resolved or lost warning never changes again, and through the port a customer never has two
 * open warnings while re-evaluations and closings interleave.
 */
class WarningWorkflowProperties {

  static final CustomerId CUSTOMER = CustomerId.of("C1");
  static final Actor ACTOR = Actor.of("rm-1");

  /** One warning and the snapshot it had when it was closed, if it was. */
  static final class Model {
    EarlyWarning warning = EarlyWarning.raise(WarningId.of("W1"),
        WarningFixture.assessment(CUSTOMER, WarningFactor.COMPLAINTS, 25, WarningLevel.LOW), ACTOR, NOW).warning();
    EarlyWarning closedAs;

    @Override
    public String toString() {
      return warning.toString();
    }
  }

  enum Step { ACKNOWLEDGE, ASSIGN, ESCALATE, RESOLVE, LOSE, REASSESS, STALE }

  @Property(tries = 300)
  void random_steps_never_skip_and_never_reopen(@ForAll("workflows") ActionChain<Model> chain) {
    chain
        .withInvariant("the log replays to the state", model ->
            assertThat(EarlyWarning.replay(model.warning.log())).isEqualTo(model.warning.state()))
        .withInvariant("the version counts the log", model ->
            assertThat(model.warning.version()).isEqualTo(model.warning.log().size()))
        .withInvariant("a closed warning stays as it was closed", model -> {
          if (model.closedAs != null) {
            assertThat(model.warning).isEqualTo(model.closedAs);
          }
        })
        .run();
  }

  @Provide
  Arbitrary<ActionChain<Model>> workflows() {
    return ActionChain.startWith(Model::new).withAction(new RandomStep()).withMaxTransformations(30);
  }

  /** Any step with any arguments: accepted exactly when the table allows it from the current state. */
  static final class RandomStep implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Combinators.combine(Arbitraries.of(Step.class), Arbitraries.integers().between(-3, 10),
              Arbitraries.of(WarningLevel.class))
          .as((step, days, level) -> Transformer.mutate(step + " " + days + " " + level, model -> {
            EarlyWarning before = model.warning;
            long version = before.version();
            Either<WarningError, WarningUpdate> result = switch (step) {
              case ACKNOWLEDGE -> before.acknowledge(version, null, ACTOR, NOW);
              case ASSIGN -> before.assign(version, RelationshipManagerId.of("RM" + Math.abs(days)), AS_OF.plusDays(days), null, ACTOR, NOW);
              case ESCALATE -> before.escalate(version, AS_OF.plusDays(days), ACTOR, NOW);
              case RESOLVE -> before.resolve(version, "done", ACTOR, NOW);
              case LOSE -> before.markLost(version, null, ACTOR, NOW);
              case REASSESS -> before.reassess(version, WarningFixture.assessment(CUSTOMER, WarningFactor.LOAN_OVERDUE, 30, level), ACTOR, NOW);
              case STALE -> before.acknowledge(version - 1, null, ACTOR, NOW);
            };
            if (!before.isOpen() || step == Step.STALE) {
              assertThat(result.isLeft()).as("a closed warning or a stale version takes no step").isTrue();
              return;
            }
            result.forEach(update -> {
              WarningLogEntry last = update.warning().log().get(update.warning().log().size() - 1);
              assertThat(last.step().from(before.state())).contains(update.warning().state());
              model.warning = update.warning();
              if (!update.warning().isOpen()) {
                model.closedAs = update.warning();
              }
            });
          }));
    }
  }

  @Property(tries = 100)
  void through_the_port_a_customer_never_has_two_open_warnings(
      @ForAll("operations") List<Integer> operations) {
    Warnings warnings = new InMemoryWarnings(CustomerStoreFixture.withFourCustomers(new InMemoryCustomers()));
    Map<WarningId, EarlyWarning> closed = new HashMap<>();
    List<CustomerId> customers = List.of(CustomerStoreFixture.C1, CustomerStoreFixture.C2);
    int number = 0;
    for (int operation : operations) {
      CustomerId customer = customers.get(Math.abs(operation) % 2);
      var open = warnings.findOpen(CustomerStoreFixture.HEAD_OFFICE, customer);
      if (operation >= 0) {
        WarningAssessment assessment = WarningFixture.assessment(customer, WarningFactor.values()[operation % 7], 20 + operation, WarningLevel.values()[operation % 4]);
        WarningUpdate update = open.isPresent()
            ? open.get().reassess(open.get().version(), assessment, ACTOR, NOW).get()
            : EarlyWarning.raise(WarningId.of("W" + number++), assessment, ACTOR, NOW);
        assertThat(warnings.save(CustomerStoreFixture.HEAD_OFFICE, update).isRight()).isTrue();
        // a raise while one is open is always refused
        assertThat(warnings.save(CustomerStoreFixture.HEAD_OFFICE,
            EarlyWarning.raise(WarningId.of("X" + number++), assessment, ACTOR, NOW)).getLeft().code()).isEqualTo("open_warning_exists");
      } else if (open.isPresent()) {
        EarlyWarning warning = resolve(warnings, open.get());
        closed.put(warning.id(), warning);
      }
      for (CustomerId each : customers) {
        assertThat(warnings.ofCustomer(CustomerStoreFixture.HEAD_OFFICE, each).stream().filter(EarlyWarning::isOpen).count())
            .isLessThanOrEqualTo(1);
      }
      closed.forEach((id, warning) -> assertThat(warnings.findById(CustomerStoreFixture.HEAD_OFFICE, id)).contains(warning));
    }
  }

  /** Takes an open warning through the remaining steps to RESOLVED, saving each. */
  static EarlyWarning resolve(Warnings warnings, EarlyWarning open) {
    EarlyWarning warning = open;
    if (warning.state() == WarningState.RAISED) {
      warning = warnings.save(CustomerStoreFixture.HEAD_OFFICE, warning.acknowledge(warning.version(), null, ACTOR, NOW).get()).get();
    }
    if (warning.state() == WarningState.ACKNOWLEDGED) {
      warning = warnings.save(CustomerStoreFixture.HEAD_OFFICE,
          warning.assign(warning.version(), RelationshipManagerId.of("RM1"), AS_OF, null, ACTOR, NOW).get()).get();
    }
    return warnings.save(CustomerStoreFixture.HEAD_OFFICE, warning.resolve(warning.version(), null, ACTOR, NOW).get()).get();
  }

  @Provide
  Arbitrary<List<Integer>> operations() {
    return Arbitraries.integers().between(-20, 20).list().ofMaxSize(25);
  }
}
