package io.github.bankcrm.core.interaction;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.CrmJson;
import io.github.bankcrm.core.customer.CustomerId;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InteractionTest {

  static final CustomerId CUSTOMER = CustomerId.of("C1");

  @Nested
  class Recording {

    @Test
    void a_complaint_is_received_with_its_severity_and_an_event_without_notes() {
      InteractionUpdate update = InteractionFixture.complaint("I1", CUSTOMER, ComplaintSeverity.SERIOUS, NOW);

      assertThat(update.interaction().complaint()).isEqualTo(Complaint.received(ComplaintSeverity.SERIOUS));
      assertThat(update.events()).containsExactly(
          new InteractionEvent.InteractionRecorded(InteractionId.of("I1"), 1, CUSTOMER, InteractionChannel.CALL_CENTRE,
              InteractionType.COMPLAINT, ComplaintSeverity.SERIOUS, TELLER, NOW));
    }

    @Test
    void every_refused_field_is_reported_at_once() {
      RecordInteraction empty = new RecordInteraction(null, null, InteractionType.INQUIRY, NOW.plusSeconds(60), null, null,
          ComplaintSeverity.MINOR, "x".repeat(2001));

      var result = Interaction.record(InteractionId.of("I1"), empty, TELLER, NOW);

      assertThat(((InteractionError.InvalidInteractionData) result.getLeft()).errors())
          .extracting(error -> error.path() + " " + error.code())
          .containsExactly("customerId required", "channel required", "outcome required", "handledBy required",
              "occurredAt out_of_range", "severity not_a_complaint", "notes too_long");
    }

    @Test
    void a_complaint_needs_a_severity() {
      var result = Interaction.record(InteractionId.of("I1"),
          InteractionFixture.form(CUSTOMER, InteractionType.COMPLAINT, null, NOW), TELLER, NOW);

      assertThat(((InteractionError.InvalidInteractionData) result.getLeft()).errors())
          .extracting(error -> error.path() + " " + error.code())
          .containsExactly("severity required");
    }

    @Test
    void notes_never_show_in_to_string_and_everything_round_trips_through_json() {
      RecordInteraction form = new RecordInteraction(CUSTOMER, InteractionChannel.RM_VISIT, InteractionType.FEEDBACK, NOW,
          InteractionOutcome.COMPLETED, TELLER, null, "王小红 13812345678");
      Interaction interaction = Interaction.record(InteractionId.of("I9"), form, TELLER, NOW).get().interaction();

      assertThat(interaction.toString()).doesNotContain("王小红", "13812345678");
      assertThat(form.toString()).doesNotContain("王小红", "13812345678");
      assertThat(CrmJson.roundTrip(interaction, Interaction.class)).isEqualTo(interaction);
    }
  }

  @Nested
  class ComplaintHandling {

    @Test
    void a_complaint_moves_along_the_table_and_records_when_it_was_resolved() {
      Interaction received = InteractionFixture.complaint("I1", CUSTOMER, ComplaintSeverity.MINOR, NOW).interaction();

      InteractionUpdate inProgress = received.moveComplaint(1, ComplaintState.IN_PROGRESS, TELLER, NOW).get();
      InteractionUpdate resolved = inProgress.interaction().moveComplaint(2, ComplaintState.RESOLVED, TELLER, NOW).get();

      assertThat(resolved.interaction().complaint()).isEqualTo(new Complaint(ComplaintSeverity.MINOR, ComplaintState.RESOLVED, NOW));
      assertThat(resolved.interaction().isOpenComplaint()).isFalse();
      assertThat(CrmJson.roundTrip(resolved.events().get(0), InteractionEvent.class)).isEqualTo(resolved.events().get(0));
    }

    @ParameterizedTest
    @EnumSource(ComplaintState.class)
    void a_move_outside_the_table_is_refused_listing_the_allowed_states(ComplaintState to) {
      Interaction received = InteractionFixture.complaint("I1", CUSTOMER, ComplaintSeverity.MINOR, NOW).interaction();
      Interaction withdrawn = received.moveComplaint(1, ComplaintState.WITHDRAWN, TELLER, NOW).get().interaction();

      assertThat(withdrawn.moveComplaint(2, to, TELLER, NOW).getLeft())
          .isEqualTo(new InteractionError.ComplaintMoveNotAllowed(InteractionId.of("I1"), ComplaintState.WITHDRAWN, to, Set.of()));
    }

    @Test
    void an_inquiry_has_no_complaint_to_move() {
      Interaction inquiry = InteractionFixture.inquiry("I1", CUSTOMER, NOW).interaction();

      assertThat(inquiry.moveComplaint(1, ComplaintState.RESOLVED, TELLER, NOW).getLeft().code()).isEqualTo("not_a_complaint");
    }
  }
}
