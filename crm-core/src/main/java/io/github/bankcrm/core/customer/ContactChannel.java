package io.github.bankcrm.core.customer;

/** The channel a customer prefers to be contacted through. */
public enum ContactChannel {
  /** A call to the mobile number. */
  MOBILE_CALL,
  /** A text message to the mobile number. */
  SMS,
  /** A call to a fixed-line number. */
  PHONE,
  /** An e-mail. */
  EMAIL,
  /** A letter to the mailing address. */
  POST,
  /** A message in the mobile banking app. */
  MOBILE_APP,
  /** A conversation at the branch. */
  BRANCH
}
