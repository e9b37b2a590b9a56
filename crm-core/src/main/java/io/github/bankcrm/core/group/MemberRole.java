package io.github.bankcrm.core.group;

/** The role of a customer in a static group; which roles a group allows depends on its {@link GroupType}. */
public enum MemberRole {
  /** The head of a household [户主]; at most one per household. */
  HEAD,
  /** An ordinary member of a household, a corporate group or a service list. */
  MEMBER,
  /** The parent company of a corporate group [集团母公司]; at most one per corporate group. */
  PARENT,
  /** A subsidiary in a corporate group [子公司]. */
  SUBSIDIARY,
  /** A customer targeted by a campaign [营销目标]. */
  TARGET
}
