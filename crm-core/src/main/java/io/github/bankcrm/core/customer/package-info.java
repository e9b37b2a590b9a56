/**
 * The customer aggregate [客户]: individual and corporate customers, their profiles and contact points,
 * the commands that register and maintain them, the events and change records those commands produce,
 * and the {@link io.github.bankcrm.core.customer.Customers} port.
 */
@CrmStyle
package io.github.bankcrm.core.customer;

import io.github.bankcrm.core.shared.CrmStyle;
