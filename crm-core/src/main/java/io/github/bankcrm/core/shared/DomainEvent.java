package io.github.bankcrm.core.shared;

import java.time.Instant;

/** Something that happened to an aggregate, named in the past tense ({@code CustomerRegistered}). */
public interface DomainEvent {

  /** When it happened. */
  Instant occurredAt();

  /** Who made it happen. */
  Actor actor();
}
