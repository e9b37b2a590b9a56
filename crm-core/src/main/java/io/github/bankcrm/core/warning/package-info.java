/**
 * Relationship-crisis early warning [客户关系危机预警]: {@link io.github.bankcrm.core.warning.WarningFactor}s
 * read from holdings, balances, interactions and service assignments, scored by a {@link
 * io.github.bankcrm.core.warning.WarningPolicy} that is data, into an {@link
 * io.github.bankcrm.core.warning.EarlyWarning} with a level and a follow-up workflow, stored through the
 * {@link io.github.bankcrm.core.warning.Warnings} port.
 */
@CrmStyle
package io.github.bankcrm.core.warning;

import io.github.bankcrm.core.shared.CrmStyle;
