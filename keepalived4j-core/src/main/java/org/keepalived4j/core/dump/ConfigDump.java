package org.keepalived4j.core.dump;

import java.lang.reflect.RecordComponent;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.keepalived4j.config.SourcePosition;

/**
 * Prints the configuration model as an indented, normalised text ({@code --dump-conf}): every record component with
 * its final value, defaults included, and the file:line each element came from. Works on any record graph, so the
 * dump follows the model without a hand-written printer per type.
 */
public final class ConfigDump {

    private static final int MAX_DEPTH = 64;

    private ConfigDump() {
    }

    /** The dump of a model object. */
    public static String dump(Object model) {
        StringBuilder sb = new StringBuilder();
        value(sb, model, 0);
        return sb.toString();
    }

    private static void value(StringBuilder sb, Object v, int depth) {
        if (depth > MAX_DEPTH) {
            sb.append("...\n");
            return;
        }
        switch (v) {
            case null -> sb.append("(none)\n");
            case Record r -> record(sb, r, depth);
            case Optional<?> o -> value(sb, o.orElse(null), depth);
            case Collection<?> c -> collection(sb, c, depth);
            case Map<?, ?> m -> map(sb, m, depth);
            default -> sb.append(scalar(v)).append('\n');
        }
    }

    private static void record(StringBuilder sb, Record r, int depth) {
        SourcePosition pos = null;
        sb.append(r.getClass().getSimpleName());
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getType() == SourcePosition.class) {
                pos = (SourcePosition) read(rc, r);
            }
        }
        if (pos != null && !pos.isNone()) {
            sb.append("  # ").append(pos);
        }
        sb.append('\n');
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            if (rc.getType() == SourcePosition.class) {
                continue;
            }
            indent(sb, depth + 1).append(rc.getName()).append(": ");
            Object v = read(rc, r);
            if (v instanceof Record || v instanceof Collection<?> c && !c.isEmpty() || v instanceof Map<?, ?> m
                    && !m.isEmpty()) {
                if (!(v instanceof Record)) {
                    sb.append('\n');
                }
                value(sb, v, depth + 1);
            } else {
                value(sb, v, depth + 1);
            }
        }
    }

    private static void collection(StringBuilder sb, Collection<?> c, int depth) {
        if (c.isEmpty()) {
            sb.append("[]\n");
            return;
        }
        for (Object e : c) {
            indent(sb, depth + 1).append("- ");
            value(sb, e, depth + 2);
        }
    }

    private static void map(StringBuilder sb, Map<?, ?> m, int depth) {
        if (m.isEmpty()) {
            sb.append("{}\n");
            return;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            indent(sb, depth + 1).append(scalar(e.getKey())).append(": ");
            value(sb, e.getValue(), depth + 2);
        }
    }

    private static String scalar(Object v) {
        return switch (v) {
            case InetAddress a -> a.getHostAddress();
            case Duration d -> seconds(d);
            case String s -> s.isEmpty() || s.chars().anyMatch(Character::isWhitespace) ? '"' + s + '"' : s;
            default -> String.valueOf(v);
        };
    }

    private static String seconds(Duration d) {
        long us = d.toNanos() / 1000;
        if (us % 1_000_000 == 0) {
            return us / 1_000_000 + "s";
        }
        return java.math.BigDecimal.valueOf(us, 6).stripTrailingZeros().toPlainString() + "s";
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            return "<unreadable: " + e.getMessage() + ">";
        }
    }

    private static StringBuilder indent(StringBuilder sb, int depth) {
        return sb.append("  ".repeat(depth));
    }
}
