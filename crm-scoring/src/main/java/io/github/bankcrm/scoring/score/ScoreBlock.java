package io.github.bankcrm.scoring.score;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.scoring.internal.ScoreColumns;
import io.vavr.control.Either;

/**
 * The scores of a {@link SnapshotBlock}, one row per row of the block, as {@link
 * ValueScorer#scoreBlock} leaves them: for each customer the score and its whole explanation, or the
 * snapshot's {@link ScoringError}. The next block scored into it overwrites them.
 *
 * <p>The most read parts of a row have accessors here; {@link #copyInto(int, ScoreSlot)} gives a row
 * to a {@link ScoreSlot} (everything a {@link ValueScore} holds, allocating nothing), and {@link
 * #toValueScore(int)} makes the immutable result. A row is exactly what scoring its snapshot alone
 * gives: {@code toValueScore(row)} equals {@code scorer.score(block.snapshot(row))}.
 *
 * <p>Holds customer data: not for logs ({@link #toString()} shows sizes only). One thread at a time.
 */
public final class ScoreBlock {

  private final ScoreColumns columns;
  /** {@link #toValueScore}'s working slot. */
  private final ScoreSlot slot = new ScoreSlot();

  /**
   * Empty results.
   *
   * @param capacity the most rows, at least the capacity of the blocks scored into it
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public ScoreBlock(int capacity) {
    columns = new ScoreColumns(capacity);
  }

  ScoreColumns columns() {
    return columns;
  }

  /** @return the most rows */
  public int capacity() {
    return columns.capacity();
  }

  /** @return the rows of the last block scored into it; 0 before the first */
  public int size() {
    return columns.size();
  }

  /**
   * The customer of a row.
   *
   * @param row 0 to {@code size() - 1}
   * @return the customer ID
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public CustomerId customerId(int row) {
    return columns.customerId(row);
  }

  /**
   * Whether a row was scored.
   *
   * @param row 0 to {@code size() - 1}
   * @return {@code false} if its snapshot was refused
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public boolean isScored(int row) {
    return columns.error(row) == null;
  }

  /**
   * Why a row was refused.
   *
   * @param row 0 to {@code size() - 1}
   * @return the error with every refused field
   * @throws IllegalStateException if the row was scored
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public ScoringError error(int row) {
    ScoringError error = columns.error(row);
    if (error == null) {
      throw new IllegalStateException("the row was scored");
    }
    return error;
  }

  /**
   * The composite score of a row.
   *
   * @param row 0 to {@code size() - 1}
   * @return 0 to the model's maximum
   * @throws IllegalStateException if the row was refused
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public int score(int row) {
    return columns.score(scored(row));
  }

  /**
   * The tier of a row.
   *
   * @param row 0 to {@code size() - 1}
   * @return the tier's name from the model
   * @throws IllegalStateException if the row was refused
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public String tier(int row) {
    return columns.tier(scored(row));
  }

  /**
   * Gives a row to a slot, whose accessors then read it: as if the row's snapshot had been scored
   * into the slot. Allocates nothing for a scored row.
   *
   * @param row 0 to {@code size() - 1}
   * @param into the slot to overwrite
   * @return whether the row was scored
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public boolean copyInto(int row, ScoreSlot into) {
    return columns.copyInto(row, requireNonNull(into, "into").state());
  }

  /**
   * A row as the immutable result.
   *
   * @param row 0 to {@code size() - 1}
   * @return what {@link ValueScorer#score} gives the row's snapshot
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public Either<ScoringError, ValueScore> toValueScore(int row) {
    copyInto(row, slot);
    return slot.toValueScore();
  }

  private int scored(int row) {
    if (columns.error(row) != null) {
      throw new IllegalStateException("the row was refused");
    }
    return row;
  }

  @Override
  public String toString() {
    return "ScoreBlock[" + size() + " of " + capacity() + " rows]";
  }
}
