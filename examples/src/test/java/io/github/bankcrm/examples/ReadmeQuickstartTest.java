package io.github.bankcrm.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README quickstart is real code: the same lines as {@link Quickstart}, which compiles and runs. */
class ReadmeQuickstartTest {

  @Test
  void the_readme_shows_exactly_the_compiled_quickstart() {
    assertThat(ReadmeExample.readmeBlock("quickstart"))
        .as("README has a ```java block after <!-- quickstart -->")
        .isPresent()
        .isEqualTo(ReadmeExample.taggedSource("Quickstart.java", "quickstart"));
  }

  @Test
  void the_quickstart_registers_a_customer_without_printing_personal_data() {
    String output = ReadmeExample.printedBy(() -> Quickstart.main(new String[0]));

    assertThat(output).contains("Registered IndividualCustomer[", "version=1", "name=王**");
    assertThat(output).doesNotContain("王小红", "11010519491231002X", "13812345678");
  }
}
