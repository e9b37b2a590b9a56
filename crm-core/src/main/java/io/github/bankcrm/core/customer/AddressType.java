package io.github.bankcrm.core.customer;

/** What an address is used for. */
public enum AddressType {
  /** Where the customer lives [居住地址]. */
  HOME,
  /** Where the customer works [单位地址]. */
  WORK,
  /** Where statements and letters go [通讯地址]. */
  MAILING,
  /** The household-registration address [户籍地址] or, for a company, its registered address. */
  REGISTERED,
  /** A company's place of business [经营地址]. */
  BUSINESS
}
