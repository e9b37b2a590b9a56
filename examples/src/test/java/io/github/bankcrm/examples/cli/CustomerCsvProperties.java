package io.github.bankcrm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bankcrm.core.customer.Customer;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.examples.bank.SyntheticCustomer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.csv.CSVPrinter;

class CustomerCsvProperties {

  /** What generate writes, import reads back as the same customers: the format loses nothing it needs. */
  @Property(tries = 30)
  void every_synthetic_customer_survives_a_round_trip_through_the_csv_format(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 40) int size)
      throws IOException {
    List<SyntheticCustomer> bank = new SyntheticBank(SyntheticBank.Config.of(seed, size)).customers().toList();
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = CustomerCsv.printer(text)) {
      bank.forEach(customer -> CustomerCsv.print(printer, customer.registration().customer()));
    }
    Path file = Files.createTempFile("customers", ".csv");
    try {
      Files.writeString(file, text.toString(), StandardCharsets.UTF_8);

      List<CustomerCsv.Row> rows = CustomerCsv.read(file, SyntheticBank.LOADER, SyntheticBank.AS_OF);

      assertThat(rows).hasSize(size).allSatisfy(row -> assertThat(row).isInstanceOf(CustomerCsv.Accepted.class));
      for (int i = 0; i < size; i++) {
        CustomerCsv.Accepted row = (CustomerCsv.Accepted) rows.get(i);
        Customer read = row.registration().customer();
        Customer written = bank.get(i).registration().customer();
        assertThat(row.line()).isEqualTo(i + 2);
        assertThat(read).usingRecursiveComparison().isEqualTo(written);
      }
    } finally {
      Files.delete(file);
    }
  }
}
