package io.github.bankcrm.examples;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.model.ScoringModels;
import io.github.bankcrm.scoring.score.ScoreBlock;
import io.github.bankcrm.scoring.score.ScoreSlot;
import io.github.bankcrm.scoring.score.ScoringError;
import io.github.bankcrm.scoring.score.SnapshotBlock;
import io.github.bankcrm.scoring.score.ValueScorer;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A nightly scoring run over a table extract, without a snapshot object per customer: each CSV row
 * goes straight into the columns of a {@link SnapshotBlock}, and a full block is scored at once by
 * {@link ValueScorer#scoreBlock} (the fastest way to score many customers with their explanations).
 * A row the scorer refuses (a negative balance, a missing stage) is reported with its line and the
 * refused fields; the others are scored. A cell that is not a number or a date cannot go into a
 * column at all: its line is reported as unreadable, by column name, without the value.
 */
public final class ColumnarScoring {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final CSVFormat READ =
      CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();

  private ColumnarScoring() {}

  /**
   * Scores the example extract in blocks of 1,024 rows with the shipped example model.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (Reader extract =
        new InputStreamReader(
            Objects.requireNonNull(ColumnarScoring.class.getResourceAsStream("/scoring/customer-extract.csv")),
            StandardCharsets.UTF_8)) {
      score(extract, ValueScorer.of(ScoringModels.defaultModel()), 1024, System.out::println);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scores an extract block by block and reports each customer, in the extract's order: its score,
   * tier and reasons, or why it was refused.
   *
   * @param extract the CSV extract, with a header
   * @param scorer the scorer
   * @param blockSize the rows per block, at least 1
   * @param out receives one line per customer and a summary line
   * @throws IOException if the extract cannot be read
   */
  public static void score(Reader extract, ValueScorer scorer, int blockSize, Consumer<String> out) throws IOException {
    SnapshotBlock block = new SnapshotBlock(blockSize);
    ScoreBlock scores = new ScoreBlock(blockSize);
    ScoreSlot slot = new ScoreSlot();
    // what to report, in the extract's order: a block row's line, or the message of an unreadable row
    List<Object> pending = new ArrayList<>();
    int[] counts = new int[3]; // scored, refused, unreadable
    for (CSVRecord row : READ.parse(extract)) {
      long line = row.getRecordNumber() + 1; // the header is line 1
      String unreadable = firstUnreadable(row);
      if (unreadable != null) {
        pending.add("line " + line + " " + row.get("customer") + " unreadable: " + unreadable + " is not a number or a date");
        counts[2]++;
        continue;
      }
      add(block, row);
      pending.add(line);
      if (block.isFull()) {
        report(scorer, block, scores, slot, pending, counts, out);
      }
    }
    report(scorer, block, scores, slot, pending, counts, out);
    out.accept("scored " + counts[0] + ", refused " + counts[1] + ", unreadable " + counts[2]);
  }

  /** One row into the block: the columns of the extract as the components of a snapshot. */
  private static void add(SnapshotBlock block, CSVRecord row) {
    String stage = row.get("stage");
    block.addRow(
        CustomerId.of(row.get("customer")), AS_OF, 365, stage.isEmpty() ? null : LifecycleStage.valueOf(stage));
    String trend = row.get("income_trend");
    String education = row.get("education");
    block.attributes(
        row.get("age").isEmpty() ? null : Integer.valueOf(row.get("age")),
        Boolean.parseBoolean(row.get("business_owner")),
        trend.isEmpty() ? null : IncomeTrend.valueOf(trend),
        education.isEmpty() ? null : Education.valueOf(education));
    block.position(ProductType.DEPOSIT, CNY, Long.parseLong(row.get("deposit_cny_avg")), Double.parseDouble(row.get("deposit_rate")));
    if (!row.get("loan_cny_avg").isEmpty()) {
      block.position(ProductType.LOAN, CNY, Long.parseLong(row.get("loan_cny_avg")), Double.parseDouble(row.get("loan_rate")));
    }
    block.fee(FeeType.CARD, CNY, Long.parseLong(row.get("card_fees")));
    block.fee(FeeType.WEALTH, CNY, Long.parseLong(row.get("wealth_fees")));
    block.channelUse(Channel.BRANCH, Integer.parseInt(row.get("branch_visits")));
    block.channelUse(Channel.MOBILE, Integer.parseInt(row.get("mobile_logins")));
    String last = row.get("last_activity");
    block.transactions(
        last.isEmpty() ? null : LocalDate.parse(last), Integer.parseInt(row.get("tx_count")), Long.parseLong(row.get("tx_amount")));
    block.credit(Double.parseDouble(row.get("pd")), Double.parseDouble(row.get("lgd")), Long.parseLong(row.get("ead")));
  }

  /** The first column whose cell cannot be read into its column, or {@code null}. */
  private static String firstUnreadable(CSVRecord row) {
    if (!row.get("age").isEmpty()) {
      try {
        Integer.parseInt(row.get("age"));
      } catch (NumberFormatException e) {
        return "age";
      }
    }
    for (String column : List.of("deposit_cny_avg", "card_fees", "wealth_fees", "tx_amount", "ead")) {
      try {
        Long.parseLong(row.get(column));
      } catch (NumberFormatException e) {
        return column;
      }
    }
    for (String column : List.of("branch_visits", "mobile_logins", "tx_count")) {
      try {
        Integer.parseInt(row.get(column));
      } catch (NumberFormatException e) {
        return column;
      }
    }
    for (String column : List.of("deposit_rate", "pd", "lgd")) {
      try {
        Double.parseDouble(row.get(column));
      } catch (NumberFormatException e) {
        return column;
      }
    }
    if (!row.get("loan_cny_avg").isEmpty()) {
      try {
        Long.parseLong(row.get("loan_cny_avg"));
        Double.parseDouble(row.get("loan_rate"));
      } catch (NumberFormatException e) {
        return "loan_cny_avg";
      }
    }
    try {
      if (!row.get("last_activity").isEmpty()) {
        LocalDate.parse(row.get("last_activity"));
      }
    } catch (DateTimeParseException e) {
      return "last_activity";
    }
    for (String column : List.of("stage", "income_trend", "education")) {
      String name = row.get(column);
      if (!name.isEmpty() && !isName(column, name)) {
        return column;
      }
    }
    return null;
  }

  private static boolean isName(String column, String name) {
    Class<? extends Enum<?>> type =
        switch (column) {
          case "stage" -> LifecycleStage.class;
          case "income_trend" -> IncomeTrend.class;
          default -> Education.class;
        };
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static void report(
      ValueScorer scorer,
      SnapshotBlock block,
      ScoreBlock scores,
      ScoreSlot slot,
      List<Object> pending,
      int[] counts,
      Consumer<String> out) {
    scorer.scoreBlock(block, scores);
    int row = 0;
    for (Object next : pending) {
      if (next instanceof String unreadable) {
        out.accept(unreadable);
        continue;
      }
      String customer = "line " + next + " " + scores.customerId(row).value();
      if (scores.copyInto(row, slot)) {
        List<String> reasons = new ArrayList<>();
        for (int i = 0; i < slot.reasonCount(); i++) {
          reasons.add(slot.reason(i).name());
        }
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < slot.flagCount(); i++) {
          flags.add(slot.flag(i));
        }
        out.accept(customer + " " + slot.score() + " " + slot.tier() + " " + reasons + (flags.isEmpty() ? "" : " " + flags));
        counts[0]++;
      } else {
        out.accept(customer + " refused: " + describe(scores.error(row)));
        counts[1]++;
      }
      row++;
    }
    block.clear();
    pending.clear();
  }

  private static String describe(ScoringError error) {
    return error instanceof ScoringError.InvalidSnapshot invalid
        ? invalid.errors().stream().map(e -> e.path() + " " + e.code()).collect(Collectors.joining(", "))
        : error.code();
  }
}
