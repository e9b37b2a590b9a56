package io.github.bankcrm.examples.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;

import io.github.bankcrm.examples.bank.ConsoleProgress;
import io.github.bankcrm.examples.bank.SyntheticBank;
import io.github.bankcrm.examples.bank.SyntheticCustomer;
import io.github.bankcrm.examples.bank.ValueSnapshots;
import io.github.bankcrm.scoring.model.ScoringModels;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores a synthetic bank on Spark in local mode: generates the customers ({@link SyntheticBank}) and
 * writes their scoring snapshots to a JSON-lines extract on the driver, reads it back as a dataset, scores it with {@link SparkValueScoring} over every core,
 * and prints the tiers, the best customers with their reasons and the mean points per factor. On a
 * cluster the snapshots would come from the warehouse and the master would be the cluster's; the
 * scoring code is the same.
 *
 * <p>Options: {@code --size=N} (customers, default 100 000), {@code --seed=N} (default 20261130),
 * {@code --partitions=N} (default: twice the cores). Spark needs the JVM flags listed in the README.
 */
public final class SparkScoringDemo {

  private final SparkSession spark;
  private final Options options;
  private final PrintStream out;
  private final boolean terminal;

  /**
   * A demo on a Spark session.
   *
   * @param spark the session; the demo leaves it running
   * @param options size, seed and partitions
   * @param out where to print
   * @param terminal whether {@code out} is an interactive terminal (progress redrawn in place)
   */
  public SparkScoringDemo(SparkSession spark, Options options, PrintStream out, boolean terminal) {
    this.spark = requireNonNull(spark, "spark");
    this.options = requireNonNull(options, "options");
    this.out = requireNonNull(out, "out");
    this.terminal = terminal;
  }

  /**
   * Runs the demo on a local Spark with every core.
   *
   * @param args options, see the class comment
   */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    SparkSession spark = localSession("local[*]");
    try {
      new SparkScoringDemo(spark, options, new PrintStream(System.out, true, StandardCharsets.UTF_8),
          ConsoleProgress.onTerminal()).run();
    } finally {
      spark.stop();
    }
  }

  /**
   * A local session that binds to the loopback address only and shuffles into few partitions (the
   * default 200 is for clusters).
   *
   * @param master such as {@code local[*]} or {@code local[2]}
   * @return the session
   */
  public static SparkSession localSession(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("bank-crm-scoring")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /**
   * Generates, scores and prints.
   *
   * @return the figures printed
   */
  public Summary run() {
    out.println("Synthetic bank: " + options.size() + " customers, seed " + options.seed() + ", Spark "
        + spark.version() + " " + spark.sparkContext().master() + ", " + options.partitions() + " partitions");

    out.println();
    out.println("1. Scoring snapshots, as the nightly extract would write them (JSON lines)");
    SyntheticBank bank = new SyntheticBank(SyntheticBank.Config.of(options.seed(), options.size()));
    ConsoleProgress generating = new ConsoleProgress(out, "snapshots", options.size(), terminal);
    Path extract = temporaryFile();
    try {
      try (BufferedWriter writer = Files.newBufferedWriter(extract, StandardCharsets.UTF_8)) {
        long written = 0;
        for (Iterator<SyntheticCustomer> customers = bank.customers().iterator(); customers.hasNext(); ) {
          writer.write(SparkValueScoring.json(ValueSnapshots.atLoad(customers.next())));
          writer.newLine();
          generating.advance(++written);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      double generatingSeconds = generating.finish();
      return score(extract, generatingSeconds);
    } finally {
      delete(extract);
    }
  }

  private Summary score(Path extract, double generatingSeconds) {
    out.println();
    out.println("2. Value scoring on Spark (one scorer per partition, the shipped default model)");
    long started = System.nanoTime();
    Dataset<String> snapshots = spark.read().textFile(extract.toString()).repartition(options.partitions());
    Dataset<ScoreRow> scores = SparkValueScoring.score(snapshots, ScoringModels.defaultModel()).cache();
    long rows = scores.count();
    double scoringSeconds = (System.nanoTime() - started) / 1e9;
    long rejected = scores.filter(col("rejection").isNotNull()).count();
    long lossMaking = scores.filter(col("lossMaking")).count();
    out.println("   " + rows + " rows in " + String.format("%.1f s", scoringSeconds) + ": " + (rows - rejected)
        + " scored, " + rejected + " rejected, " + lossMaking + " loss-making");

    Map<String, Long> tiers = new TreeMap<>();
    for (Row tier : scores.filter(col("rejection").isNull()).groupBy("tier").agg(count("*")).collectAsList()) {
      tiers.put(tier.getString(0), tier.getLong(1));
    }
    out.println("   tiers " + tiers);

    out.println();
    out.println("3. The five best customers and their reasons");
    for (ScoreRow best : scores.filter(col("rejection").isNull())
        .orderBy(col("score").desc(), col("customerId")).limit(5).collectAsList()) {
      out.println("   " + best.getCustomerId() + " " + best.getScore() + " " + best.getTier() + " " + best.getReasons());
    }

    out.println();
    out.println("4. Factor rows: mean points per factor");
    Dataset<FactorRow> factors = SparkValueScoring.factors(scores);
    Map<String, Double> meanPoints = new LinkedHashMap<>();
    for (Row factor : factors.groupBy("factor").agg(avg("points")).orderBy("factor").collectAsList()) {
      meanPoints.put(factor.getString(0), factor.getDouble(1));
      out.println("   " + factor.getString(0) + ": " + String.format("%.1f", factor.getDouble(1)));
    }
    long factorRows = factors.count();
    scores.unpersist();

    Summary summary = new Summary(options.size(), rows - rejected, rejected, tiers, factorRows);
    out.println();
    out.println("Summary");
    out.println("   " + summary.line());
    out.println("   snapshots: " + String.format("%.1f s", generatingSeconds) + ", scoring: "
        + String.format("%.1f s", scoringSeconds));
    return summary;
  }

  private static Path temporaryFile() {
    try {
      return Files.createTempFile("crm-snapshots-", ".jsonl");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The figures the demo ends with.
   *
   * @param generated customers generated
   * @param scored customers scored
   * @param rejected customers the model refused
   * @param tiers scored customers per tier
   * @param factorRows factor rows of the scored customers
   */
  public record Summary(long generated, long scored, long rejected, Map<String, Long> tiers, long factorRows) {

    /**
     * @throws NullPointerException if the tiers are missing
     */
    public Summary {
      tiers = Map.copyOf(tiers);
    }

    /**
     * The summary as one line.
     *
     * @return the line
     */
    public String line() {
      return generated + " generated, " + scored + " scored, " + rejected + " rejected, tiers "
          + new TreeMap<>(tiers) + ", " + factorRows + " factor rows";
    }
  }

  /**
   * The demo's options.
   *
   * @param seed the generator's seed
   * @param size customers to generate, 1 to 10,000,000
   * @param partitions Spark partitions to score in, at least 1
   */
  public record Options(long seed, int size, int partitions) {

    /**
     * @throws IllegalArgumentException if the size or the partitions are out of range
     */
    public Options {
      if (size < 1 || size > SyntheticBank.Config.MAX_SIZE) {
        throw new IllegalArgumentException("size is 1 to " + SyntheticBank.Config.MAX_SIZE);
      }
      if (partitions < 1) {
        throw new IllegalArgumentException("partitions is at least 1");
      }
    }

    /**
     * Options from arguments ({@code --name=value}), then the defaults.
     *
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException on an unknown option or a malformed number
     */
    public static Options parse(String... args) {
      Map<String, String> given = new LinkedHashMap<>();
      Set<String> known = Set.of("size", "seed", "partitions");
      for (String arg : args) {
        int equals = arg.indexOf('=');
        if (!arg.startsWith("--") || equals < 0) {
          throw new IllegalArgumentException("options look like --size=100000, not " + arg.split("=")[0]);
        }
        String name = arg.substring(2, equals);
        if (!known.contains(name)) {
          throw new IllegalArgumentException("unknown option --" + name + "; known: " + new TreeSet<>(known));
        }
        given.put(name, arg.substring(equals + 1));
      }
      return new Options(
          Long.parseLong(given.getOrDefault("seed", "20261130")),
          Integer.parseInt(given.getOrDefault("size", "100000")),
          Integer.parseInt(given.getOrDefault("partitions",
              String.valueOf(2 * Runtime.getRuntime().availableProcessors()))));
    }
  }
}
