package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.core.shared.Actor;
import io.github.bankcrm.core.shared.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of one merge, enough to undo it exactly: the full before-images of both records, the
 * version the merge left the survivor at, which record each surviving field came from, and the items
 * moved to the survivor. JSON-serialisable (the before-images carry their {@code "kind"}). Personal
 * data: {@link #toString()} names customers by number only.
 *
 * @param id the merge number
 * @param survivorBefore the survivor as it was before the merge
 * @param absorbedBefore the absorbed record as it was before the merge
 * @param survivorVersionAfter the survivor's version right after the merge (its version before, if the
 *     merge changed nothing in it)
 * @param fieldSources for each {@link MergeField}, the record whose value survived
 * @param moved items moved from the absorbed record to the survivor
 * @param mergedBy who merged
 * @param mergedAt when
 * @param undoneBy who undid the merge, or {@code null}
 * @param undoneAt when, or {@code null}
 */
public record MergeRecord(
    MergeId id,
    Customer survivorBefore,
    Customer absorbedBefore,
    long survivorVersionAfter,
    Map<MergeField, CustomerId> fieldSources,
    List<MovedItem> moved,
    Actor mergedBy,
    Instant mergedAt,
    @Nullable Actor undoneBy,
    @Nullable Instant undoneAt) {

  public MergeRecord {
    requireNonNull(id, "id");
    requireNonNull(survivorBefore, "survivorBefore");
    requireNonNull(absorbedBefore, "absorbedBefore");
    fieldSources = Map.copyOf(requireNonNull(fieldSources, "fieldSources"));
    moved = List.copyOf(requireNonNull(moved, "moved"));
    requireNonNull(mergedBy, "mergedBy");
    requireNonNull(mergedAt, "mergedAt");
    if ((undoneBy == null) != (undoneAt == null)) {
      throw new IllegalArgumentException("an undo has both an actor and a time");
    }
  }

  /**
   * The survivor.
   *
   * @return its number
   */
  public CustomerId survivor() {
    return survivorBefore.id();
  }

  /**
   * The absorbed record.
   *
   * @return its number
   */
  public CustomerId absorbed() {
    return absorbedBefore.id();
  }

  /**
   * Whether the merge was undone.
   *
   * @return whether undone
   */
  @JsonIgnore
  public boolean isUndone() {
    return undoneAt != null;
  }

  @Override
  public String toString() {
    return "MergeRecord[id=" + id + ", survivor=" + survivor() + ", absorbed=" + absorbed()
        + ", undone=" + isUndone() + "]";
  }
}
