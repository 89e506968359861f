package io.zmqrpc.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The open-loop latencies as one SVG chart, written beside the printed report: a polyline per
 * system and rate (a colour per system, a dash pattern per rate), latency on a log scale, and on
 * the other axis the percentile p plotted at -log10(1 - p), so that p50, p90, p99, p99.9 and p99.99
 * are evenly spaced and the tail gets the room it needs. Each polyline carries a {@code <title>}
 * naming its system and rate. Plain text building: the chart needs no library.
 */
final class LatencyPlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 480;
    private static final int LEFT = 80;
    private static final int RIGHT = 210;
    private static final int TOP = 40;
    private static final int BOTTOM = 60;
    private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private static final double[] TICKS = {50, 90, 99, 99.9, 99.99};
    private static final String[] TICK_LABELS = {"p50", "p90", "p99", "p99.9", "p99.99"};
    private static final double X_FROM = tail(50);
    private static final double X_TO = tail(99.99);
    /** Steps between the plotted points, on the tail axis. */
    private static final double X_STEP = 0.125;

    private static final String[] COLOURS = {
        "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#7f7f7f"};
    private static final String[] DASHES = {"none", "8 4", "2 3", "12 3 3 3"};

    private final List<Measurements> results;
    private final double decadeFrom;
    private final double decadeTo;

    private LatencyPlot(List<Measurements> results) {
        this.results = results;
        double low = Double.MAX_VALUE;
        double high = 0;
        for (Measurements result : results) {
            for (LatencyResult run : result.latency()) {
                for (double x : xs()) {
                    double micros = micros(run, x);
                    low = Math.min(low, micros);
                    high = Math.max(high, micros);
                }
            }
        }
        decadeFrom = Math.floor(Math.log10(low));
        decadeTo = Math.max(decadeFrom + 1, Math.ceil(Math.log10(high)));
    }

    /** Whether {@code results} hold any open-loop run to plot. */
    static boolean hasData(List<Measurements> results) {
        return results.stream().anyMatch(r -> !r.latency().isEmpty());
    }

    /** Writes the chart of {@code results}' open-loop runs to {@code file}, creating its directory. */
    static void write(Path file, List<Measurements> results) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null) {
            Files.createDirectories(directory);
        }
        Files.writeString(file, svg(results), StandardCharsets.UTF_8);
    }

    /** The chart as an SVG document; {@code results} must hold at least one open-loop run. */
    static String svg(List<Measurements> results) {
        if (!hasData(results)) {
            throw new IllegalArgumentException("no open-loop run to plot");
        }
        return new LatencyPlot(results).document();
    }

    /** Where percentile {@code p} (0 to 100) sits on the tail axis. */
    static double tail(double percentile) {
        return -Math.log10(1 - percentile / 100);
    }

    private String document() {
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        svg.append(format("<text x=\"%d\" y=\"24\" font-size=\"15\">Latency under open-loop load</text>%n", LEFT));
        axes(svg);
        List<Integer> rates = rates();
        int row = 0;
        for (int s = 0; s < results.size(); s++) {
            Measurements result = results.get(s);
            String colour = COLOURS[s % COLOURS.length];
            for (LatencyResult run : result.latency()) {
                String dash = DASHES[rates.indexOf(run.ratePerSecond()) % DASHES.length];
                String name = escape(result.name() + ", " + format("%,d", run.ratePerSecond()) + " calls/s");
                svg.append(format("<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.8\" stroke-dasharray=\"%s\" "
                        + "points=\"%s\"><title>%s</title></polyline>%n", colour, dash, points(run), name));
                legend(svg, row++, colour, dash, name);
            }
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void axes(StringBuilder svg) {
        int bottom = TOP + PLOT_HEIGHT;
        svg.append(format("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"black\"/>%n",
                LEFT, TOP, PLOT_WIDTH, PLOT_HEIGHT));
        for (int i = 0; i < TICKS.length; i++) {
            double x = x(tail(TICKS[i]));
            svg.append(format("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP, x, bottom));
            svg.append(format("<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x, bottom + 16,
                    TICK_LABELS[i]));
        }
        for (int decade = (int) decadeFrom; decade <= decadeTo; decade++) {
            double y = y(Math.pow(10, decade));
            svg.append(format("<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n",
                    LEFT, y, LEFT + PLOT_WIDTH, y));
            svg.append(format("<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", LEFT - 6, y + 4,
                    format("%,.0f", Math.pow(10, decade))));
        }
        svg.append(format("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">percentile (tail axis: -log10(1 - p))</text>%n",
                LEFT + PLOT_WIDTH / 2, HEIGHT - 16));
        svg.append(format("<text transform=\"translate(20 %d) rotate(-90)\" text-anchor=\"middle\">latency (µs, log scale)</text>%n",
                TOP + PLOT_HEIGHT / 2));
    }

    private static void legend(StringBuilder svg, int row, String colour, String dash, String name) {
        int x = LEFT + PLOT_WIDTH + 16;
        int y = TOP + 10 + row * 18;
        svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.8\" "
                + "stroke-dasharray=\"%s\"/>%n", x, y, x + 28, y, colour, dash));
        svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>%n", x + 34, y + 4, name));
    }

    private String points(LatencyResult run) {
        List<String> points = new ArrayList<>();
        for (double x : xs()) {
            points.add(format("%.1f,%.1f", x(x), y(micros(run, x))));
        }
        return String.join(" ", points);
    }

    /** The plotted points' places on the tail axis, p50 to p99.99. */
    private static List<Double> xs() {
        List<Double> xs = new ArrayList<>(List.of(X_FROM));
        for (double x = 0.5; x <= X_TO + 1e-9; x += X_STEP) {
            xs.add(x);
        }
        return xs;
    }

    /** The latency at a place of the tail axis; at least 1 µs, so that the log scale holds it. */
    private static double micros(LatencyResult run, double tail) {
        return Math.max(1, run.micros(100 * (1 - Math.pow(10, -tail))));
    }

    private List<Integer> rates() {
        return results.stream().flatMap(r -> r.latency().stream()).map(LatencyResult::ratePerSecond)
                .distinct().sorted().toList();
    }

    private static double x(double tail) {
        return LEFT + (tail - X_FROM) / (X_TO - X_FROM) * PLOT_WIDTH;
    }

    private double y(double micros) {
        return TOP + PLOT_HEIGHT - (Math.log10(micros) - decadeFrom) / (decadeTo - decadeFrom) * PLOT_HEIGHT;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
