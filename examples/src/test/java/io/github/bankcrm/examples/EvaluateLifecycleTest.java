package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The focused example of evaluating a lifecycle runs, and prints no personal data. */
class EvaluateLifecycleTest {

  @Test
  void an_onboarded_customer_without_activity_for_more_than_180_days_turns_dormant_with_the_reason_logged() {
    String output = ReadmeExample.printedBy(() -> EvaluateLifecycle.main(new String[0]));

    assertThat(output.lines()).containsExactly(
        "Deposit A-1 opened 2024-03-01, last balance change 2025-11-03",
        "Lifecycle: GROWING",
        "Policy proposes GROWING -> DORMANT because inactive_180d [daysSinceLastActivity=239 in [180, -]]",
        "Applied 1 move(s), refused 0",
        "  log: null -> ONBOARDING (started)",
        "  log: ONBOARDING -> GROWING (onboarding_completed)",
        "  log: GROWING -> DORMANT (inactive_180d)");
    assertThat(output).doesNotContain("王小红", "11010519491231002X", "6222021234567890");
  }
}
