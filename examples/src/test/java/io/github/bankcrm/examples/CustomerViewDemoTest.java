package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CustomerViewDemoTest {

  @Test
  void the_demo_walks_every_step_and_prints_no_personal_data() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    new CustomerViewDemo(new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
    String output = printed.toString(StandardCharsets.UTF_8);

    assertThat(output)
        .contains("born 1949, FEMALE")
        .contains("refused [invalid_customer_data]")
        .contains("name.legalName", "contact.mobile", "contact.email", "owningUnit")
        .contains("refused [version_conflict]")
        .contains("contact.mobile: 138****5678 -> 139****1111")
        .contains("Beijing user finds 1 customer(s)")
        .contains("Shanghai user finds 0 customer(s)");
    assertThat(output)
        .doesNotContain("王小红", "11010519491231002X", "13812345678", "13900001111", "xiaohong.wang@example.com", "建国路");
  }
}
