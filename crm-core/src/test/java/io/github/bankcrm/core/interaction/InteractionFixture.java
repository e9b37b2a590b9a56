package io.github.bankcrm.core.interaction;

import static io.github.bankcrm.core.customer.CustomerFixture.NOW;
import static io.github.bankcrm.core.customer.CustomerFixture.TELLER;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;

/** Contact records for tests. */
public final class InteractionFixture {

  /** The call-centre agent who handles contacts. */
  public static final Actor AGENT = Actor.of("agent-42");

  private InteractionFixture() {}

  /** Recorded at the fixture's NOW, or when it took place if that is later. */
  private static Instant recordedAt(Instant occurredAt) {
    return occurredAt.isAfter(NOW) ? occurredAt : NOW;
  }

  /**
   * A valid form.
   *
   * @param customerId the customer
   * @param type the type
   * @param severity the severity, for a complaint
   * @param occurredAt when
   * @return the form
   */
  public static RecordInteraction form(
      CustomerId customerId, InteractionType type, @Nullable ComplaintSeverity severity, Instant occurredAt) {
    return new RecordInteraction(customerId, InteractionChannel.CALL_CENTRE, type, occurredAt,
        InteractionOutcome.FOLLOW_UP_NEEDED, AGENT, severity, "customer called about a fee");
  }

  /**
   * A recorded complaint.
   *
   * @param id the number
   * @param customerId the customer
   * @param severity the severity
   * @param occurredAt when
   * @return the update
   */
  public static InteractionUpdate complaint(String id, CustomerId customerId, ComplaintSeverity severity, Instant occurredAt) {
    return Interaction.record(InteractionId.of(id), form(customerId, InteractionType.COMPLAINT, severity, occurredAt), TELLER, recordedAt(occurredAt))
        .getOrElseThrow(error -> new AssertionError(error.message()));
  }

  /**
   * A recorded inquiry.
   *
   * @param id the number
   * @param customerId the customer
   * @param occurredAt when
   * @return the update
   */
  public static InteractionUpdate inquiry(String id, CustomerId customerId, Instant occurredAt) {
    return Interaction.record(InteractionId.of(id), form(customerId, InteractionType.INQUIRY, null, occurredAt), TELLER, recordedAt(occurredAt))
        .getOrElseThrow(error -> new AssertionError(error.message()));
  }
}
