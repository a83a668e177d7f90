package org.keepalived4j.vrrp.bind;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs, once per keyword, that a configured keyword is read but not acted on by keepalived4j, in keepalived's
 * wording for ignored configuration ({@code (VI_1) ... - ignoring}). One per runtime, not static: a reload may warn
 * again for a keyword it meets again. Thread-safe: binding and the netlink thread both report.
 */
public final class KeywordWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(KeywordWarnings.class);

    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /**
     * Warns about {@code keyword} unless it was already warned about.
     *
     * @param owner   the instance or block name ({@code VI_1}), or null
     * @param keyword the keyword as keepalived spells it
     * @param detail  what happens instead
     * @return true when this call logged
     */
    public boolean unsupported(String owner, String keyword, String detail) {
        if (!warned.add(keyword)) {
            return false;
        }
        LOG.warn("{}{} is not supported by keepalived4j ({}) - ignoring", owner == null ? "" : "(" + owner + ") ",
                keyword, detail);
        return true;
    }

    /** The keywords warned about so far. */
    public Set<String> warnedKeywords() {
        return Set.copyOf(warned);
    }
}
