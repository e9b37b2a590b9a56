package io.github.bankcrm.core.resolution;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.shared.Nullable;

/**
 * One saved change a merge made to an item the merged customers own, recorded in the {@link
 * MergeRecord} so that an undo can reverse exactly this change, and refuse if the item changed since.
 * Each moved item is one save of one aggregate; an item re-pointed in two saves (leave, then join)
 * appears twice, in the order done.
 *
 * @param kind what kind of item
 * @param itemId the item's number in its own port
 * @param action what the merge did
 * @param customer the customer the action concerned: the one whose place was handed on, removed or
 *     added
 * @param to for {@link MoveAction#TRANSFERRED}, the customer taking the place; otherwise {@code null}
 * @param detail what re-adding needs: the holder or member role (and {@code :primary}), or the guarantee
 *     type, amount and currency, or an ended relationship's period before ({@code from|to}, {@code to}
 *     empty when open-ended); {@code null} where nothing is needed
 * @param versionAfter the item's version right after this change (for {@link MoveAction#RETAINED}, its
 *     version at the merge)
 */
public record MovedItem(
    MoveKind kind,
    String itemId,
    MoveAction action,
    CustomerId customer,
    @Nullable CustomerId to,
    @Nullable String detail,
    long versionAfter) {

  public MovedItem {
    requireNonNull(kind, "kind");
    requireNonNull(itemId, "itemId");
    requireNonNull(action, "action");
    requireNonNull(customer, "customer");
    if ((action == MoveAction.TRANSFERRED) != (to != null)) {
      throw new IllegalArgumentException("a transfer, and only a transfer, names the customer taking the place");
    }
  }

  /**
   * The same change at another version.
   *
   * @param version the version after the change
   * @return the item
   */
  MovedItem at(long version) {
    return new MovedItem(kind, itemId, action, customer, to, detail, version);
  }
}
