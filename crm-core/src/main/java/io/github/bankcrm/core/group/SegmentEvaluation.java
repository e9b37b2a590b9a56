package io.github.bankcrm.core.group;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The result of re-evaluating a dynamic segment: its new members and the events that take the previous
 * membership to the new one. Segments are re-evaluated, not frozen: today's low-value graduate student
 * is tomorrow's target customer.
 *
 * <p>The events are exactly the symmetric difference of the old and the new membership: one {@code
 * CustomerEnteredSegment} per new member who was not a member, then one {@code CustomerLeftSegment} per
 * old member who is not a member any more, each in customer-number order. Evaluating twice with the
 * same inputs gives an equal result.
 *
 * @param segmentId the segment
 * @param segmentVersion the definition version evaluated
 * @param evaluatedOn the day evaluated for
 * @param members the new members, in customer-number order
 * @param events entered, then left, each in customer-number order
 */
public record SegmentEvaluation(
    SegmentId segmentId,
    long segmentVersion,
    LocalDate evaluatedOn,
    SortedSet<CustomerId> members,
    List<SegmentEvent> events) {

  public SegmentEvaluation {
    requireNonNull(segmentId, "segmentId");
    requireNonNull(evaluatedOn, "evaluatedOn");
    members = Collections.unmodifiableSortedSet(new TreeSet<>(requireNonNull(members, "members")));
    events = List.copyOf(requireNonNull(events, "events"));
  }

  /**
   * Evaluates a segment over a population.
   *
   * @param definition the segment; must be valid
   * @param evaluationDate the day evaluated for; every subject must be for this day
   * @param subjects the whole population the segment ranges over, each customer once; a previous member
   *     who is not among them leaves the segment, and so does a record merged into another ({@link
   *     io.github.bankcrm.core.customer.Customer#isMerged()}), which the rule is not asked about. A {@code Stream} can be passed as {@code
   *     stream::iterator}; it is read once.
   * @param previousMembers the members before this evaluation
   * @param actor who runs the evaluation, usually a system job
   * @param now when it runs, stamped on the events
   * @return the new members and the events
   * @throws IllegalArgumentException if the definition is invalid, a subject is for another day, or a
   *     customer appears twice among the subjects
   */
  public static SegmentEvaluation evaluate(
      SegmentDefinition definition,
      LocalDate evaluationDate,
      Iterable<SegmentSubject> subjects,
      Set<CustomerId> previousMembers,
      Actor actor,
      Instant now) {
    requireNonNull(definition, "definition");
    requireNonNull(evaluationDate, "evaluationDate");
    requireNonNull(subjects, "subjects");
    requireNonNull(previousMembers, "previousMembers");
    requireNonNull(actor, "actor");
    requireNonNull(now, "now");
    var valid = definition.validate();
    if (valid.isInvalid()) {
      throw new IllegalArgumentException(
          "invalid segment definition: "
              + valid.getError().map(FieldError::toString).collect(Collectors.joining("; ")));
    }
    SegmentRule rule = definition.rule();
    TreeSet<CustomerId> members = new TreeSet<>();
    Set<CustomerId> seen = new HashSet<>();
    for (SegmentSubject subject : subjects) {
      CustomerId customer = subject.customer().id();
      if (!subject.evaluationDate().equals(evaluationDate)) {
        throw new IllegalArgumentException("subject " + customer + " is for another evaluation date");
      }
      if (!seen.add(customer)) {
        throw new IllegalArgumentException("customer " + customer + " appears twice among the subjects");
      }
      // a record merged into another is no customer of its own: its survivor is evaluated instead
      if (!subject.customer().isMerged() && rule.matches(subject)) {
        members.add(customer);
      }
    }
    List<SegmentEvent> events = new ArrayList<>();
    for (CustomerId customer : members) {
      if (!previousMembers.contains(customer)) {
        events.add(
            new SegmentEvent.CustomerEnteredSegment(
                definition.id(), definition.version(), customer, evaluationDate, actor, now));
      }
    }
    for (CustomerId customer : new TreeSet<>(previousMembers)) {
      if (!members.contains(customer)) {
        events.add(
            new SegmentEvent.CustomerLeftSegment(
                definition.id(), definition.version(), customer, evaluationDate, actor, now));
      }
    }
    return new SegmentEvaluation(definition.id(), definition.version(), evaluationDate, members, events);
  }

  /**
   * The customers who entered.
   *
   * @return their numbers, in order
   */
  public List<CustomerId> entered() {
    return events.stream()
        .filter(SegmentEvent.CustomerEnteredSegment.class::isInstance)
        .map(SegmentEvent::customerId)
        .toList();
  }

  /**
   * The customers who left.
   *
   * @return their numbers, in order
   */
  public List<CustomerId> left() {
    return events.stream()
        .filter(SegmentEvent.CustomerLeftSegment.class::isInstance)
        .map(SegmentEvent::customerId)
        .toList();
  }
}
