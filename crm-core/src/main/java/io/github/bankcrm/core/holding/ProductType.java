package io.github.bankcrm.core.holding;

/** The families of products a customer can hold. */
public enum ProductType {
  /** Current and time deposits [存款]. */
  DEPOSIT,
  /** Loans [贷款]; the balance is the outstanding principal. */
  LOAN,
  /** Debit and credit cards [银行卡]; for a credit card the balance is what the customer owes. */
  CARD,
  /** Wealth-management products and funds [理财]. */
  WEALTH,
  /** Insurance sold through the bank [保险]; the balance is the policy's cash value. */
  INSURANCE
}
