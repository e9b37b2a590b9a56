package io.github.bankcrm.core.resolution;

/**
 * The single-valued fields of a person that survivorship rules choose between. Everything else is fixed
 * by the merge itself: identity documents, fixed-line phones, addresses of other types and alternative
 * spellings are united (nothing is lost); legal name, birth date, gender and nationality stay the
 * survivor's (they belong to its identity document); so do the preferred channel and the marketing
 * consent (consent is never inferred from another record).
 */
public enum MergeField {
  /** Marital status. */
  MARITAL_STATUS,
  /** Highest education. */
  EDUCATION,
  /** Occupation, employer and job title, as one. */
  EMPLOYMENT,
  /** Household income and assets, as one. */
  HOUSEHOLD,
  /** The mobile number. */
  MOBILE,
  /** The e-mail address. */
  EMAIL
}
