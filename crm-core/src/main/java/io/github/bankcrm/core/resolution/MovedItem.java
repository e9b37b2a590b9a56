package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;

/**
 * Something a merge moved from the absorbed customer to the survivor: a product holding, a
 * relationship, a group membership, an interaction, a lifecycle history. Recorded in the {@link
 * MergeRecord} so that an undo moves exactly these back. (This round merges the customer records
 * themselves; the moves of owned items come with the ports that own them.)
 *
 * @param kind what kind of item, such as {@code HOLDING}, {@code RELATIONSHIP}, {@code GROUP_MEMBERSHIP}
 * @param itemId the item's number in its own port
 * @param from the customer it belonged to before the merge
 */
public record MovedItem(String kind, String itemId, CustomerId from) {

  public MovedItem {
    requireNonNull(kind, "kind");
    requireNonNull(itemId, "itemId");
    requireNonNull(from, "from");
  }
}
