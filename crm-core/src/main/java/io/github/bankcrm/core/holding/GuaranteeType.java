package io.github.bankcrm.core.holding;

/** The kind of a personal or corporate guarantee [保证], as the PRC Civil Code distinguishes them. */
public enum GuaranteeType {
  /** Joint and several liability [连带责任保证]: the bank may claim from the guarantor at once. */
  JOINT_AND_SEVERAL,
  /** General guarantee [一般保证]: the guarantor pays only what the borrower cannot. */
  GENERAL
}
