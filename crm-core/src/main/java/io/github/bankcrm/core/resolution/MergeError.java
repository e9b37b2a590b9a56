package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.CustomerKind;

/** Why a merge or its undo was refused. Stable {@link #code()}, messages by customer number only. */
public sealed interface MergeError {

  /**
   * Stable machine-readable code.
   *
   * @return the code
   */
  String code();

  /**
   * Readable reason, free of personal data.
   *
   * @return the message
   */
  String message();

  /**
   * The two hold different valid resident identity numbers: two people, or a data error a person must
   * resolve first.
   *
   * @param survivor the survivor
   * @param absorbed the other record
   */
  record ConflictingIdentity(CustomerId survivor, CustomerId absorbed) implements MergeError {
    @Override
    public String code() {
      return "conflicting_identity";
    }

    @Override
    public String message() {
      return "customers " + survivor + " and " + absorbed + " hold different resident identity numbers";
    }
  }

  /**
   * A record cannot be merged with itself.
   *
   * @param customer the record named twice
   */
  record NotMergeable(CustomerId customer) implements MergeError {
    @Override
    public String code() {
      return "not_mergeable";
    }

    @Override
    public String message() {
      return "customer " + customer + " cannot be merged with itself";
    }
  }

  /**
   * The survivor changed after the merge; undoing would silently drop that change.
   *
   * @param survivor the survivor
   * @param versionAfterMerge the version the merge left
   * @param currentVersion the version now
   */
  record SurvivorChangedSinceMerge(CustomerId survivor, long versionAfterMerge, long currentVersion)
      implements MergeError {
    @Override
    public String code() {
      return "survivor_changed_since_merge";
    }

    @Override
    public String message() {
      return "customer " + survivor + " is at version " + currentVersion + ", the merge left version "
          + versionAfterMerge + "; undo those changes first";
    }
  }

  /** The merge was already undone. */
  record AlreadyUndone() implements MergeError {
    @Override
    public String code() {
      return "already_undone";
    }

    @Override
    public String message() {
      return "the merge was already undone";
    }
  }

  /**
   * The customer aggregate refused the change (for example a stale version).
   *
   * @param cause the customer's error
   */
  record CustomerRefused(CustomerError cause) implements MergeError {
    @Override
    public String code() {
      return "customer_refused";
    }

    @Override
    public String message() {
      return cause.message();
    }
  }

  /**
   * A customer of the merge is not found in the caller's scope.
   *
   * @param customer the customer
   */
  record CustomerNotFound(CustomerId customer) implements MergeError {
    @Override
    public String code() {
      return "customer_not_found";
    }

    @Override
    public String message() {
      return "customer " + customer + " is not found";
    }
  }

  /**
   * A port refused one step of the merge, or of its undo, or failed to store it; every step already
   * done was compensated, so everything is as before.
   *
   * @param kind the kind of item
   * @param itemId the item
   * @param causeCode the port's error code, or {@code storage_failure}
   */
  record MoveRefused(MoveKind kind, String itemId, String causeCode) implements MergeError {
    @Override
    public String code() {
      return "move_refused";
    }

    @Override
    public String message() {
      return kind + " " + itemId + " could not be moved (" + causeCode + "); the steps done were reversed";
    }
  }

  /**
   * A step failed and reversing the steps already done failed too: those items are left as the
   * reversal found them, listed in {@code left}, for a person to repair.
   *
   * @param kind the kind of item whose reversal failed
   * @param itemId that item
   * @param causeCode the port's error code, or {@code storage_failure}
   * @param left the moves still in place
   */
  record CompensationFailed(MoveKind kind, String itemId, String causeCode, java.util.List<MovedItem> left)
      implements MergeError {
    public CompensationFailed {
      left = java.util.List.copyOf(left);
    }

    @Override
    public String code() {
      return "compensation_failed";
    }

    @Override
    public String message() {
      return "reversing the move of " + kind + " " + itemId + " failed (" + causeCode + "); "
          + left.size() + " moves remain to be repaired";
    }
  }

  /**
   * An item the merge moved has changed, or is gone, since: undoing would silently drop that change.
   *
   * @param kind the kind of item
   * @param itemId the item
   * @param versionAfterMerge the version the merge left
   * @param currentVersion the version now, or {@code 0} if the item is gone
   */
  record MovedItemChanged(MoveKind kind, String itemId, long versionAfterMerge, long currentVersion)
      implements MergeError {
    @Override
    public String code() {
      return "moved_item_changed";
    }

    @Override
    public String message() {
      return kind + " " + itemId + " is at version " + currentVersion + ", the merge left version "
          + versionAfterMerge + "; undo those changes first";
    }
  }

  /**
   * A merge with this number is already stored.
   *
   * @param mergeId the number
   */
  record MergeExists(MergeId mergeId) implements MergeError {
    @Override
    public String code() {
      return "merge_exists";
    }

    @Override
    public String message() {
      return "merge " + mergeId + " already exists";
    }
  }

  /**
   * No merge with this number is stored in the caller's scope.
   *
   * @param mergeId the number
   */
  record MergeNotFound(MergeId mergeId) implements MergeError {
    @Override
    public String code() {
      return "merge_not_found";
    }

    @Override
    public String message() {
      return "merge " + mergeId + " is not found";
    }
  }

  /**
   * A customer record was already merged away by a merge not undone: it is merged again only after that
   * merge is undone.
   *
   * @param customer the record merged away
   * @param mergedInto the survivor it was merged into
   * @param mergeId that merge
   */
  record AlreadyMerged(CustomerId customer, CustomerId mergedInto, MergeId mergeId) implements MergeError {
    @Override
    public String code() {
      return "already_merged";
    }

    @Override
    public String message() {
      return "customer " + customer + " was merged into " + mergedInto + " by merge " + mergeId;
    }
  }

  /**
   * A person and a company are never one customer.
   *
   * @param survivor the survivor
   * @param survivorKind its kind
   * @param absorbed the other record
   * @param absorbedKind its kind
   */
  record KindMismatch(CustomerId survivor, CustomerKind survivorKind, CustomerId absorbed, CustomerKind absorbedKind)
      implements MergeError {
    @Override
    public String code() {
      return "kind_mismatch";
    }

    @Override
    public String message() {
      return "customer " + survivor + " is " + survivorKind + " and customer " + absorbed + " is " + absorbedKind
          + "; only records of the same kind merge";
    }
  }

  /**
   * Two company records share neither the credit code nor the registered name and registration date:
   * two companies, or a data error a person must resolve first.
   *
   * @param survivor the survivor
   * @param absorbed the other record
   */
  record DifferentCompanies(CustomerId survivor, CustomerId absorbed) implements MergeError {
    @Override
    public String code() {
      return "different_companies";
    }

    @Override
    public String message() {
      return "customers " + survivor + " and " + absorbed
          + " share neither the credit code nor the registered name and registration date";
    }
  }
}
