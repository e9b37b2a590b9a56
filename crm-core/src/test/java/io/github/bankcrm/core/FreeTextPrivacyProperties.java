package io.github.bankcrm.core;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.CustomerArbitraries;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.interaction.ComplaintSeverity;
import io.github.bankcrm.core.interaction.Interaction;
import io.github.bankcrm.core.interaction.InteractionChannel;
import io.github.bankcrm.core.interaction.InteractionId;
import io.github.bankcrm.core.interaction.InteractionOutcome;
import io.github.bankcrm.core.interaction.InteractionType;
import io.github.bankcrm.core.interaction.RecordInteraction;
import io.github.bankcrm.core.lifecycle.CustomerLifecycle;
import io.github.bankcrm.core.lifecycle.LifecycleCommand;
import io.github.bankcrm.core.lifecycle.LifecycleFixture;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.lifecycle.LifecycleUpdate;
import io.github.bankcrm.core.organization.RelationshipManagerId;
import io.github.bankcrm.core.warning.EarlyWarning;
import io.github.bankcrm.core.warning.WarningFactor;
import io.github.bankcrm.core.warning.WarningFixture;
import io.github.bankcrm.core.warning.WarningId;
import io.github.bankcrm.core.warning.WarningLevel;
import io.github.bankcrm.core.warning.WarningUpdate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The free texts staff type — lifecycle comments, interaction notes, warning comments — often name the
 * customer or repeat a phone number. They are stored (a person reads them in the log) but never appear
 * in {@code toString()} of anything the lifecycle, interaction and warning APIs hand out, nor in their
 * events or error messages.
 */
class FreeTextPrivacyProperties {

  @Property(tries = 100)
  void lifecycle_comments_stay_out_of_to_string_events_and_errors(@ForAll("personalTexts") String text) {
    CustomerId customer = CustomerId.of("C1");
    LifecycleUpdate start = CustomerLifecycle.start(customer, LifecycleStage.PROSPECT, text, TELLER, NOW).get();
    LifecycleUpdate opened = start.lifecycle()
        .command(1, LifecycleCommand.OPEN_FIRST_PRODUCT, LifecycleFixture.holdingAccount(customer), text, TELLER, NOW).get();
    var refused = opened.lifecycle().command(2, LifecycleCommand.REOPEN, LifecycleFixture.holdingAccount(customer), text, TELLER, NOW);

    List<Object> shown = new ArrayList<>(List.of(start, opened, refused.getLeft().message()));
    shown.addAll(opened.lifecycle().transitions());
    shown.addAll(opened.events());
    assertHidden(text, shown);
    assertThat(opened.lifecycle().transitions().get(1).comment()).isEqualTo(text.strip());
  }

  @Property(tries = 100)
  void interaction_notes_stay_out_of_to_string_and_events(@ForAll("personalTexts") String text) {
    RecordInteraction form = new RecordInteraction(CustomerId.of("C1"), InteractionChannel.BRANCH_COUNTER,
        InteractionType.COMPLAINT, NOW, InteractionOutcome.FOLLOW_UP_NEEDED, TELLER, ComplaintSeverity.SERIOUS, text);
    var recorded = Interaction.record(InteractionId.of("I1"), form, TELLER, NOW).get();

    assertHidden(text, List.of(form, recorded, recorded.interaction(), recorded.events()));
  }

  @Property(tries = 100)
  void warning_comments_stay_out_of_to_string_and_events(@ForAll("personalTexts") String text) {
    EarlyWarning raised = EarlyWarning.raise(WarningId.of("W1"),
        WarningFixture.assessment(CustomerId.of("C1"), WarningFactor.COMPLAINTS, 30, WarningLevel.MEDIUM), TELLER, NOW).warning();
    WarningUpdate acknowledged = raised.acknowledge(1, text, TELLER, NOW).get();
    WarningUpdate assigned = acknowledged.warning()
        .assign(2, RelationshipManagerId.of("RM1"), WarningFixture.AS_OF, text, TELLER, NOW).get();

    List<Object> shown = new ArrayList<>(List.of(acknowledged, assigned));
    shown.addAll(assigned.warning().log());
    assertHidden(text, shown);
  }

  private static void assertHidden(String text, List<Object> shown) {
    String secret = text.strip();
    for (Object each : shown) {
      assertThat(String.valueOf(each)).doesNotContain(secret);
    }
  }

  @Provide
  Arbitrary<String> personalTexts() {
    return Combinators.combine(
            Arbitraries.oneOf(CustomerArbitraries.chineseNames(), CustomerArbitraries.pinyinNames()),
            CustomerArbitraries.mainlandMobiles(),
            Arbitraries.of("called from", "visited with", "complained, phone"))
        .as((name, mobile, middle) -> name + " " + middle + " " + mobile);
  }
}
