package io.github.bankcrm.core.interaction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;

/**
 * A contact with a customer [客户接触记录]: through which channel, about what, when, how it ended and
 * who handled it. A complaint also carries its {@link Complaint} severity and resolution state, which
 * moves along {@link ComplaintState}'s table. Other aggregates are referenced by number only.
 *
 * <p>An immutable snapshot at one {@link #version()}; commands return an {@link InteractionUpdate} with
 * the next version and its events, or an {@link InteractionError}. The notes may mention people or
 * circumstances: {@link #toString()} and the events leave them out.
 *
 * @param id the interaction number
 * @param version 1 when recorded, one more with every saved change
 * @param customerId the customer
 * @param channel the channel
 * @param type what it was about
 * @param occurredAt when it took place
 * @param outcome how it ended
 * @param handledBy who handled it
 * @param complaint the complaint, set exactly when the type is COMPLAINT
 * @param notes free notes, or {@code null}
 * @param recordedAt when it was recorded
 * @param updatedAt when the last change was made
 */
public record Interaction(
    InteractionId id,
    long version,
    CustomerId customerId,
    InteractionChannel channel,
    InteractionType type,
    Instant occurredAt,
    InteractionOutcome outcome,
    Actor handledBy,
    @Nullable Complaint complaint,
    @Nullable String notes,
    Instant recordedAt,
    Instant updatedAt) {

  /** The longest notes. */
  public static final int MAX_NOTES = 2000;

  public Interaction {
    requireNonNull(id, "id");
    requireNonNull(customerId, "customerId");
    requireNonNull(channel, "channel");
    requireNonNull(type, "type");
    requireNonNull(occurredAt, "occurredAt");
    requireNonNull(outcome, "outcome");
    requireNonNull(handledBy, "handledBy");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(updatedAt, "updatedAt");
    if (version < 1) {
      throw new IllegalArgumentException("version starts at 1");
    }
    if ((type == InteractionType.COMPLAINT) != (complaint != null)) {
      throw new IllegalArgumentException("a complaint part exactly for a complaint");
    }
    if (notes != null && notes.codePointCount(0, notes.length()) > MAX_NOTES) {
      throw new IllegalArgumentException("notes longer than " + MAX_NOTES + " characters");
    }
  }

  /**
   * Records a contact at version 1.
   *
   * @param id the new interaction's number
   * @param form what happened
   * @param actor who records it
   * @param now when
   * @return the update with an {@code InteractionRecorded} event, or {@code InvalidInteractionData}
   *     with every refused field
   */
  public static Either<InteractionError, InteractionUpdate> record(
      InteractionId id, RecordInteraction form, Actor actor, Instant now) {
    requireNonNull(id, "id");
    requireNonNull(form, "form");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    var checked = form.validate(now);
    if (checked.isInvalid()) {
      return Either.left(new InteractionError.InvalidInteractionData(checked.getError().asJava()));
    }
    RecordInteraction valid = checked.get();
    Complaint complaint = valid.severity() == null ? null : Complaint.received(valid.severity());
    Interaction interaction =
        new Interaction(id, 1, valid.customerId(), valid.channel(), valid.type(), valid.occurredAt(),
            valid.outcome(), valid.handledBy(), complaint, valid.notes(), now, now);
    return Either.right(
        new InteractionUpdate(
            interaction,
            List.of(new InteractionEvent.InteractionRecorded(id, 1, valid.customerId(), valid.channel(),
                valid.type(), valid.severity(), actor, now))));
  }

  /**
   * Moves the complaint to another state.
   *
   * @param expectedVersion the version the caller saw
   * @param to the new state; must be allowed by {@link ComplaintState#next()}
   * @param actor who moves it
   * @param now when
   * @return the update with a {@code ComplaintStateChanged} event, or {@code VersionConflict}, {@code
   *     NotAComplaint} or {@code ComplaintMoveNotAllowed} (listing the allowed states)
   */
  public Either<InteractionError, InteractionUpdate> moveComplaint(
      long expectedVersion, ComplaintState to, Actor actor, Instant now) {
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (expectedVersion != version) {
      return Either.left(new InteractionError.VersionConflict(id, expectedVersion, version));
    }
    if (complaint == null) {
      return Either.left(new InteractionError.NotAComplaint(id));
    }
    ComplaintState from = complaint.state();
    if (!from.next().contains(to)) {
      return Either.left(new InteractionError.ComplaintMoveNotAllowed(id, from, to, from.next()));
    }
    Complaint next = new Complaint(complaint.severity(), to, to == ComplaintState.RESOLVED ? now : null);
    return Either.right(
        new InteractionUpdate(
            new Interaction(id, version + 1, customerId, channel, type, occurredAt, outcome, handledBy, next,
                notes, recordedAt, now),
            List.of(new InteractionEvent.ComplaintStateChanged(id, version + 1, customerId, from, to, actor, now))));
  }

  /**
   * Re-points the contact to another record of the same customer: the command identity resolution uses
   * when two customer records are merged, or a merge is undone; no other caller should use it. Allowed
   * whatever the complaint's state, so that no contact is left under a merged-away record.
   *
   * @param expectedVersion the version the caller saw
   * @param to the customer record the contact belongs to from now on; not the current one
   * @param actor who merges
   * @param now when
   * @return the update with an {@code InteractionReassigned} event, or {@code VersionConflict}
   * @throws IllegalArgumentException if {@code to} is the current customer
   */
  public Either<InteractionError, InteractionUpdate> reassign(
      long expectedVersion, CustomerId to, Actor actor, Instant now) {
    requireNonNull(to, "to");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    if (to.equals(customerId)) {
      throw new IllegalArgumentException("the interaction already belongs to " + to);
    }
    if (expectedVersion != version) {
      return Either.left(new InteractionError.VersionConflict(id, expectedVersion, version));
    }
    return Either.right(
        new InteractionUpdate(
            new Interaction(id, version + 1, to, channel, type, occurredAt, outcome, handledBy, complaint, notes,
                recordedAt, now.isBefore(recordedAt) ? recordedAt : now),
            List.of(new InteractionEvent.InteractionReassigned(id, version + 1, customerId, to, actor, now))));
  }

  /**
   * Whether this is a complaint that still needs work.
   *
   * @return whether the complaint is received or in progress
   */
  @JsonIgnore
  public boolean isOpenComplaint() {
    return complaint != null && complaint.state().isOpen();
  }

  /**
   * Every field but the notes.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return "Interaction[id=" + id + ", version=" + version + ", customerId=" + customerId + ", channel="
        + channel + ", type=" + type + ", occurredAt=" + occurredAt + ", outcome=" + outcome
        + ", handledBy=" + handledBy + ", complaint=" + complaint + (notes == null ? "" : ", notes=***") + "]";
  }
}
