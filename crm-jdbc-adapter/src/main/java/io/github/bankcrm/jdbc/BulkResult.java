package io.github.bankcrm.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a bulk save did: how many updates were saved, and each one that was refused with its typed
 * reason and its position in the input.
 *
 * @param <I> the aggregate's ID type, e.g. {@code CustomerId}
 * @param <E> the port's error type, e.g. {@code CustomerError}
 * @param saved how many updates were saved
 * @param refused the updates that were not, in input order
 */
public record BulkResult<I, E>(long saved, List<Refusal<I, E>> refused) {

  public BulkResult {
    refused = List.copyOf(requireNonNull(refused, "refused"));
    if (saved < 0) {
      throw new IllegalArgumentException("saved cannot be negative");
    }
  }

  /**
   * One update that was not saved.
   *
   * @param <I> the aggregate's ID type
   * @param <E> the port's error type
   * @param index the update's position in the input, from 0
   * @param id the aggregate the update was for
   * @param error why, e.g. {@code DuplicateIdentity} or {@code VersionConflict}
   */
  public record Refusal<I, E>(long index, I id, E error) {

    public Refusal {
      if (index < 0) {
        throw new IllegalArgumentException("index cannot be negative");
      }
      requireNonNull(id, "id");
      requireNonNull(error, "error");
    }
  }
}
