package io.github.bankcrm.examples.report.internal;

import static io.github.bankcrm.examples.report.internal.Html.escape;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG: no script, no font or image to fetch, geometry in presentation attributes
 * and colours in CSS classes ({@code chart}, {@code bar}, {@code negative}, {@code axis}, {@code
 * label}, {@code value}), so a strict Content-Security-Policy leaves them whole.
 */
public final class Svg {

  private static final int LABEL_WIDTH = 170;
  private static final int PLOT_WIDTH = 420;
  private static final int VALUE_WIDTH = 130;
  private static final int ROW = 22;
  private static final int BAR = 15;
  private static final int COLUMN_PLOT_HEIGHT = 180;

  private Svg() {}

  /**
   * One bar: its label, its value, and the value as the reader sees it.
   *
   * @param label the label, escaped when drawn
   * @param value the length, any sign
   * @param shown the value's text, escaped when drawn
   */
  public record Bar(String label, double value, String shown) {
    /**
     * @throws NullPointerException if a text is missing
     * @throws IllegalArgumentException if the value is not finite
     */
    public Bar {
      requireNonNull(label, "label");
      requireNonNull(shown, "shown");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a bar's value is finite");
      }
    }
  }

  /**
   * A horizontal bar chart, one row per bar, negative values to the left of a zero line.
   *
   * @param id the element ID, letters, digits and hyphens
   * @param title the chart's accessible title
   * @param bars the bars, top first
   * @return the SVG element
   */
  public static String horizontalBars(String id, String title, List<Bar> bars) {
    double min = Math.min(0, bars.stream().mapToDouble(Bar::value).min().orElse(0));
    double max = Math.max(0, bars.stream().mapToDouble(Bar::value).max().orElse(0));
    double range = max - min == 0 ? 1 : max - min;
    double zero = LABEL_WIDTH + PLOT_WIDTH * (-min / range);
    int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
    int height = Math.max(1, bars.size()) * ROW + 8;
    StringBuilder svg = open(id, title, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double length = PLOT_WIDTH * Math.abs(bar.value()) / range;
      double x = bar.value() < 0 ? zero - length : zero;
      int y = 4 + i * ROW;
      svg.append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR - 3)
          .append("\" text-anchor=\"end\">").append(escape(bar.label())).append("</text>");
      svg.append("<rect class=\"bar").append(bar.value() < 0 ? " negative" : "").append("\" x=\"").append(fmt(x))
          .append("\" y=\"").append(y).append("\" width=\"").append(fmt(length)).append("\" height=\"").append(BAR)
          .append("\"><title>").append(escape(bar.label() + ": " + bar.shown())).append("</title></rect>");
      svg.append("<text class=\"value\" x=\"").append(LABEL_WIDTH + PLOT_WIDTH + 6).append("\" y=\"")
          .append(y + BAR - 3).append("\">").append(escape(bar.shown())).append("</text>");
    }
    svg.append("<line class=\"axis\" x1=\"").append(fmt(zero)).append("\" y1=\"0\" x2=\"").append(fmt(zero))
        .append("\" y2=\"").append(height).append("\"/>");
    return svg.append("</svg>").toString();
  }

  /**
   * A column chart (a histogram), one column per bar, left to right; values are not negative.
   *
   * @param id the element ID, letters, digits and hyphens
   * @param title the chart's accessible title
   * @param bars the columns, left first
   * @return the SVG element
   * @throws IllegalArgumentException if a value is negative
   */
  public static String columns(String id, String title, List<Bar> bars) {
    double max = 0;
    for (Bar bar : bars) {
      if (bar.value() < 0) {
        throw new IllegalArgumentException("a column chart has no negative values");
      }
      max = Math.max(max, bar.value());
    }
    double scale = max == 0 ? 0 : COLUMN_PLOT_HEIGHT / max;
    int column = Math.max(24, (LABEL_WIDTH + PLOT_WIDTH) / Math.max(1, bars.size()));
    int width = column * Math.max(1, bars.size()) + 20;
    int base = COLUMN_PLOT_HEIGHT + 22;
    StringBuilder svg = open(id, title, width, base + 24);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double height = bar.value() * scale;
      int x = 10 + i * column;
      svg.append("<rect class=\"bar\" x=\"").append(x + 3).append("\" y=\"").append(fmt(base - height))
          .append("\" width=\"").append(column - 6).append("\" height=\"").append(fmt(height))
          .append("\"><title>").append(escape(bar.label() + ": " + bar.shown())).append("</title></rect>");
      svg.append("<text class=\"value\" x=\"").append(x + column / 2).append("\" y=\"").append(fmt(base - height - 4))
          .append("\" text-anchor=\"middle\">").append(escape(bar.shown())).append("</text>");
      svg.append("<text class=\"label\" x=\"").append(x + column / 2).append("\" y=\"").append(base + 16)
          .append("\" text-anchor=\"middle\">").append(escape(bar.label())).append("</text>");
    }
    svg.append("<line class=\"axis\" x1=\"10\" y1=\"").append(base).append("\" x2=\"").append(width - 10)
        .append("\" y2=\"").append(base).append("\"/>");
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String id, String title, int width, int height) {
    if (!id.matches("[A-Za-z][A-Za-z0-9-]*")) {
      throw new IllegalArgumentException("a chart's ID is letters, digits and hyphens");
    }
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"").append(id)
        .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\"><title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
