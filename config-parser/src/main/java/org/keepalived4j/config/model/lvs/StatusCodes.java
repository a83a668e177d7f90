package org.keepalived4j.config.model.lvs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The HTTP status codes a {@code url} accepts ({@code status_code 200-299 400 503}); 100 to 599. Without
 * {@code status_code} keepalived accepts 200-299.
 *
 * @param ranges sorted, non-overlapping, non-adjacent ranges
 */
public record StatusCodes(List<Range> ranges) {

    /** Lowest code keepalived accepts in {@code status_code}. */
    public static final int MIN = 100;
    /** Highest code keepalived accepts in {@code status_code}. */
    public static final int MAX = 599;
    /** keepalived's default: 200-299. */
    public static final StatusCodes DEFAULT = of(List.of(new Range(200, 299)));

    /**
     * An inclusive range of codes.
     *
     * @param from first code
     * @param to   last code
     */
    public record Range(int from, int to) {
        public Range {
            if (from > to) {
                throw new IllegalArgumentException("range " + from + "-" + to);
            }
        }
    }

    public StatusCodes {
        ranges = List.copyOf(ranges);
    }

    /** Normalises any ranges (sorts and merges them). */
    public static StatusCodes of(List<Range> ranges) {
        List<Range> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Range::from));
        List<Range> merged = new ArrayList<>();
        for (Range r : sorted) {
            if (!merged.isEmpty() && merged.getLast().to() + 1 >= r.from()) {
                Range last = merged.removeLast();
                merged.add(new Range(last.from(), Math.max(last.to(), r.to())));
            } else {
                merged.add(r);
            }
        }
        return new StatusCodes(merged);
    }

    /** True if {@code code} is accepted. */
    public boolean accepts(int code) {
        for (Range r : ranges) {
            if (code >= r.from() && code <= r.to()) {
                return true;
            }
        }
        return false;
    }
}
