package io.github.bankcrm.scoring.snapshot;

import static java.util.Objects.requireNonNull;

import io.github.bankcrm.core.customer.CustomerId;
import io.github.bankcrm.core.customer.Education;
import io.github.bankcrm.core.holding.ProductType;
import io.github.bankcrm.core.lifecycle.LifecycleStage;
import io.github.bankcrm.core.shared.FieldError;
import io.github.bankcrm.core.shared.Nullable;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Objects;

/**
 * A block of customer snapshots as primitive columns: the form a nightly extract from a data warehouse
 * comes in, and the fastest input of {@code ValueScorer.scoreInto(SnapshotColumns, int, ScoreSlot)}.
 * A row holds everything a {@link CustomerSnapshot} holds, one customer per row, with no object per
 * customer but its {@link CustomerId}.
 *
 * <p>Filled row by row, as from a result set:
 *
 * <pre>{@code
 * SnapshotColumns columns = new SnapshotColumns(4_096, List.of(CNY, USD));
 * int deposits = columns.pair(ProductType.DEPOSIT, CNY);      // resolve a column's key once
 * while (rows.next() && !columns.isFull()) {
 *   int row = columns.add(CustomerId.of(rows.getString("customer_id")));
 *   columns.asOf(row, asOf);
 *   columns.periodDays(row, 365);
 *   columns.stage(row, LifecycleStage.valueOf(rows.getString("stage")));
 *   columns.position(row, deposits, rows.getLong("deposit_cny_fen"), rows.getDouble("deposit_cny_rate"));
 *   columns.addFee(row, FeeType.CARD, CNY, rows.getLong("card_fees_fen"));
 *   ...
 * }
 * }</pre>
 *
 * <p><b>What a row holds.</b> The customer ID, the day the period ends ({@link #asOf}), its length
 * ({@link #periodDays}), the lifecycle stage, the attributes gold / VIP rules read; per (product type,
 * currency) <em>pair</em> whether the customer held it, its average balance and customer rate; per
 * (fee type, currency) <em>fee cell</em> whether there was income and how much; a use count per
 * channel; PD, LGD and EAD; the transaction count, amount and last activity day. A new row holds
 * nothing: no stage, no {@code asOf}, a period of 0 days (both refused until set), unknown attributes,
 * no positions, fees, uses, transactions or credit exposure. A {@link Part} can be marked {@linkplain
 * #missing missing}, as a {@code null} part of a snapshot: the scorer then refuses the row with
 * {@code <part> required}.
 *
 * <p><b>Layout.</b> Every scalar field is an array indexed by row; every pair, fee cell and channel is
 * a column of its own ({@code capacity} values), so a block whose customers hold deposits and loans in
 * one currency reads two balance columns, not a slice per row of every pair. Which pairs and cells a
 * row has is a bit set per row ({@link #heldPairWord}, {@link #feeCellWord}).
 *
 * <p><b>Keys.</b> The currencies are fixed at construction and kept in currency-code order. Pair
 * {@code product.ordinal() × currencyCount() + currency index} holds a position; fee cell {@code
 * type.ordinal() × currencyCount() + currency index} holds fee income; {@link #pair} and {@link
 * #feeCell} resolve them once, so a loader sets values by index.
 *
 * <p><b>Validation.</b> Setters check what is a programming error: a row that was not added, a key
 * outside the columns, a full block ({@link IllegalStateException}, {@link IndexOutOfBoundsException},
 * {@link IllegalArgumentException}). Values are stored as they come, like a snapshot's: a negative
 * balance or a rate of 3 is refused by the scorer for that one customer, with the field's path (such
 * as {@code positions[DEPOSIT/CNY].averageBalance}), and does not stop a batch.
 *
 * <p>Not thread-safe while being filled; once filled, any number of threads may score its rows. A
 * block is reused with {@link #clear()}. {@link #toString()} shows the size and currencies only: no
 * customer ID, no amount.
 */
public final class SnapshotColumns {

  /** The most rows a block holds. */
  public static final int MAX_CAPACITY = 1 << 20;
  /** The most currencies a block holds. */
  public static final int MAX_CURRENCIES = 256;
  /** What {@link #asOfEpochDay} and {@link #lastActivityEpochDay} return when there is no day. */
  public static final long NO_DAY = Long.MIN_VALUE;
  /** What {@link #age} returns when the age is unknown. */
  public static final int UNKNOWN_AGE = Integer.MIN_VALUE;

  /** The parts of a row that a nightly extract may miss as a whole, as a snapshot's {@code null} part. */
  public enum Part {
    /** The attributes gold / VIP rules read; reported as {@code attributes}. */
    ATTRIBUTES("attributes"),
    /** The positions; reported as {@code positions}. */
    POSITIONS("positions"),
    /** The fee income; reported as {@code fees}. */
    FEES("fees"),
    /** The channel use counts; reported as {@code channelUses}. */
    CHANNEL_USES("channelUses"),
    /** The credit-risk figures; reported as {@code credit}. */
    CREDIT("credit"),
    /** The transaction summary; reported as {@code transactions}. */
    TRANSACTIONS("transactions");

    private final String path;

    Part(String path) {
      this.path = path;
    }

    /**
     * The path a refusal of this part names.
     *
     * @return the snapshot's field name, such as {@code channelUses}
     */
    public String path() {
      return path;
    }
  }

  private static final ProductType[] PRODUCTS = ProductType.values();
  private static final FeeType[] FEE_TYPES = FeeType.values();
  private static final Channel[] CHANNELS = Channel.values();
  private static final LifecycleStage[] STAGES = LifecycleStage.values();
  private static final IncomeTrend[] TRENDS = IncomeTrend.values();
  private static final Education[] EDUCATIONS = Education.values();
  private static final byte NONE = -1;

  private final Currency[] currencies;
  private final int capacity;
  private final int pairs;
  private final int cells;
  /** 64-bit words per row of the held-pair and fee-cell bit sets. */
  private final int pairWords;
  private final int cellWords;
  private int size;

  private final CustomerId[] customerIds;
  private final long[] asOfDay;
  private final int[] periodDays;
  private final byte[] stage;
  private final byte[] missing;
  private final int[] age;
  private final boolean[] businessOwner;
  private final byte[] incomeTrend;
  private final byte[] education;
  private final long[] held;
  private final long[] balance;
  private final double[] rate;
  private final long[] earned;
  private final long[] fee;
  private final long[] uses;
  private final double[] pd;
  private final double[] lgd;
  private final long[] ead;
  private final int[] transactionCount;
  private final long[] transactionAmount;
  private final long[] lastActivityDay;

  /**
   * An empty block.
   *
   * @param capacity the most rows it holds, 1 to {@value #MAX_CAPACITY}
   * @param currencies the currencies its positions and fees may be in: 1 to {@value
   *     #MAX_CURRENCIES}, no {@code null}, no repeats; kept in currency-code order
   * @throws IllegalArgumentException if the capacity or the currencies are not allowed
   */
  public SnapshotColumns(int capacity, Collection<Currency> currencies) {
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException("capacity must be 1 to " + MAX_CAPACITY);
    }
    requireNonNull(currencies, "currencies");
    Currency[] sorted = currencies.toArray(Currency[]::new);
    if (sorted.length < 1 || sorted.length > MAX_CURRENCIES) {
      throw new IllegalArgumentException("currencies must be 1 to " + MAX_CURRENCIES);
    }
    for (Currency currency : sorted) {
      requireNonNull(currency, "currencies must not hold null");
    }
    Arrays.sort(sorted, (a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new IllegalArgumentException("currencies must not repeat");
      }
    }
    this.currencies = sorted;
    this.capacity = capacity;
    pairs = PRODUCTS.length * sorted.length;
    cells = FEE_TYPES.length * sorted.length;
    pairWords = (pairs + Long.SIZE - 1) / Long.SIZE;
    cellWords = (cells + Long.SIZE - 1) / Long.SIZE;
    customerIds = new CustomerId[capacity];
    asOfDay = new long[capacity];
    periodDays = new int[capacity];
    stage = new byte[capacity];
    missing = new byte[capacity];
    age = new int[capacity];
    businessOwner = new boolean[capacity];
    incomeTrend = new byte[capacity];
    education = new byte[capacity];
    held = new long[capacity * pairWords];
    balance = new long[capacity * pairs];
    rate = new double[capacity * pairs];
    earned = new long[capacity * cellWords];
    fee = new long[capacity * cells];
    uses = new long[capacity * CHANNELS.length];
    pd = new double[capacity];
    lgd = new double[capacity];
    ead = new long[capacity];
    transactionCount = new int[capacity];
    transactionAmount = new long[capacity];
    lastActivityDay = new long[capacity];
  }

  // ---- the block ----

  /**
   * How many rows the block holds.
   *
   * @return 0 to {@link #capacity()}
   */
  public int size() {
    return size;
  }

  /**
   * The most rows the block holds.
   *
   * @return the capacity given at construction
   */
  public int capacity() {
    return capacity;
  }

  /**
   * Whether {@link #add} would throw.
   *
   * @return {@code size() == capacity()}
   */
  public boolean isFull() {
    return size == capacity;
  }

  /** Forgets every row, to fill the block again. */
  public void clear() {
    Arrays.fill(customerIds, 0, size, null);
    size = 0;
  }

  /**
   * The number of currencies.
   *
   * @return at least 1
   */
  public int currencyCount() {
    return currencies.length;
  }

  /**
   * A currency by index, in currency-code order.
   *
   * @param index 0 to {@code currencyCount() - 1}
   * @return the currency
   */
  public Currency currency(int index) {
    return currencies[Objects.checkIndex(index, currencies.length)];
  }

  /**
   * The index of a currency.
   *
   * @param currency a currency
   * @return its index, or -1 if the block does not hold it
   */
  public int currencyIndex(Currency currency) {
    requireNonNull(currency, "currency");
    for (int i = 0; i < currencies.length; i++) {
      if (currencies[i] == currency) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The number of (product type, currency) pairs: {@code ProductType} constants × currencies.
   *
   * @return the pair count
   */
  public int pairCount() {
    return pairs;
  }

  /**
   * The pair of a product type and currency.
   *
   * @param product the product type
   * @param currency one of the block's currencies
   * @return {@code product.ordinal() × currencyCount() + currencyIndex(currency)}
   * @throws IllegalArgumentException if the block does not hold the currency
   */
  public int pair(ProductType product, Currency currency) {
    requireNonNull(product, "product");
    return product.ordinal() * currencies.length + knownCurrency(currency);
  }

  /**
   * The product type of a pair.
   *
   * @param pair 0 to {@code pairCount() - 1}
   * @return the product type
   */
  public ProductType productOf(int pair) {
    return PRODUCTS[Objects.checkIndex(pair, pairs) / currencies.length];
  }

  /**
   * The currency index of a pair or a fee cell.
   *
   * @param pairOrCell a pair or a fee cell
   * @return the index of its currency
   */
  public int currencyIndexOf(int pairOrCell) {
    return Objects.checkIndex(pairOrCell, Math.max(pairs, cells)) % currencies.length;
  }

  /**
   * The fee cell of a fee type and currency.
   *
   * @param type the fee type
   * @param currency one of the block's currencies
   * @return {@code type.ordinal() × currencyCount() + currencyIndex(currency)}
   * @throws IllegalArgumentException if the block does not hold the currency
   */
  public int feeCell(FeeType type, Currency currency) {
    requireNonNull(type, "type");
    return type.ordinal() * currencies.length + knownCurrency(currency);
  }

  /**
   * The fee type of a fee cell.
   *
   * @param cell 0 to {@code feeCellCount() - 1}
   * @return the fee type
   */
  public FeeType feeTypeOf(int cell) {
    return FEE_TYPES[Objects.checkIndex(cell, cells) / currencies.length];
  }

  /**
   * The number of (fee type, currency) cells.
   *
   * @return the cell count
   */
  public int feeCellCount() {
    return cells;
  }

  // ---- filling ----

  /**
   * Adds a row that holds nothing yet but the customer (see the class comment for what a new row holds).
   *
   * @param customerId the customer
   * @return the new row's index
   * @throws IllegalStateException if the block is full
   */
  public int add(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    if (size == capacity) {
      throw new IllegalStateException("the block is full");
    }
    int row = size++;
    customerIds[row] = customerId;
    asOfDay[row] = NO_DAY;
    periodDays[row] = 0;
    stage[row] = NONE;
    missing[row] = 0;
    age[row] = UNKNOWN_AGE;
    businessOwner[row] = false;
    incomeTrend[row] = NONE;
    education[row] = NONE;
    Arrays.fill(held, row * pairWords, (row + 1) * pairWords, 0);
    Arrays.fill(earned, row * cellWords, (row + 1) * cellWords, 0);
    for (int channel = 0; channel < CHANNELS.length; channel++) {
      uses[channel * capacity + row] = 0;
    }
    pd[row] = 0;
    lgd[row] = 0;
    ead[row] = 0;
    transactionCount[row] = 0;
    transactionAmount[row] = 0;
    lastActivityDay[row] = NO_DAY;
    return row;
  }

  /**
   * Adds a snapshot as a row: the same customer, scored the same by {@code ValueScorer}. Values are
   * carried as they are (a negative amount stays negative, for the scorer to refuse); several fees of
   * one type and currency, and several uses of one channel, are added up.
   *
   * @param snapshot the snapshot
   * @return the new row's index, or what a row cannot hold — with the snapshot path and code the
   *     scorer gives them: a position, fee or channel use without its product, currency, type or
   *     channel ({@code required}), a currency the block does not hold ({@code currency.not_in_columns}),
   *     a second position of one product type and currency ({@code duplicate}), fees of one currency
   *     adding up past {@code Long.MAX_VALUE} ({@code out_of_range}); nothing is added then
   * @throws IllegalStateException if the block is full
   */
  public Validation<Seq<FieldError>, Integer> add(CustomerSnapshot snapshot) {
    requireNonNull(snapshot, "snapshot");
    if (size == capacity) {
      throw new IllegalStateException("the block is full");
    }
    List<FieldError> problems = representable(snapshot);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    int row = add(snapshot.customerId());
    asOf(row, snapshot.asOf());
    periodDays(row, snapshot.periodDays());
    stage(row, snapshot.stage());
    attributes(row, snapshot.attributes());
    if (snapshot.positions() == null) {
      missing(row, Part.POSITIONS);
    } else {
      for (Position position : snapshot.positions()) {
        position(row, pair(position.product(), position.currency()), position.averageBalance(), position.customerRate());
      }
    }
    if (snapshot.fees() == null) {
      missing(row, Part.FEES);
    } else {
      for (FeeIncome income : snapshot.fees()) {
        addFee(row, feeCell(income.type(), income.currency()), income.amount());
      }
    }
    if (snapshot.channelUses() == null) {
      missing(row, Part.CHANNEL_USES);
    } else {
      for (ChannelUse use : snapshot.channelUses()) {
        addChannelUses(row, use.channel(), use.count());
      }
    }
    CreditRisk credit = snapshot.credit();
    if (credit == null) {
      missing(row, Part.CREDIT);
    } else {
      credit(row, credit.probabilityOfDefault(), credit.lossGivenDefault(), credit.exposureAtDefault());
    }
    TransactionSummary transactions = snapshot.transactions();
    if (transactions == null) {
      missing(row, Part.TRANSACTIONS);
    } else {
      transactions(row, transactions.lastActivity(), transactions.count(), transactions.amount());
    }
    return Validation.valid(row);
  }

  private List<FieldError> representable(CustomerSnapshot snapshot) {
    List<FieldError> problems = List.empty();
    if (snapshot.positions() != null) {
      long[] seen = new long[pairWords];
      for (int i = 0; i < snapshot.positions().size(); i++) {
        Position position = snapshot.positions().get(i);
        if (position.product() == null) {
          problems = problems.append(FieldError.required("positions[" + i + "].product"));
        }
        int currency = position.currency() == null ? -1 : currencyIndex(position.currency());
        if (currency < 0) {
          problems = problems.appendAll(currencyProblem(position.currency(), "positions[" + i + "]"));
        } else if (position.product() != null) {
          int pair = position.product().ordinal() * currencies.length + currency;
          if ((seen[pair >>> 6] & (1L << pair)) != 0) {
            problems =
                problems.append(new FieldError("duplicate", "positions[" + i + "]", "repeats a product type and currency"));
          }
          seen[pair >>> 6] |= 1L << pair;
        }
      }
    }
    if (snapshot.fees() != null) {
      long[] sums = new long[currencies.length];
      for (int i = 0; i < snapshot.fees().size(); i++) {
        FeeIncome income = snapshot.fees().get(i);
        if (income.type() == null) {
          problems = problems.append(FieldError.required("fees[" + i + "].type"));
        }
        int currency = income.currency() == null ? -1 : currencyIndex(income.currency());
        if (currency < 0) {
          problems = problems.appendAll(currencyProblem(income.currency(), "fees[" + i + "]"));
        } else if (income.amount() >= 0) {
          if (sums[currency] >= 0 && Long.MAX_VALUE - sums[currency] < income.amount()) {
            problems = problems.append(feesTooLarge("fees[" + i + "].amount"));
            sums[currency] = -1;
          } else if (sums[currency] >= 0) {
            sums[currency] += income.amount();
          }
        }
      }
    }
    if (snapshot.channelUses() != null) {
      for (int i = 0; i < snapshot.channelUses().size(); i++) {
        if (snapshot.channelUses().get(i).channel() == null) {
          problems = problems.append(FieldError.required("channelUses[" + i + "].channel"));
        }
      }
    }
    return problems;
  }

  private static List<FieldError> currencyProblem(@Nullable Currency currency, String item) {
    return List.of(
        currency == null
            ? FieldError.required(item + ".currency")
            : new FieldError("currency.not_in_columns", item + ".currency", "is not a currency of the columns"));
  }

  /**
   * The refusal of fees of one currency whose sum a {@code long} does not hold.
   *
   * @param path the path of the fee that overflowed the sum
   * @return the error, code {@code out_of_range}
   */
  public static FieldError feesTooLarge(String path) {
    return FieldError.outOfRange(path, "such that the fees of one currency add up to at most 2^63 - 1");
  }

  /**
   * Sets the last day of the row's period.
   *
   * @param row a row
   * @param asOf the day; {@code null} when the extract has none (the scorer refuses the row)
   */
  public void asOf(int row, @Nullable LocalDate asOf) {
    asOfDay[checkRow(row)] = asOf == null ? NO_DAY : asOf.toEpochDay();
  }

  /**
   * Sets the length of the row's period.
   *
   * @param row a row
   * @param days the days, 1 to 366 for the scorer to accept the row
   */
  public void periodDays(int row, int days) {
    periodDays[checkRow(row)] = days;
  }

  /**
   * Sets the row's lifecycle stage.
   *
   * @param row a row
   * @param value the stage; {@code null} when the extract has none (the scorer refuses the row)
   */
  public void stage(int row, @Nullable LifecycleStage value) {
    stage[checkRow(row)] = value == null ? NONE : (byte) value.ordinal();
  }

  /**
   * Sets what gold / VIP rules read about the customer.
   *
   * @param row a row
   * @param attributes the attributes; {@code null} marks {@link Part#ATTRIBUTES} missing
   */
  public void attributes(int row, @Nullable CustomerAttributes attributes) {
    checkRow(row);
    if (attributes == null) {
      missing(row, Part.ATTRIBUTES);
      return;
    }
    present(row, Part.ATTRIBUTES);
    age[row] = attributes.age() == null ? UNKNOWN_AGE : attributes.age();
    businessOwner[row] = attributes.individualBusinessOwner();
    incomeTrend[row] = attributes.incomeTrend() == null ? NONE : (byte) attributes.incomeTrend().ordinal();
    education[row] = attributes.education() == null ? NONE : (byte) attributes.education().ordinal();
  }

  /**
   * Sets what the customer held of a product type in a currency, replacing what the row held of it.
   *
   * @param row a row
   * @param pair the pair, as {@link #pair} gives it
   * @param averageBalance the average daily balance in minor units of the pair's currency
   * @param customerRate the annual rate the customer is paid or pays, as a fraction
   */
  public void position(int row, int pair, long averageBalance, double customerRate) {
    checkRow(row);
    Objects.checkIndex(pair, pairs);
    present(row, Part.POSITIONS);
    held[row * pairWords + (pair >>> 6)] |= 1L << pair;
    balance[pair * capacity + row] = averageBalance;
    rate[pair * capacity + row] = customerRate;
  }

  /**
   * Sets what the customer held of a product type in a currency.
   *
   * @param row a row
   * @param product the product type
   * @param currency one of the block's currencies
   * @param averageBalance the average daily balance in minor units of {@code currency}
   * @param customerRate the annual rate the customer is paid or pays, as a fraction
   */
  public void position(int row, ProductType product, Currency currency, long averageBalance, double customerRate) {
    position(row, pair(product, currency), averageBalance, customerRate);
  }

  /**
   * Adds fee income of one type and currency to the row. A negative amount makes the cell negative
   * whatever else is added (the scorer refuses it).
   *
   * @param row a row
   * @param cell the fee cell, as {@link #feeCell} gives it
   * @param amount the income in minor units of the cell's currency
   * @throws ArithmeticException if the cell's sum would pass {@code Long.MAX_VALUE}
   */
  public void addFee(int row, int cell, long amount) {
    checkRow(row);
    Objects.checkIndex(cell, cells);
    present(row, Part.FEES);
    int word = row * cellWords + (cell >>> 6);
    int at = cell * capacity + row;
    if ((earned[word] & (1L << cell)) == 0) {
      earned[word] |= 1L << cell;
      fee[at] = amount;
    } else {
      fee[at] = fee[at] < 0 ? fee[at] : amount < 0 ? amount : Math.addExact(fee[at], amount);
    }
  }

  /**
   * Adds fee income of one type and currency to the row.
   *
   * @param row a row
   * @param type the fee type
   * @param currency one of the block's currencies
   * @param amount the income in minor units of {@code currency}
   * @throws ArithmeticException if the cell's sum would pass {@code Long.MAX_VALUE}
   */
  public void addFee(int row, FeeType type, Currency currency, long amount) {
    addFee(row, feeCell(type, currency), amount);
  }

  /**
   * Adds uses of a channel to the row. A negative count makes the channel's count negative whatever
   * else is added (the scorer refuses it); a sum past {@code Long.MAX_VALUE} stays there.
   *
   * @param row a row
   * @param channel the channel
   * @param count the number of uses
   */
  public void addChannelUses(int row, Channel channel, long count) {
    checkRow(row);
    requireNonNull(channel, "channel");
    present(row, Part.CHANNEL_USES);
    int at = channel.ordinal() * capacity + row;
    long sum = uses[at] + count;
    uses[at] = uses[at] < 0 ? uses[at] : count < 0 ? count : sum < 0 ? Long.MAX_VALUE : sum;
  }

  /**
   * Sets the row's credit-risk figures.
   *
   * @param row a row
   * @param probabilityOfDefault the one-year PD, 0 to 1
   * @param lossGivenDefault the LGD, 0 to 1
   * @param exposureAtDefault the EAD in minor units of the reporting currency
   */
  public void credit(int row, double probabilityOfDefault, double lossGivenDefault, long exposureAtDefault) {
    checkRow(row);
    present(row, Part.CREDIT);
    pd[row] = probabilityOfDefault;
    lgd[row] = lossGivenDefault;
    ead[row] = exposureAtDefault;
  }

  /**
   * Sets the row's transaction summary.
   *
   * @param row a row
   * @param lastActivity the day of the last transaction; {@code null} if there never was one
   * @param count the number of transactions in the period
   * @param amount their total in minor units of the reporting currency
   */
  public void transactions(int row, @Nullable LocalDate lastActivity, int count, long amount) {
    checkRow(row);
    present(row, Part.TRANSACTIONS);
    lastActivityDay[row] = lastActivity == null ? NO_DAY : lastActivity.toEpochDay();
    transactionCount[row] = count;
    transactionAmount[row] = amount;
  }

  /**
   * Marks a part of the row missing, as a snapshot whose part is {@code null}: the scorer refuses the
   * row with {@code <part> required}. Setting a value of the part makes it present again.
   *
   * @param row a row
   * @param part the part
   */
  public void missing(int row, Part part) {
    requireNonNull(part, "part");
    missing[checkRow(row)] |= (byte) (1 << part.ordinal());
  }

  private void present(int row, Part part) {
    missing[row] &= (byte) ~(1 << part.ordinal());
  }

  // ---- reading ----

  /**
   * The row's customer.
   *
   * @param row a row
   * @return the customer ID
   */
  public CustomerId customerId(int row) {
    return customerIds[checkRow(row)];
  }

  /**
   * The last day of the row's period.
   *
   * @param row a row
   * @return its epoch day, or {@link #NO_DAY}
   */
  public long asOfEpochDay(int row) {
    return asOfDay[checkRow(row)];
  }

  /**
   * The length of the row's period.
   *
   * @param row a row
   * @return the days, as set
   */
  public int periodDays(int row) {
    return periodDays[checkRow(row)];
  }

  /**
   * The row's lifecycle stage.
   *
   * @param row a row
   * @return the stage, or {@code null} when there is none
   */
  public @Nullable LifecycleStage stage(int row) {
    byte value = stage[checkRow(row)];
    return value == NONE ? null : STAGES[value];
  }

  /**
   * Whether a part of the row is missing.
   *
   * @param row a row
   * @param part the part
   * @return {@code true} after {@link #missing} and before a value of the part is set
   */
  public boolean isMissing(int row, Part part) {
    return (missing[checkRow(row)] & (1 << part.ordinal())) != 0;
  }

  /**
   * The customer's age.
   *
   * @param row a row
   * @return the age in years, or {@link #UNKNOWN_AGE}
   */
  public int age(int row) {
    return age[checkRow(row)];
  }

  /**
   * Whether the customer runs an individual business.
   *
   * @param row a row
   * @return the flag; {@code false} when unknown
   */
  public boolean individualBusinessOwner(int row) {
    return businessOwner[checkRow(row)];
  }

  /**
   * The customer's income trend.
   *
   * @param row a row
   * @return the trend, or {@code null} when unknown
   */
  public @Nullable IncomeTrend incomeTrend(int row) {
    byte value = incomeTrend[checkRow(row)];
    return value == NONE ? null : TRENDS[value];
  }

  /**
   * The customer's education.
   *
   * @param row a row
   * @return the highest education, or {@code null} when unknown
   */
  public @Nullable Education education(int row) {
    byte value = education[checkRow(row)];
    return value == NONE ? null : EDUCATIONS[value];
  }

  /**
   * The next pair the customer held, in pair order (product type, then currency code).
   *
   * @param row a row
   * @param from the first pair to look at, 0 or more
   * @return the pair, or -1 when there is none at or after {@code from}
   */
  public int nextHeldPair(int row, int from) {
    return nextSetBit(held, checkRow(row) * pairWords, pairWords, from);
  }

  /**
   * The number of 64-bit words of a row's held-pair bit set.
   *
   * @return {@code ceil(pairCount() / 64)}
   */
  public int pairWordCount() {
    return pairWords;
  }

  /**
   * A word of the row's held-pair bit set: bit {@code pair % 64} of word {@code pair / 64} is set when
   * the customer held the pair (the fast way to visit a row's positions).
   *
   * @param row a row
   * @param word 0 to {@code pairWordCount() - 1}
   * @return the word
   */
  public long heldPairWord(int row, int word) {
    return held[checkRow(row) * pairWords + Objects.checkIndex(word, pairWords)];
  }

  /**
   * The number of 64-bit words of a row's fee-cell bit set.
   *
   * @return {@code ceil(feeCellCount() / 64)}
   */
  public int feeCellWordCount() {
    return cellWords;
  }

  /**
   * A word of the row's fee-cell bit set: bit {@code cell % 64} of word {@code cell / 64} is set when
   * the row has income in the cell.
   *
   * @param row a row
   * @param word 0 to {@code feeCellWordCount() - 1}
   * @return the word
   */
  public long feeCellWord(int row, int word) {
    return earned[checkRow(row) * cellWords + Objects.checkIndex(word, cellWords)];
  }

  /**
   * Whether no part of the row is {@linkplain #missing missing}.
   *
   * @param row a row
   * @return {@code true} when every part is present
   */
  public boolean isComplete(int row) {
    return missing[checkRow(row)] == 0;
  }

  /**
   * The average balance of a held pair.
   *
   * @param row a row
   * @param pair a pair
   * @return minor units of the pair's currency; meaningless when the pair is not held
   */
  public long averageBalance(int row, int pair) {
    return balance[Objects.checkIndex(pair, pairs) * capacity + checkRow(row)];
  }

  /**
   * The customer rate of a held pair.
   *
   * @param row a row
   * @param pair a pair
   * @return the annual rate as a fraction; meaningless when the pair is not held
   */
  public double customerRate(int row, int pair) {
    return rate[Objects.checkIndex(pair, pairs) * capacity + checkRow(row)];
  }

  /**
   * The next fee cell with income, in cell order (fee type, then currency code).
   *
   * @param row a row
   * @param from the first cell to look at, 0 or more
   * @return the cell, or -1 when there is none at or after {@code from}
   */
  public int nextFeeCell(int row, int from) {
    return nextSetBit(earned, checkRow(row) * cellWords, cellWords, from);
  }

  /**
   * The fee income of a cell.
   *
   * @param row a row
   * @param cell a fee cell
   * @return minor units of the cell's currency; meaningless when {@link #nextFeeCell} skips it
   */
  public long feeAmount(int row, int cell) {
    return fee[Objects.checkIndex(cell, cells) * capacity + checkRow(row)];
  }

  /**
   * The uses of a channel.
   *
   * @param row a row
   * @param channel the channel
   * @return the count; 0 when none were added
   */
  public long channelUses(int row, Channel channel) {
    return uses[channel.ordinal() * capacity + checkRow(row)];
  }

  /**
   * The one-year probability of default.
   *
   * @param row a row
   * @return the PD
   */
  public double probabilityOfDefault(int row) {
    return pd[checkRow(row)];
  }

  /**
   * The loss given default.
   *
   * @param row a row
   * @return the LGD
   */
  public double lossGivenDefault(int row) {
    return lgd[checkRow(row)];
  }

  /**
   * The exposure at default.
   *
   * @param row a row
   * @return minor units of the reporting currency
   */
  public long exposureAtDefault(int row) {
    return ead[checkRow(row)];
  }

  /**
   * The number of transactions in the period.
   *
   * @param row a row
   * @return the count
   */
  public int transactionCount(int row) {
    return transactionCount[checkRow(row)];
  }

  /**
   * The transactions' total amount.
   *
   * @param row a row
   * @return minor units of the reporting currency
   */
  public long transactionAmount(int row) {
    return transactionAmount[checkRow(row)];
  }

  /**
   * The day of the last transaction.
   *
   * @param row a row
   * @return its epoch day, or {@link #NO_DAY} if there never was one
   */
  public long lastActivityEpochDay(int row) {
    return lastActivityDay[checkRow(row)];
  }

  @Override
  public String toString() {
    return "SnapshotColumns[size=" + size + ", capacity=" + capacity + ", currencies=" + Arrays.toString(currencies) + "]";
  }

  private int checkRow(int row) {
    return Objects.checkIndex(row, size);
  }

  private int knownCurrency(Currency currency) {
    int index = currencyIndex(currency);
    if (index < 0) {
      throw new IllegalArgumentException("not a currency of these columns");
    }
    return index;
  }

  private static int nextSetBit(long[] words, int base, int count, int from) {
    if (from < 0) {
      throw new IndexOutOfBoundsException("from must not be negative");
    }
    int w = from >>> 6;
    if (w >= count) {
      return -1;
    }
    long word = words[base + w] & (-1L << from);
    while (true) {
      if (word != 0) {
        return w * Long.SIZE + Long.numberOfTrailingZeros(word);
      }
      if (++w == count) {
        return -1;
      }
      word = words[base + w];
    }
  }
}
