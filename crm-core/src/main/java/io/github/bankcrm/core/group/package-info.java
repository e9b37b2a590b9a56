/**
 * Groups and segments [客户分群]: static {@link io.github.bankcrm.core.group.Group}s (households,
 * corporate groups, campaign and service lists) with their {@link io.github.bankcrm.core.group.Groups}
 * port, and dynamic segments defined as data ({@link io.github.bankcrm.core.group.SegmentDefinition},
 * a tree of {@link io.github.bankcrm.core.group.SegmentRule}s) that are re-evaluated into a
 * {@link io.github.bankcrm.core.group.SegmentEvaluation} with enter / leave events, and stored through
 * the {@link io.github.bankcrm.core.group.SegmentMemberships} port.
 */
@CrmStyle
package io.github.bankcrm.core.group;

import io.github.bankcrm.core.shared.CrmStyle;
