package io.github.bankcrm.core.customer;

/** Whether and where a company's shares are listed [上市情况]. */
public enum ListingStatus {
  /** Not listed. */
  UNLISTED,
  /** Listed on the Shanghai, Shenzhen or Beijing stock exchange [A股]. */
  LISTED_MAINLAND,
  /** Listed in Hong Kong [港股]. */
  LISTED_HONG_KONG,
  /** Listed elsewhere abroad. */
  LISTED_OVERSEAS,
  /** Quoted on the National Equities Exchange and Quotations [新三板]. */
  NEEQ_QUOTED
}
