/**
 * Identity documents with exact validation: resident identity numbers (GB 11643), Unified Social Credit
 * Codes (GB 32100), passports and other documents.
 */
@CrmStyle
package io.github.bankcrm.core.identity;

import io.github.bankcrm.core.shared.CrmStyle;
