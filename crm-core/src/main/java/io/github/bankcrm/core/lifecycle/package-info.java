/**
 * The customer lifecycle [客户生命周期]: the stage every customer is in, the commanded and
 * policy-derived transitions between stages, and the transition log.
 */
@CrmStyle
package io.github.bankcrm.core.lifecycle;

import io.github.bankcrm.core.shared.CrmStyle;
