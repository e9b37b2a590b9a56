package io.github.bankcrm.core.lifecycle;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static io.github.bankcrm.core.lifecycle.LifecycleCommand.CLOSE_RELATIONSHIP;
import static io.github.bankcrm.core.lifecycle.LifecycleCommand.COMPLETE_ONBOARDING;
import static io.github.bankcrm.core.lifecycle.LifecycleCommand.OPEN_FIRST_PRODUCT;
import static io.github.bankcrm.core.lifecycle.LifecycleCommand.REJECT_PROSPECT;
import static io.github.bankcrm.core.lifecycle.LifecycleCommand.REOPEN;
import static io.github.bankcrm.core.lifecycle.LifecycleCommand.WIN_BACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.AccountId;
import io.github.bankcrm.core.holding.LoanContractId;
import io.github.bankcrm.core.shared.Actor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CustomerLifecycleTest {

  static final CustomerId CUSTOMER = CustomerId.of("C1");
  static final PolicyVersion POLICY = new PolicyVersion("retail", 3);

  static CustomerLifecycle prospect() {
    return LifecycleFixture.prospect(CUSTOMER).lifecycle();
  }

  static CustomerLifecycle growing() {
    return LifecycleFixture.after(prospect(), OPEN_FIRST_PRODUCT, COMPLETE_ONBOARDING);
  }

  static ProposedMove move(LifecycleStage from, LifecycleStage to) {
    return new ProposedMove(CUSTOMER, from, to, POLICY, "inactive_180d", List.of("daysSinceLastActivity=200 in [180, -]"));
  }

  @Nested
  class Starting {

    @Test
    void a_prospect_starts_at_version_one_with_a_start_entry() {
      LifecycleUpdate start = LifecycleFixture.prospect(CUSTOMER);

      assertThat(start.lifecycle().stage()).isEqualTo(LifecycleStage.PROSPECT);
      assertThat(start.lifecycle().version()).isEqualTo(1);
      assertThat(start.lifecycle().transitions().get(0).isStart()).isTrue();
      assertThat(start.events())
          .containsExactly(new LifecycleEvent.LifecycleStarted(CUSTOMER, 1, LifecycleStage.PROSPECT, TELLER, NOW));
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStage.class, names = {"PROSPECT", "ONBOARDING"}, mode = EnumSource.Mode.EXCLUDE)
    void only_prospect_or_onboarding_can_be_a_first_stage(LifecycleStage stage) {
      var result = CustomerLifecycle.start(CUSTOMER, stage, null, TELLER, NOW);

      assertThat(result.getLeft().code()).isEqualTo("invalid_input");
      assertThat(((LifecycleError.InvalidInput) result.getLeft()).errors())
          .extracting(error -> error.path() + " " + error.code())
          .containsExactly("stage invalid_start");
    }

    @Test
    void every_refused_field_is_reported_at_once() {
      var result = CustomerLifecycle.start(CUSTOMER, LifecycleStage.MATURE, "x".repeat(501), TELLER, NOW);

      assertThat(((LifecycleError.InvalidInput) result.getLeft()).errors())
          .extracting(error -> error.path() + " " + error.code())
          .containsExactly("stage invalid_start", "comment too_long");
    }
  }

  @Nested
  class CommandedMoves {

    @Test
    void the_usual_path_of_a_customer_follows_the_table_and_logs_every_move() {
      CustomerLifecycle lifecycle = LifecycleFixture.after(prospect(), OPEN_FIRST_PRODUCT, COMPLETE_ONBOARDING);

      assertThat(lifecycle.stage()).isEqualTo(LifecycleStage.GROWING);
      assertThat(lifecycle.version()).isEqualTo(3);
      assertThat(lifecycle.transitions())
          .extracting(LifecycleTransition::from, LifecycleTransition::to, LifecycleTransition::reasonCode)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(null, LifecycleStage.PROSPECT, "started"),
              org.assertj.core.groups.Tuple.tuple(LifecycleStage.PROSPECT, LifecycleStage.ONBOARDING, "first_product_opened"),
              org.assertj.core.groups.Tuple.tuple(LifecycleStage.ONBOARDING, LifecycleStage.GROWING, "onboarding_completed"));
    }

    @Test
    void a_move_carries_actor_time_command_comment_and_an_event() {
      Actor officer = Actor.of("officer-9");

      LifecycleUpdate update =
          prospect().command(1, OPEN_FIRST_PRODUCT, LifecycleFixture.holdingAccount(CUSTOMER), "  opened at the counter ", officer, NOW)
              .get();

      LifecycleTransition entry = update.lifecycle().transitions().get(1);
      assertThat(entry.actor()).isEqualTo(officer);
      assertThat(entry.at()).isEqualTo(NOW);
      assertThat(entry.command()).isEqualTo(OPEN_FIRST_PRODUCT);
      assertThat(entry.policy()).isNull();
      assertThat(entry.comment()).isEqualTo("opened at the counter");
      assertThat(update.events())
          .containsExactly(
              new LifecycleEvent.StageChanged(CUSTOMER, 2, LifecycleStage.PROSPECT, LifecycleStage.ONBOARDING,
                  OPEN_FIRST_PRODUCT, null, "first_product_opened", officer, NOW));
    }

    @Test
    void a_command_not_in_the_table_is_refused_listing_the_allowed_moves() {
      var result = prospect().command(1, WIN_BACK, LifecycleFixture.holdingAccount(CUSTOMER), null, TELLER, NOW);

      assertThat(result.getLeft())
          .isEqualTo(
              new LifecycleError.InvalidTransition(CUSTOMER, LifecycleStage.PROSPECT, WIN_BACK,
                  List.of(new AllowedMove(OPEN_FIRST_PRODUCT, LifecycleStage.ONBOARDING),
                      new AllowedMove(REJECT_PROSPECT, LifecycleStage.REJECTED))));
      assertThat(result.getLeft().message()).contains("OPEN_FIRST_PRODUCT -> ONBOARDING", "REJECT_PROSPECT -> REJECTED");
    }

    @Test
    void closed_and_rejected_customers_can_only_be_reopened() {
      CustomerLifecycle closed = LifecycleFixture.after(growing(), CLOSE_RELATIONSHIP);
      CustomerLifecycle rejected = LifecycleFixture.after(prospect(), REJECT_PROSPECT);

      assertThat(closed.allowedMoves()).containsExactly(new AllowedMove(REOPEN, LifecycleStage.PROSPECT));
      assertThat(rejected.allowedMoves()).containsExactly(new AllowedMove(REOPEN, LifecycleStage.PROSPECT));
      assertThat(LifecycleFixture.after(closed, REOPEN).stage()).isEqualTo(LifecycleStage.PROSPECT);
    }

    @Test
    void a_stale_version_is_a_conflict() {
      assertThat(growing().command(2, CLOSE_RELATIONSHIP, HoldingsPosition.nothing(CUSTOMER), null, TELLER, NOW).getLeft())
          .isEqualTo(new LifecycleError.VersionConflict(CUSTOMER, 2, 3));
    }

    @Test
    void a_position_of_another_customer_is_a_programming_error() {
      assertThatThrownBy(
              () -> prospect().command(1, OPEN_FIRST_PRODUCT, LifecycleFixture.holdingAccount(CustomerId.of("C2")), null, TELLER, NOW))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Guards {

    @Test
    void closing_is_refused_while_an_account_is_open_or_a_loan_outstanding_naming_them() {
      HoldingsPosition position = new HoldingsPosition(CUSTOMER, List.of(AccountId.of("ACC-2"), AccountId.of("ACC-1")), List.of(LoanContractId.of("LN-7")));

      var result = growing().command(3, CLOSE_RELATIONSHIP, position, null, TELLER, NOW);

      assertThat(result.getLeft())
          .isEqualTo(new LifecycleError.GuardRefused(CUSTOMER, CLOSE_RELATIONSHIP, LifecycleGuard.NOTHING_OPEN,
              List.of(AccountId.of("ACC-1"), AccountId.of("ACC-2")), List.of(LoanContractId.of("LN-7"))));
      assertThat(result.getLeft().message()).contains("ACC-1", "ACC-2", "LN-7");
    }

    @Test
    void rejecting_a_prospect_who_holds_a_product_is_refused() {
      assertThat(prospect().command(1, REJECT_PROSPECT, LifecycleFixture.holdingAccount(CUSTOMER), null, TELLER, NOW)
              .getLeft().code())
          .isEqualTo("guard_refused");
    }

    @Test
    void opening_a_first_product_needs_a_product() {
      var result = prospect().command(1, OPEN_FIRST_PRODUCT, HoldingsPosition.nothing(CUSTOMER), null, TELLER, NOW);

      assertThat(result.getLeft())
          .isEqualTo(new LifecycleError.GuardRefused(CUSTOMER, OPEN_FIRST_PRODUCT, LifecycleGuard.HOLDS_A_PRODUCT, List.of(), List.of()));
    }

    @Test
    void closing_goes_ahead_when_nothing_is_open() {
      assertThat(LifecycleFixture.after(growing(), CLOSE_RELATIONSHIP).stage()).isEqualTo(LifecycleStage.CLOSED);
    }
  }

  @Nested
  class PolicyMoves {

    @Test
    void a_proposed_move_is_logged_with_the_policy_version_instead_of_a_command() {
      Actor batch = Actor.system("lifecycle-batch");

      LifecycleUpdate update = growing().applyPolicy(3, move(LifecycleStage.GROWING, LifecycleStage.DORMANT), batch, NOW).get();

      LifecycleTransition entry = update.lifecycle().transitions().get(3);
      assertThat(entry.policy()).isEqualTo(POLICY);
      assertThat(entry.command()).isNull();
      assertThat(entry.reasonCode()).isEqualTo("inactive_180d");
      assertThat(entry.actor()).isEqualTo(batch);
      assertThat(update.lifecycle().stage()).isEqualTo(LifecycleStage.DORMANT);
    }

    @Test
    void a_move_computed_for_another_stage_is_refused() {
      var result = growing().applyPolicy(3, move(LifecycleStage.MATURE, LifecycleStage.DORMANT), TELLER, NOW);

      assertThat(result.getLeft())
          .isEqualTo(new LifecycleError.PolicyMoveRefused(CUSTOMER, LifecycleStage.MATURE, LifecycleStage.DORMANT, LifecycleStage.GROWING));
    }

    @Test
    void a_policy_never_moves_a_prospect() {
      assertThat(prospect().applyPolicy(1, move(LifecycleStage.PROSPECT, LifecycleStage.GROWING), TELLER, NOW).getLeft().code())
          .isEqualTo("policy_move_refused");
    }
  }

  @Nested
  class Log {

    @Test
    void replays_to_the_current_stage() {
      CustomerLifecycle lifecycle =
          growing().applyPolicy(3, move(LifecycleStage.GROWING, LifecycleStage.DORMANT), TELLER, NOW).get().lifecycle();
      CustomerLifecycle wonBack = LifecycleFixture.after(lifecycle, WIN_BACK);

      assertThat(CustomerLifecycle.replay(wonBack.transitions())).isEqualTo(wonBack.stage()).isEqualTo(LifecycleStage.GROWING);
    }

    @Test
    void a_log_that_skips_a_stage_or_breaks_the_table_is_refused() {
      List<LifecycleTransition> log = new ArrayList<>(prospect().transitions());
      log.add(new LifecycleTransition(LifecycleStage.PROSPECT, LifecycleStage.MATURE, NOW, TELLER, WIN_BACK, null, "won_back", null));

      assertThatThrownBy(() -> CustomerLifecycle.replay(log)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new CustomerLifecycle(CUSTOMER, 2, LifecycleStage.MATURE, log))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void to_string_never_shows_the_comment() {
      CustomerLifecycle lifecycle =
          prospect().command(1, OPEN_FIRST_PRODUCT, LifecycleFixture.holdingAccount(CUSTOMER), "王小红 called from 13812345678", TELLER, NOW)
              .get().lifecycle();

      assertThat(lifecycle.transitions().get(1).toString()).doesNotContain("王小红", "13812345678").contains("comment=***");
      assertThat(lifecycle.toString()).doesNotContain("王小红");
    }

    @Test
    void the_lifecycle_and_its_events_round_trip_through_json() {
      LifecycleUpdate update = growing().applyPolicy(3, move(LifecycleStage.GROWING, LifecycleStage.DORMANT), TELLER, NOW).get();

      assertThat(CrmJson.roundTrip(update.lifecycle(), CustomerLifecycle.class)).isEqualTo(update.lifecycle());
      assertThat(CrmJson.roundTrip(update.events().get(0), LifecycleEvent.class)).isEqualTo(update.events().get(0));
      assertThat(CrmJson.write(update.events().get(0))).contains("\"type\":\"StageChanged\"");
    }
  }
}
