package io.github.bankcrm.core.resolution;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.DomainEvent;
import java.time.Instant;

/** A merge of two customer records, or its undo. In JSON the type is named in {@code "type"}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = MergeEvent.CustomersMerged.class, name = "CustomersMerged"),
  @JsonSubTypes.Type(value = MergeEvent.MergeUndone.class, name = "MergeUndone")
})
public sealed interface MergeEvent extends DomainEvent {

  /**
   * The merge.
   *
   * @return its number
   */
  MergeId mergeId();

  /**
   * Two records were merged into the survivor.
   *
   * @param mergeId the merge
   * @param survivor the customer that lives on
   * @param absorbed the customer merged into it
   * @param movedItems how many items the merge moved ({@link MergeRecord#moved()})
   * @param actor who merged
   * @param occurredAt when
   */
  record CustomersMerged(MergeId mergeId, CustomerId survivor, CustomerId absorbed, int movedItems, Actor actor, Instant occurredAt)
      implements MergeEvent {}

  /**
   * A merge was undone: the survivor's data is as before, the absorbed customer stands on its own again.
   *
   * @param mergeId the merge
   * @param survivor the former survivor
   * @param absorbed the customer separated again
   * @param movedItems how many moved items the undo moved back
   * @param actor who undid it
   * @param occurredAt when
   */
  record MergeUndone(MergeId mergeId, CustomerId survivor, CustomerId absorbed, int movedItems, Actor actor, Instant occurredAt)
      implements MergeEvent {}
}
