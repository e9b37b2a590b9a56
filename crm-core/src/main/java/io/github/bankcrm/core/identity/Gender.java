package io.github.bankcrm.core.identity;

/** Gender as GB/T 2261.1 codes it; a resident identity number carries it in its 17th digit. */
public enum Gender {
  /** GB/T 2261.1 code 0. */
  UNKNOWN,
  /** GB/T 2261.1 code 1; odd 17th digit of a resident identity number. */
  MALE,
  /** GB/T 2261.1 code 2; even 17th digit of a resident identity number. */
  FEMALE,
  /** GB/T 2261.1 code 9: not stated. */
  NOT_STATED
}
