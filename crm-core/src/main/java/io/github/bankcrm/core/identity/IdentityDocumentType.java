package io.github.bankcrm.core.identity;

/** The kind of an identity document [证件类型] a customer identifies with. */
public enum IdentityDocumentType {
  /** Resident identity card [居民身份证] of the People's Republic of China, number checked per GB 11643. */
  RESIDENT_ID_CARD,
  /** Passport [护照] of any country. */
  PASSPORT,
  /** Mainland travel permit for Hong Kong and Macao residents [港澳居民来往内地通行证]. */
  HONG_KONG_MACAO_PERMIT,
  /** Mainland travel permit for Taiwan residents [台湾居民来往大陆通行证]. */
  TAIWAN_PERMIT,
  /** Foreign permanent resident identity card [外国人永久居留身份证]. */
  FOREIGN_PERMANENT_RESIDENT_ID,
  /** Household register booklet [户口簿], mostly for minors without an identity card. */
  RESIDENCE_BOOKLET,
  /** Military officer's identity card [军官证]. */
  MILITARY_OFFICER_ID,
  /** Any other document the bank accepts [其他证件]. */
  OTHER
}
