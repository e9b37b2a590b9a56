package io.github.bankcrm.core.holding;

/** What secures a loan: a mortgage [抵押] leaves the asset with the owner, a pledge [质押] hands it over. */
public enum CollateralType {
  /** A mortgage on real estate [房地产抵押]. */
  REAL_ESTATE_MORTGAGE,
  /** A mortgage on a vehicle [车辆抵押]. */
  VEHICLE_MORTGAGE,
  /** A mortgage on machinery or equipment [设备抵押]. */
  EQUIPMENT_MORTGAGE,
  /** A pledge of a deposit or certificate of deposit [存单质押]. */
  DEPOSIT_PLEDGE,
  /** A pledge of securities or fund shares [有价证券质押]. */
  SECURITIES_PLEDGE,
  /** A pledge of receivables [应收账款质押]. */
  RECEIVABLES_PLEDGE,
  /** Anything else, described in words. */
  OTHER
}
