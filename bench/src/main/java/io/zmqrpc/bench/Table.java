package io.zmqrpc.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A text table in Markdown syntax, so that the printed report can be pasted into
 * {@code docs/performance.md} as it is. Text columns are left-aligned, the rest right-aligned.
 */
final class Table {

    private final List<String> headers;
    private final int textColumns;
    private final List<List<String>> rows = new ArrayList<>();

    /** The first {@code textColumns} columns hold labels, the others figures. */
    Table(List<String> headers, int textColumns) {
        this.headers = List.copyOf(headers);
        this.textColumns = textColumns;
    }

    Table row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException(headers.size() + " cells expected: " + cells);
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    void print(PrintStream out) {
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 3);
        for (List<String> line : allLines()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        out.println(line(headers, widths));
        StringBuilder rule = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            String dashes = "-".repeat(widths[i]);
            rule.append(i < textColumns ? " " + dashes + " |" : " " + dashes.substring(1) + ": |");
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private List<List<String>> allLines() {
        List<List<String>> lines = new ArrayList<>(rows);
        lines.add(headers);
        return lines;
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.size(); i++) {
            String format = i < textColumns ? " %-" + widths[i] + "s |" : " %" + widths[i] + "s |";
            line.append(String.format(format, cells.get(i)));
        }
        return line.toString();
    }
}
