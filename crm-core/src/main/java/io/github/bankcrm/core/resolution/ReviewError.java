package io.github.bankcrm.core.resolution;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.organization.OrganizationUnitId;

/**
 * Why a review command or save was refused. Every variant has a stable {@link #code()} and a {@link
 * #message()} naming reviews and customers by number only.
 */
public sealed interface ReviewError {

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
   * No such review in the caller's access scope.
   *
   * @param reviewId the review asked for
   */
  record ReviewNotFound(MatchReviewId reviewId) implements ReviewError {
    @Override
    public String code() {
      return "review_not_found";
    }

    @Override
    public String message() {
      return "no review " + reviewId + " in your access scope";
    }
  }

  /**
   * Somebody saved another version in between (or, for a new review, the number is taken).
   *
   * @param reviewId the review
   * @param expectedVersion the version the command was based on
   * @param actualVersion the version stored now
   */
  record VersionConflict(MatchReviewId reviewId, long expectedVersion, long actualVersion) implements ReviewError {
    @Override
    public String code() {
      return "version_conflict";
    }

    @Override
    public String message() {
      return "review " + reviewId + " is at version " + actualVersion + ", not " + expectedVersion
          + "; reload and try again";
    }
  }

  /**
   * The review was already closed by a merge or keep-apart decision.
   *
   * @param reviewId the review
   * @param status its status
   */
  record AlreadyDecided(MatchReviewId reviewId, ReviewStatus status) implements ReviewError {
    @Override
    public String code() {
      return "already_decided";
    }

    @Override
    public String message() {
      return "review " + reviewId + " is already decided: " + status;
    }
  }

  /**
   * A review of the same pair is already pending; decide that one.
   *
   * @param first the customer with the smaller number
   * @param second the other customer
   */
  record AlreadyQueued(CustomerId first, CustomerId second) implements ReviewError {
    @Override
    public String code() {
      return "already_queued";
    }

    @Override
    public String message() {
      return "customers " + first + " and " + second + " already wait for review";
    }
  }

  /**
   * One of the two customers is owned by a unit the caller may not see.
   *
   * @param unit the unit outside the caller's scope
   */
  record OutsideAccessScope(OrganizationUnitId unit) implements ReviewError {
    @Override
    public String code() {
      return "outside_access_scope";
    }

    @Override
    public String message() {
      return "organisation unit " + unit + " is outside your access scope";
    }
  }
}
