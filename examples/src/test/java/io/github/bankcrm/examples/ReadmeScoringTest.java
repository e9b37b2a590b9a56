package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README scoring example is real code: the same lines as {@link ScoringQuickstart}. */
class ReadmeScoringTest {

  @Test
  void the_readme_shows_exactly_the_compiled_example() {
    assertThat(ReadmeExample.readmeBlock("scoring"))
        .as("README has a ```java block after <!-- scoring -->")
        .isPresent()
        .isEqualTo(ReadmeExample.taggedSource("ScoringQuickstart.java", "scoring"));
  }

  @Test
  void the_example_prints_the_score_tier_and_reasons() {
    assertThat(ReadmeExample.printedBy(() -> ScoringQuickstart.main(new String[0])))
        .startsWith("816 PLATINUM [CONTRIBUTION_HIGH, LIFETIME_VALUE_HIGH, RECENCY_HIGH]");
  }
}
