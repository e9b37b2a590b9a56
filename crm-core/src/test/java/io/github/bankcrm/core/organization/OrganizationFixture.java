package io.github.bankcrm.core.organization;

import static io.github.bankcrm.core.organization.OrganizationLevel.BRANCH;
import static io.github.bankcrm.core.organization.OrganizationLevel.HEAD_OFFICE;
import static io.github.bankcrm.core.organization.OrganizationLevel.SUB_BRANCH;

import java.util.Arrays;
import java.util.List;

/**
 * A small, realistic bank for tests:
 *
 * <pre>
 * HO   总行
 * ├── BJ   北京分行
 * │   ├── BJ01 北京朝阳支行
 * │   └── BJ02 北京海淀支行
 * └── SH   上海分行
 *     └── SH01 上海浦东支行
 * </pre>
 */
public final class OrganizationFixture {

  /** The head office. */
  public static final OrganizationUnitId HO = OrganizationUnitId.of("HO");

  /** The Beijing branch. */
  public static final OrganizationUnitId BJ = OrganizationUnitId.of("BJ");

  /** The Shanghai branch. */
  public static final OrganizationUnitId SH = OrganizationUnitId.of("SH");

  /** A sub-branch of Beijing. */
  public static final OrganizationUnitId BJ01 = OrganizationUnitId.of("BJ01");

  /** Another sub-branch of Beijing. */
  public static final OrganizationUnitId BJ02 = OrganizationUnitId.of("BJ02");

  /** A sub-branch of Shanghai. */
  public static final OrganizationUnitId SH01 = OrganizationUnitId.of("SH01");

  private OrganizationFixture() {}

  /**
   * The units, each after its parent, so they can be added to a store in this order.
   *
   * @return the six units
   */
  public static List<OrganizationUnit> units() {
    return List.of(
        new OrganizationUnit(HO, "总行", HEAD_OFFICE, null),
        new OrganizationUnit(BJ, "北京分行", BRANCH, HO),
        new OrganizationUnit(SH, "上海分行", BRANCH, HO),
        new OrganizationUnit(BJ01, "北京朝阳支行", SUB_BRANCH, BJ),
        new OrganizationUnit(BJ02, "北京海淀支行", SUB_BRANCH, BJ),
        new OrganizationUnit(SH01, "上海浦东支行", SUB_BRANCH, SH));
  }

  /**
   * The hierarchy of the six units.
   *
   * @return the hierarchy
   */
  public static OrganizationHierarchy hierarchy() {
    return OrganizationHierarchy.of(units())
        .getOrElseThrow(error -> new AssertionError("fixture is invalid: " + error.message()));
  }

  /**
   * One unit of the fixture by its code.
   *
   * @param code one of {@code HO, BJ, SH, BJ01, BJ02, SH01}
   * @return the unit
   */
  public static OrganizationUnit unit(String code) {
    return hierarchy()
        .unit(OrganizationUnitId.of(code))
        .orElseThrow(() -> new IllegalArgumentException("no unit " + code + " in the fixture"));
  }

  /**
   * The scope of a user granted these units of the fixture.
   *
   * @param unitCodes codes such as {@code "BJ"} or {@code "SH01"}
   * @return the scope
   */
  public static AccessScope scopeOf(String... unitCodes) {
    return AccessScope.of(
        hierarchy(), Arrays.stream(unitCodes).map(OrganizationUnitId::of).toList());
  }
}
