package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The focused example of relating customers runs, and prints no personal data. */
class RelateCustomersTest {

  @Test
  void relates_a_family_refuses_a_person_as_a_company_and_finds_the_household() {
    String output = ReadmeExample.printedBy(() -> RelateCustomers.main(new String[0]));

    assertThat(output.lines()).containsExactly(
        "Registered 3 customers",
        "Related spouses: SPOUSE",
        "Related parent and child: PARENT_CHILD",
        "Refused a person as an owned company [kind_not_allowed]",
        "Household of the son on 2026-06-30: 3 members, both parents included");
    assertThat(output).doesNotContain("王建国", "李秀英", "王小明", "110105195003150019");
  }
}
