package io.github.bankcrm.core.interaction;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.FieldErrors;
import io.github.bankcrm.core.shared.Nullable;
import io.github.bankcrm.core.shared.TextInput;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;

/**
 * The input form of a new contact record, as a screen or an integration sends it; {@link #validate}
 * checks every field. The notes are free text that may mention people, so {@link #toString()} leaves
 * them out.
 *
 * @param customerId the customer contacted
 * @param channel the channel
 * @param type what it was about
 * @param occurredAt when it took place; not after the time it is recorded
 * @param outcome how it ended
 * @param handledBy the staff member who handled it, or the system for self-service channels
 * @param severity the complaint's severity: required for a complaint, refused otherwise
 * @param notes free notes, at most {@value Interaction#MAX_NOTES} characters, or {@code null}
 */
public record RecordInteraction(
    @Nullable CustomerId customerId,
    @Nullable InteractionChannel channel,
    @Nullable InteractionType type,
    @Nullable Instant occurredAt,
    @Nullable InteractionOutcome outcome,
    @Nullable Actor handledBy,
    @Nullable ComplaintSeverity severity,
    @Nullable String notes) {

  /**
   * Checks every field.
   *
   * @param now when it is recorded
   * @return the form with its notes normalised, or every refused field
   */
  public Validation<Seq<FieldError>, RecordInteraction> validate(Instant now) {
    FieldErrors errors = new FieldErrors();
    required(errors, "customerId", customerId);
    required(errors, "channel", channel);
    required(errors, "type", type);
    required(errors, "outcome", outcome);
    required(errors, "handledBy", handledBy);
    if (occurredAt == null) {
      errors.add(FieldError.required("occurredAt"));
    } else if (occurredAt.isAfter(now)) {
      errors.add(FieldError.outOfRange("occurredAt", "not in the future"));
    }
    if (type == InteractionType.COMPLAINT && severity == null) {
      errors.add(FieldError.required("severity"));
    } else if (type != null && type != InteractionType.COMPLAINT && severity != null) {
      errors.add(new FieldError("not_a_complaint", "severity", "only a complaint has a severity"));
    }
    String text = errors.check("notes", TextInput.optional(notes, Interaction.MAX_NOTES));
    return errors.orElse(
        () -> new RecordInteraction(customerId, channel, type, occurredAt, outcome, handledBy, severity, text));
  }

  private static void required(FieldErrors errors, String path, @Nullable Object value) {
    if (value == null) {
      errors.add(FieldError.required(path));
    }
  }

  /**
   * Every field but the notes.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "RecordInteraction[customerId=" + customerId + ", channel=" + channel + ", type=" + type
        + ", occurredAt=" + occurredAt + ", outcome=" + outcome + ", handledBy=" + handledBy
        + ", severity=" + severity + (notes == null ? "" : ", notes=***") + "]";
  }
}
