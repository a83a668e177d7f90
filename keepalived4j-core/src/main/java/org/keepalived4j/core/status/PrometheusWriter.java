package org.keepalived4j.core.status;

/**
 * Writes the Prometheus text exposition format (version 0.0.4): per metric family one {@code # HELP} and one
 * {@code # TYPE} line, then its samples, label values escaped ({@code \\}, {@code \"}, {@code \n}) and HELP text
 * escaped ({@code \\}, {@code \n}); values as integers where they are, {@code NaN}/{@code +Inf}/{@code -Inf} spelled
 * as the format wants.
 *
 * <p>The caller keeps a family's samples together (write {@link #family}, then all its {@link #sample}s).
 */
final class PrometheusWriter {

    /** The Content-Type of the text format. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(4096);

    /** Starts a family: {@code type} is {@code gauge} or {@code counter}. */
    PrometheusWriter family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ');
        escapeHelp(help);
        out.append('\n').append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    /**
     * One sample.
     *
     * @param name   the sample name (the family's)
     * @param value  its value
     * @param labels label names and values, alternating
     */
    PrometheusWriter sample(String name, double value, String... labels) {
        series(name, labels);
        out.append(format(value)).append('\n');
        return this;
    }

    /** One sample with an integer value, written exactly. */
    PrometheusWriter sample(String name, long value, String... labels) {
        series(name, labels);
        out.append(value).append('\n');
        return this;
    }

    private void series(String name, String[] labels) {
        out.append(name);
        if (labels.length > 0) {
            out.append('{');
            for (int i = 0; i + 1 < labels.length; i += 2) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(labels[i]).append("=\"");
                escapeLabel(labels[i + 1]);
                out.append('"');
            }
            out.append('}');
        }
        out.append(' ');
    }

    /** The page so far. */
    String text() {
        return out.toString();
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private void escapeLabel(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
    }

    private void escapeHelp(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
    }
}
