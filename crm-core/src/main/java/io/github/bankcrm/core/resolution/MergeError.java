package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.CustomerError;
import io.github.bankcrm.core.customer.CustomerId;

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
   * Only two records of the same person can be merged here (companies: a later round).
   *
   * @param customer the record that is not an individual, or the same record twice
   */
  record NotMergeable(CustomerId customer) implements MergeError {
    @Override
    public String code() {
      return "not_mergeable";
    }

    @Override
    public String message() {
      return "customer " + customer + " cannot be merged: two different individual customers are needed";
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
}
