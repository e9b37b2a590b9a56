package io.github.bankcrm.examples.bank;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;

/**
 * A plain-text progress bar for one step of a long run. On a terminal it redraws one line with a
 * carriage return; elsewhere (Maven's output, a CI log, a file) a carriage return would pile up, so it
 * prints a line at every tenth instead. Not thread-safe: one step, one caller.
 */
public final class ConsoleProgress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final long total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private int lastTenth;
  private int lastPercent = -1;

  /**
   * A bar for a step.
   *
   * @param out where to draw
   * @param label the step's name, shown before the bar
   * @param total how many items the step has; at least 1
   * @param terminal whether {@code out} is an interactive terminal
   * @throws IllegalArgumentException if {@code total} is below 1
   */
  public ConsoleProgress(PrintStream out, String label, long total, boolean terminal) {
    this.out = requireNonNull(out, "out");
    this.label = requireNonNull(label, "label");
    if (total < 1) {
      throw new IllegalArgumentException("total must be at least 1");
    }
    this.total = total;
    this.terminal = terminal;
  }

  /**
   * Whether the standard output is an interactive terminal (not piped, not Maven's captured output).
   *
   * @return true on a terminal
   */
  public static boolean onTerminal() {
    return System.console() != null && System.getenv("CI") == null;
  }

  /**
   * Reports how far the step has come; calls with fewer items than before are ignored.
   *
   * @param done items done so far, 0 to the total
   */
  public void advance(long done) {
    long bounded = Math.max(0, Math.min(done, total));
    int percent = (int) (bounded * 100 / total);
    if (terminal) {
      if (percent != lastPercent) {
        lastPercent = percent;
        int filled = percent * WIDTH / 100;
        out.print("\r   " + label + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
            + String.format("%3d%%", percent));
        out.flush();
      }
    } else {
      int tenth = percent / 10;
      if (tenth > lastTenth) {
        lastTenth = tenth;
        out.println("   " + label + " " + String.format("%3d%%", tenth * 10) + " (" + bounded + "/" + total + ")");
      }
    }
  }

  /**
   * Ends the step: completes the bar and tells the time taken.
   *
   * @return the seconds the step took
   */
  public double finish() {
    advance(total);
    double seconds = (System.nanoTime() - started) / 1e9;
    if (terminal) {
      out.println();
    }
    out.println("   " + label + " done in " + String.format("%.1f s", seconds));
    return seconds;
  }
}
