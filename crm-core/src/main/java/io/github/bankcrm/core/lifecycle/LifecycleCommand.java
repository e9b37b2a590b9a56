package io.github.bankcrm.core.lifecycle;

/**
 * A commanded lifecycle move: something a person or a core-banking event decided, as opposed to a move a
 * {@link LifecyclePolicy} derives from behaviour. Which stage each command moves from and to, and which
 * guard it must pass, is the table in {@link LifecycleTransitions}.
 */
public enum LifecycleCommand {
  /** The prospect opened a first product [首次开户]: prospect to onboarding. */
  OPEN_FIRST_PRODUCT("first_product_opened"),
  /** Onboarding is done (KYC complete, product in use): onboarding to growing. */
  COMPLETE_ONBOARDING("onboarding_completed"),
  /** The bank or the customer ended the relationship [销户]: any active stage to closed. */
  CLOSE_RELATIONSHIP("relationship_closed"),
  /** The bank refused the prospect [拒绝准入]: prospect to rejected. */
  REJECT_PROSPECT("prospect_rejected"),
  /** A closed or rejected customer is considered again: back to prospect. */
  REOPEN("reopened"),
  /** A declining, dormant or churned customer was won back [挽回]: to growing. */
  WIN_BACK("won_back");

  private final String reasonCode;

  LifecycleCommand(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  /**
   * The reason code written into the transition log for this command.
   *
   * @return a stable code such as {@code relationship_closed}
   */
  public String reasonCode() {
    return reasonCode;
  }
}
