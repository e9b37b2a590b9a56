package io.github.bankcrm.core.interaction;

/**
 * The channel a contact with a customer took place through [接触渠道]. Not the customer's preferred
 * contact channel ({@code customer.ContactChannel}), which says how the bank may reach the customer.
 */
public enum InteractionChannel {
  /** At a branch counter [柜面]. */
  BRANCH_COUNTER,
  /** A call to or from the call centre [客服中心 / 95xxx]. */
  CALL_CENTRE,
  /** A phone call by branch staff or the relationship manager. */
  PHONE,
  /** Through the mobile banking app [手机银行]. */
  MOBILE_APP,
  /** Through internet banking [网上银行]. */
  INTERNET_BANKING,
  /** A visit by the relationship manager [客户经理走访]. */
  RM_VISIT,
  /** A message on a social or instant-messaging channel (WeChat and the like). */
  MESSAGING,
  /** A letter or e-mail. */
  WRITTEN
}
