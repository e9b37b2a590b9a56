package io.github.bankcrm.core.relationship;

import static io.github.bankcrm.core.customer.CustomerKind.CORPORATE;
import static io.github.bankcrm.core.customer.CustomerKind.INDIVIDUAL;

import io.github.bankcrm.core.customer.CustomerKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a customer-to-customer relationship [客户关联关系类型]. A relationship is directed: it
 * runs <em>from</em> the customer in the {@link #fromRole()} <em>to</em> the customer in the {@link
 * #toRole()} (a shareholder to the company it owns, a parent to a child). Symmetric types ({@link
 * #isSymmetric()}) have the same role on both sides, so A–B and B–A are the same relationship.
 *
 * <p>Each type says which {@link CustomerKind}s may stand on each side, whether it carries an ownership
 * percentage, and which derived view it feeds: family ties make a household, control ties a corporate
 * group, shareholdings the chains of beneficial ownership.
 */
public enum RelationshipType {
  /** Spouses [配偶]: two individuals; symmetric. A family tie. */
  SPOUSE("spouse", "spouse", kinds(INDIVIDUAL), kinds(INDIVIDUAL), Tie.FAMILY),
  /** Parent [父母] to child [子女]: two individuals. A family tie. */
  PARENT_CHILD("parent", "child", kinds(INDIVIDUAL), kinds(INDIVIDUAL), Tie.FAMILY),
  /** Guarantor [担保人] to the guaranteed customer [被担保人]; any kinds. */
  GUARANTEE("guarantor", "guaranteed", kinds(INDIVIDUAL, CORPORATE), kinds(INDIVIDUAL, CORPORATE), Tie.NONE),
  /**
   * Shareholder [股东] to the company it owns [持股企业], with the percentage held. The only type that
   * carries a percentage; a stake above the control threshold is a control tie.
   */
  SHAREHOLDING("shareholder", "owned company", kinds(INDIVIDUAL, CORPORATE), kinds(CORPORATE), Tie.OWNERSHIP),
  /** Legal representative [法定代表人] (an individual) to the company represented. */
  LEGAL_REPRESENTATIVE("legal representative", "represented company", kinds(INDIVIDUAL), kinds(CORPORATE), Tie.NONE),
  /** Director or senior manager [董事/高级管理人员] (an individual) to the company managed. */
  SENIOR_MANAGEMENT("director or senior manager", "managed company", kinds(INDIVIDUAL), kinds(CORPORATE), Tie.NONE),
  /** Parent company [母公司] to subsidiary [子公司]: two companies. A control tie. */
  PARENT_SUBSIDIARY("parent company", "subsidiary", kinds(CORPORATE), kinds(CORPORATE), Tie.CONTROL),
  /**
   * Member company [集团成员] to the core company of its corporate group [集团核心企业], as the group
   * declared it: two companies. A control tie.
   */
  GROUP_MEMBERSHIP("group member", "group core company", kinds(CORPORATE), kinds(CORPORATE), Tie.CONTROL),
  /**
   * Upstream supplier [上游供应商] to downstream buyer [下游客户]; any kinds (an individual business owner
   * [个体工商户] trades too).
   */
  SUPPLY_CHAIN("upstream supplier", "downstream buyer", kinds(INDIVIDUAL, CORPORATE), kinds(INDIVIDUAL, CORPORATE), Tie.NONE),
  /** Principal [委托人] to the proxy [代理人] who may act on the principal's accounts; any kinds. */
  PROXY("principal", "proxy", kinds(INDIVIDUAL, CORPORATE), kinds(INDIVIDUAL, CORPORATE), Tie.NONE),
  /** Related accounts [关联账户] of two customers, e.g. sweeping or pooling; symmetric, any kinds. */
  RELATED_ACCOUNT("related account", "related account", kinds(INDIVIDUAL, CORPORATE), kinds(INDIVIDUAL, CORPORATE), Tie.NONE),
  /** Any other relationship [其他关联] the bank records; any kinds. */
  OTHER("related party", "related party", kinds(INDIVIDUAL, CORPORATE), kinds(INDIVIDUAL, CORPORATE), Tie.NONE);

  /** Which derived view a type feeds. */
  private enum Tie {
    NONE,
    FAMILY,
    CONTROL,
    OWNERSHIP
  }

  private final String fromRole;
  private final String toRole;
  private final Set<CustomerKind> fromKinds;
  private final Set<CustomerKind> toKinds;
  private final Tie tie;

  RelationshipType(
      String fromRole, String toRole, Set<CustomerKind> fromKinds, Set<CustomerKind> toKinds, Tie tie) {
    this.fromRole = fromRole;
    this.toRole = toRole;
    this.fromKinds = fromKinds;
    this.toKinds = toKinds;
    this.tie = tie;
  }

  private static Set<CustomerKind> kinds(CustomerKind first, CustomerKind... rest) {
    return Set.copyOf(EnumSet.of(first, rest));
  }

  /**
   * The role of the customer the relationship runs from, e.g. {@code "shareholder"}.
   *
   * @return the role name
   */
  public String fromRole() {
    return fromRole;
  }

  /**
   * The inverse role: the role of the customer the relationship runs to, e.g. {@code "owned company"}.
   *
   * @return the role name
   */
  public String toRole() {
    return toRole;
  }

  /**
   * The kinds of customer allowed on the from side.
   *
   * @return an unmodifiable set
   */
  public Set<CustomerKind> fromKinds() {
    return fromKinds;
  }

  /**
   * The kinds of customer allowed on the to side.
   *
   * @return an unmodifiable set
   */
  public Set<CustomerKind> toKinds() {
    return toKinds;
  }

  /**
   * Whether this type may link a customer of {@code fromKind} to one of {@code toKind}.
   *
   * @param fromKind the kind on the from side
   * @param toKind the kind on the to side
   * @return whether both kinds are allowed on their sides
   */
  public boolean allows(CustomerKind fromKind, CustomerKind toKind) {
    return fromKinds.contains(fromKind) && toKinds.contains(toKind);
  }

  /**
   * Whether both sides have the same role, so that the direction carries no meaning.
   *
   * @return {@code true} for spouses and related accounts
   */
  public boolean isSymmetric() {
    return fromRole.equals(toRole);
  }

  /**
   * Whether a relationship of this type must carry an ownership percentage (and no other type may).
   *
   * @return {@code true} for {@link #SHAREHOLDING} only
   */
  public boolean carriesPercentage() {
    return tie == Tie.OWNERSHIP;
  }

  /**
   * Whether this type links the members of a household.
   *
   * @return {@code true} for spouses and parent/child
   */
  public boolean isFamilyTie() {
    return tie == Tie.FAMILY;
  }

  /**
   * Whether this type alone puts two companies in one corporate group. A {@link #SHAREHOLDING} is a
   * control tie only when its percentage is above the control threshold, which the analysis decides.
   *
   * @return {@code true} for parent/subsidiary and declared group membership
   */
  public boolean isControlTie() {
    return tie == Tie.CONTROL;
  }
}
