package io.github.bankcrm.benchmarks;

import io.github.bankcrm.core.identity.ResidentIdNumber;
import io.github.bankcrm.core.identity.UnifiedSocialCreditCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of exact identity validation (GB 11643 resident ID, GB 32100 USCC): every registration and
 * every import row pays it once per document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdentityParsingBenchmark {

  private final String residentId = "11010519491231002X";
  private final String creditCode = "91350100M000100Y43";

  /**
   * Parses one valid 18-digit resident ID number.
   *
   * @return the parse result
   */
  @Benchmark
  public Object parseResidentId() {
    return ResidentIdNumber.parse(residentId);
  }

  /**
   * Parses one valid Unified Social Credit Code.
   *
   * @return the parse result
   */
  @Benchmark
  public Object parseCreditCode() {
    return UnifiedSocialCreditCode.parse(creditCode);
  }
}
