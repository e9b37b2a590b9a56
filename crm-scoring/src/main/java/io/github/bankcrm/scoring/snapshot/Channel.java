package io.github.bankcrm.scoring.snapshot;

/** The channels a customer uses; each use costs the bank what the scoring model says. */
public enum Channel {
  /** A teller or a relationship manager at a branch counter [柜面]. */
  BRANCH,
  /** A self-service machine [自助设备]. */
  ATM,
  /** Online banking [网银]. */
  ONLINE,
  /** The mobile banking app [手机银行]. */
  MOBILE,
  /** The call centre [电话银行]. */
  CALL_CENTRE
}
