/**
 * What customers hold at the bank [客户与银行]: products and accounts, balances and their history, loan
 * contracts and due bills, collateral and guarantees, the relationship manager and branch assignment
 * history, and the per-customer balance summary that value scoring consumes.
 */
@CrmStyle
package io.github.bankcrm.core.holding;

import io.github.bankcrm.core.shared.CrmStyle;
