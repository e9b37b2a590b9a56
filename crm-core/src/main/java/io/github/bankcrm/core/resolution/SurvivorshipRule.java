package io.github.bankcrm.core.resolution;

/**
 * Which record's value survives a merge, for one field. Under every rule an empty value (no mobile,
 * education {@code NOT_STATED}, employment unknown) never wins over a filled one.
 */
public enum SurvivorshipRule {
  /** The value of the record changed most recently ({@code updatedAt}); the survivor on a tie. */
  MOST_RECENT,
  /** The value of the record whose source is trusted most ({@link Survivorship#trust}); the survivor on a tie. */
  MOST_TRUSTED,
  /** The survivor's value, unless it is empty. */
  SURVIVOR
}
