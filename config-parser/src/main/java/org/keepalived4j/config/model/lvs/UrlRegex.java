package org.keepalived4j.config.model.lvs;

import java.util.List;
import java.util.Objects;

/**
 * The PCRE2 match of a {@code url}'s body: {@code regex}, {@code regex_no_match}, {@code regex_options},
 * {@code regex_min_offset}, {@code regex_max_offset}, {@code regex_stack}.
 *
 * @param pattern   the regular expression (PCRE2 syntax, after keepalived's quote and escape processing)
 * @param options   PCRE2 option names as written ({@code caseless}, {@code multiline}...), known ones only
 * @param noMatch   the check succeeds when the pattern does <em>not</em> match
 * @param minOffset the match must start at or after this offset (0: anywhere)
 * @param maxOffset the match must start at or before this offset, or -1 for no limit
 * @param useStack  {@code regex_stack} was given (a JIT stack is used)
 */
public record UrlRegex(String pattern, List<String> options, boolean noMatch, long minOffset, long maxOffset,
                       boolean useStack) {

    public UrlRegex {
        Objects.requireNonNull(pattern, "pattern");
        options = List.copyOf(options);
    }
}
