/**
 * Customer-to-customer relationships [客户关系]: typed, directed relationships with inverse roles and
 * validity periods, the rules that refuse impossible ones, and the views the library derives from them
 * — the household [家庭] of a person, the corporate group [集团客户] of a company, its ultimate
 * beneficial owners [最终受益人] with the ownership chains that justify them, and the roll-ups of
 * balances and credit exposure over those units.
 */
@CrmStyle
package io.github.bankcrm.core.relationship;

import io.github.bankcrm.core.shared.CrmStyle;
