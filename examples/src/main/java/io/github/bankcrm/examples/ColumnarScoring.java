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
 * column at all (nor a name that is not one of its enum): its line is reported as unreadable, by
 * column name, without the value.
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
      String unreadable = add(block, row);
      if (unreadable != null) {
        pending.add("line " + line + " " + row.get("customer") + " unreadable: " + unreadable + " is not a number, a date or a known name");
        counts[2]++;
        continue;
      }
      pending.add(line);
      if (block.isFull()) {
        report(scorer, block, scores, slot, pending, counts, out);
      }
    }
    report(scorer, block, scores, slot, pending, counts, out);
    out.accept("scored " + counts[0] + ", refused " + counts[1] + ", unreadable " + counts[2]);
  }

  /**
   * One row into the block: the columns of the extract as the components of a snapshot, each cell
   * read once. A cell that cannot be read leaves the block as it was.
   *
   * @return {@code null}, or the first column whose cell is not a number, a date or a known name
   */
  private static String add(SnapshotBlock block, CSVRecord row) {
    Cells cells = new Cells(row);
    LifecycleStage stage = cells.name("stage", LifecycleStage.class);
    Integer age = cells.isEmpty("age") ? null : cells.count("age");
    IncomeTrend trend = cells.name("income_trend", IncomeTrend.class);
    Education education = cells.name("education", Education.class);
    long deposit = cells.amount("deposit_cny_avg");
    double depositRate = cells.fraction("deposit_rate");
    boolean borrows = !cells.isEmpty("loan_cny_avg");
    long loan = borrows ? cells.amount("loan_cny_avg") : 0;
    double loanRate = borrows ? cells.fraction("loan_rate") : 0;
    long cardFees = cells.amount("card_fees");
    long wealthFees = cells.amount("wealth_fees");
    int branchVisits = cells.count("branch_visits");
    int mobileLogins = cells.count("mobile_logins");
    LocalDate lastActivity = cells.day("last_activity");
    int transactions = cells.count("tx_count");
    long turnover = cells.amount("tx_amount");
    double pd = cells.fraction("pd");
    double lgd = cells.fraction("lgd");
    long ead = cells.amount("ead");
    if (cells.unreadable != null) {
      return cells.unreadable;
    }
    block.addRow(CustomerId.of(row.get("customer")), AS_OF, 365, stage);
    block.attributes(age, Boolean.parseBoolean(row.get("business_owner")), trend, education);
    block.position(ProductType.DEPOSIT, CNY, deposit, depositRate);
    if (borrows) {
      block.position(ProductType.LOAN, CNY, loan, loanRate);
    }
    block.fee(FeeType.CARD, CNY, cardFees);
    block.fee(FeeType.WEALTH, CNY, wealthFees);
    block.channelUse(Channel.BRANCH, branchVisits);
    block.channelUse(Channel.MOBILE, mobileLogins);
    block.transactions(lastActivity, transactions, turnover);
    block.credit(pd, lgd, ead);
    return null;
  }

  /** Reads the cells of a row, remembering the first one that cannot be read (and reading it as 0). */
  private static final class Cells {

    private final CSVRecord row;
    private String unreadable;

    Cells(CSVRecord row) {
      this.row = row;
    }

    boolean isEmpty(String column) {
      return row.get(column).isEmpty();
    }

    long amount(String column) {
      try {
        return Long.parseLong(row.get(column));
      } catch (NumberFormatException e) {
        return unreadable(column, 0L);
      }
    }

    int count(String column) {
      try {
        return Integer.parseInt(row.get(column));
      } catch (NumberFormatException e) {
        return unreadable(column, 0);
      }
    }

    double fraction(String column) {
      try {
        return Double.parseDouble(row.get(column));
      } catch (NumberFormatException e) {
        return unreadable(column, 0.0);
      }
    }

    /** An empty cell is no day. */
    LocalDate day(String column) {
      try {
        return isEmpty(column) ? null : LocalDate.parse(row.get(column));
      } catch (DateTimeParseException e) {
        return unreadable(column, null);
      }
    }

    /** An empty cell is no value: the scorer decides whether that is allowed. */
    <E extends Enum<E>> E name(String column, Class<E> type) {
      try {
        return isEmpty(column) ? null : Enum.valueOf(type, row.get(column));
      } catch (IllegalArgumentException e) {
        return unreadable(column, null);
      }
    }

    private <T> T unreadable(String column, T value) {
      if (unreadable == null) {
        unreadable = column;
      }
      return value;
    }
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
