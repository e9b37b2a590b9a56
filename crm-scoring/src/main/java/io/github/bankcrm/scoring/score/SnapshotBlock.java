package io.github.bankcrm.scoring.score;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.scoring.internal.SnapshotColumns;
import io.github.bankcrm.scoring.snapshot.Channel;
import io.github.bankcrm.scoring.snapshot.CustomerSnapshot;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.scoring.snapshot.FeeType;
import io.github.bankcrm.scoring.snapshot.IncomeTrend;
import java.time.LocalDate;
import java.util.Currency;
import io.github.bankcrm.core.shared.Nullable;

/**
 * A block of customer snapshots held as primitive columns, for {@link ValueScorer#scoreBlock}: the
 * input of a nightly batch that reads its customers from a table or a file and wants the fastest
 * score with explanation per customer.
 *
 * <p>A row is one {@link CustomerSnapshot}, appended whole with {@link #add(CustomerSnapshot)} or field
 * by field without building one: {@link #addRow} starts the row, then {@link #attributes}, {@link
 * #position}, {@link #fee}, {@link #channelUse}, {@link #transactions} and {@link #credit} fill it (each
 * with the components of the record of the same name; anything absent or impossible is accepted here
 * and refused by the scorer, for that row only, exactly as scoring the snapshot alone refuses it). A
 * row started with {@code addRow} has unknown attributes, no positions, fees or channel uses, no
 * transactions ({@link io.github.bankcrm.scoring.snapshot.TransactionSummary#none()}) and no credit
 * exposure ({@link io.github.bankcrm.scoring.snapshot.CreditRisk#none()}) until they are set.
 *
 * <pre>{@code
 * SnapshotBlock block = new SnapshotBlock(1024);   // reused, block after block
 * ScoreBlock scores = new ScoreBlock(1024);
 * while (rows.next()) {
 *   block.addRow(new CustomerId(rows.getString("id")), asOf, 365, stageOf(rows));
 *   block.position(ProductType.DEPOSIT, CNY, rows.getLong("deposit_avg"), rows.getDouble("deposit_rate"));
 *   ...
 *   if (block.isFull()) {
 *     scorer.scoreBlock(block, scores);
 *     write(scores);
 *     block.clear();
 *   }
 * }
 * scorer.scoreBlock(block, scores);                 // the last block, partly filled
 * write(scores);
 * }</pre>
 *
 * <p>Holds customer data: not for logs ({@link #toString()} shows sizes only). One thread at a time.
 */
public final class SnapshotBlock {

  private final SnapshotColumns columns;

  /**
   * An empty block.
   *
   * @param capacity the most rows it holds, at least 1
   * @throws IllegalArgumentException if {@code capacity < 1}
   */
  public SnapshotBlock(int capacity) {
    columns = new SnapshotColumns(capacity);
  }

  SnapshotColumns columns() {
    return columns;
  }

  /** @return the most rows the block holds */
  public int capacity() {
    return columns.capacity();
  }

  /** @return the rows the block holds */
  public int size() {
    return columns.size();
  }

  /** @return whether no other row fits */
  public boolean isFull() {
    return columns.size() == columns.capacity();
  }

  /** Removes every row; the block keeps its memory for the next rows. */
  public void clear() {
    columns.clear();
  }

  /**
   * Appends a snapshot as a row.
   *
   * @param snapshot the snapshot
   * @return the row's index
   * @throws IllegalStateException if the block is full
   */
  public int add(CustomerSnapshot snapshot) {
    return columns.add(snapshot);
  }

  /**
   * Starts a row, with the first components of a {@link CustomerSnapshot}.
   *
   * @param customerId the customer; required
   * @param asOf the last day of the period
   * @param periodDays the period's length in days
   * @param stage the lifecycle stage
   * @return the row's index
   * @throws IllegalStateException if the block is full
   */
  public int addRow(CustomerId customerId, @Nullable LocalDate asOf, int periodDays, @Nullable LifecycleStage stage) {
    return columns.addRow(customerId, asOf, periodDays, stage);
  }

  /**
   * Sets the attributes of the last row, as a {@link io.github.bankcrm.scoring.snapshot.CustomerAttributes}.
   *
   * @param age the age in whole years
   * @param individualBusinessOwner whether the customer runs an individual business
   * @param incomeTrend the income trend
   * @param education the highest education
   * @throws IllegalStateException if there is no row yet
   */
  public void attributes(
      @Nullable Integer age,
      boolean individualBusinessOwner,
      @Nullable IncomeTrend incomeTrend,
      @Nullable Education education) {
    columns.attributes(age, individualBusinessOwner, incomeTrend, education);
  }

  /**
   * Appends a position to the last row, as a {@link io.github.bankcrm.scoring.snapshot.Position}.
   *
   * @param product the product family
   * @param currency the currency
   * @param averageBalance the average balance, minor units of {@code currency}
   * @param customerRate the customer's annual rate as a fraction
   * @throws IllegalStateException if there is no row yet
   */
  public void position(
      @Nullable ProductType product, @Nullable Currency currency, long averageBalance, double customerRate) {
    columns.position(product, currency, averageBalance, customerRate);
  }

  /**
   * Appends fee income to the last row, as a {@link io.github.bankcrm.scoring.snapshot.FeeIncome}.
   *
   * @param type the kind of fee
   * @param currency the currency
   * @param amount the income, minor units of {@code currency}
   * @throws IllegalStateException if there is no row yet
   */
  public void fee(@Nullable FeeType type, @Nullable Currency currency, long amount) {
    columns.fee(type, currency, amount);
  }

  /**
   * Appends a channel use count to the last row, as a {@link io.github.bankcrm.scoring.snapshot.ChannelUse}.
   *
   * @param channel the channel
   * @param count the number of uses
   * @throws IllegalStateException if there is no row yet
   */
  public void channelUse(@Nullable Channel channel, int count) {
    columns.channelUse(channel, count);
  }

  /**
   * Sets the transaction summary of the last row, as a {@link
   * io.github.bankcrm.scoring.snapshot.TransactionSummary}.
   *
   * @param lastActivity the day of the last transaction, {@code null} if there never was one
   * @param count the number of transactions
   * @param amount their total, minor units of the reporting currency
   * @throws IllegalStateException if there is no row yet
   */
  public void transactions(@Nullable LocalDate lastActivity, int count, long amount) {
    columns.transactions(lastActivity, count, amount);
  }

  /**
   * Sets the credit-risk figures of the last row, as a {@link io.github.bankcrm.scoring.snapshot.CreditRisk}.
   *
   * @param probabilityOfDefault the PD
   * @param lossGivenDefault the LGD
   * @param exposureAtDefault the EAD, minor units of the reporting currency
   * @throws IllegalStateException if there is no row yet
   */
  public void credit(double probabilityOfDefault, double lossGivenDefault, long exposureAtDefault) {
    columns.credit(probabilityOfDefault, lossGivenDefault, exposureAtDefault);
  }

  /**
   * A row as a snapshot: equal to the snapshot added, or to the one the row's fields describe.
   *
   * @param row 0 to {@code size() - 1}
   * @return the snapshot
   * @throws IndexOutOfBoundsException if there is no such row
   */
  public CustomerSnapshot snapshot(int row) {
    return columns.snapshot(row);
  }

  @Override
  public String toString() {
    return "SnapshotBlock[" + size() + " of " + capacity() + " rows]";
  }
}
