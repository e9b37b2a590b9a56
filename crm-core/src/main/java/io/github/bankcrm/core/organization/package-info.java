/**
 * The bank's organisation [机构]: head office, branches and sub-branches as a tree, relationship
 * managers, and the access scope that decides which customers a user may see.
 */
@CrmStyle
package io.github.bankcrm.core.organization;

import io.github.bankcrm.core.shared.CrmStyle;
