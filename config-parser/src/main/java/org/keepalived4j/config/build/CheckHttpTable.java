package org.keepalived4j.config.build;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.lvs.HttpProtocol;
import org.keepalived4j.config.model.lvs.StatusCodes;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code HTTP_GET} and {@code SSL_GET} blocks with their {@code url} sub-blocks (keepalived's check_http.c). */
final class CheckHttpTable {

    /** The PCRE2 options keepalived knows for {@code regex_options}; others are ignored silently, as there. */
    static final Set<String> REGEX_OPTIONS = Set.of("allow_empty_class", "alt_bsux", "auto_callout", "caseless",
            "dollar_endonly", "dotall", "dupnames", "extended", "firstline", "match_unset_backref", "multiline",
            "never_ucp", "never_utf", "no_auto_capture", "no_auto_possess", "no_dotstar_anchor",
            "no_start_optimize", "ucp", "ungreedy", "utf");

    private CheckHttpTable() {
    }

    static void register(KeywordTable<LvsDrafts.Rs> rsTable) {
        KeywordTable<CheckDrafts.Url> url = urlTable();
        for (String kw : List.of("HTTP_GET", "SSL_GET")) {
            boolean ssl = kw.equals("SSL_GET");
            KeywordTable<CheckDrafts.Http> t = new KeywordTable<>(kw);
            CheckTables.addCommon(t, true);
            t.add("nb_get_retry", (c, n, ctx) -> {
                ctx.error(n, "nb_get_retry is deprecated - please use 'retry'");
                OptionalLong v = LvsArgs.unsignedLong(n, 1, 0, LvsVirtualServerTable.UINT_MAX, ctx);
                if (v.isPresent()) {
                    c.retry = v.getAsLong();
                } else {
                    CheckTables.quoted(n, ctx, "Invalid nb_get_retry value '%s'");
                }
            });
            t.add("virtualhost", (c, n, ctx) -> {
                if (n.argCount() < 1) {
                    ctx.error(n, "HTTP_GET virtualhost name missing");
                } else {
                    c.virtualhost = n.arg(0);
                }
            });
            t.add("http_protocol", (c, n, ctx) -> {
                if (n.argCount() < 1) {
                    ctx.error(n, "Missing http_protocol version");
                    return;
                }
                Optional<HttpProtocol> p = HttpProtocol.fromKeyword(n.arg(0));
                if (p.isEmpty()) {
                    ctx.error(n, "Invalid http_protocol version " + n.arg(0));
                } else {
                    c.protocol = p.get();
                }
            });
            t.add("enable_sni", (c, n, ctx) -> {
                Boolean b = LvsArgs.flag(n, ctx, "Invalid enable_sni parameter ");
                if (b != null) {
                    c.enableSni = b;
                }
            });
            t.add("fast_recovery", (c, n, ctx) -> {
                Boolean b = LvsArgs.flag(n, ctx, "Invalid fast_recovery parameter ");
                if (b != null) {
                    c.fastRecovery = b;
                }
            });
            t.addBlock("url", (c, n, ctx) -> {
                CheckDrafts.Url u = new CheckDrafts.Url(n.position());
                url.apply(u, n.block(), ctx);
                if (urlEnd(u, n, ctx)) {
                    c.urls.add(u);
                }
            });
            rsTable.addBlock(kw, CheckTables.block(t, p -> new CheckDrafts.Http(p, ssl), true, CheckHttpTable::end));
        }
    }

    private static boolean end(CheckDrafts.Http c, ConfigNode node, BuildContext ctx) {
        if (c.urls.isEmpty()) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "HTTP/SSL_GET checker has no urls specified - ignoring");
            return false;
        }
        return CheckTables.checkConnection(c.conn, node, ctx);
    }

    private static KeywordTable<CheckDrafts.Url> urlTable() {
        KeywordTable<CheckDrafts.Url> t = new KeywordTable<>("url");
        t.add("path", (u, n, ctx) -> {
            String w = LvsArgs.word(n, 1, ctx);
            if (w != null) {
                u.path = w;
            }
        });
        t.add("digest", CheckHttpTable::digest);
        t.add("status_code", CheckHttpTable::statusCode);
        t.add("virtualhost", (u, n, ctx) -> {
            if (n.argCount() < 1) {
                ctx.error(n, "Missing HTTP_GET virtualhost name");
            } else {
                u.virtualhost = n.arg(0);
            }
        });
        t.add("regex", (u, n, ctx) -> {
            List<String> w = Scripts.splitQuotedEscaped(n.line() == null ? String.join(" ", n.words()) : n.line(), ctx,
                    n.position());
            if (w == null) {
                return;
            }
            if (w.size() != 2) {
                ctx.report(ConfigErrorKind.NOTICE, n, "regex missing or too many fields");
                return;
            }
            u.regex = w.get(1);
        });
        t.add("regex_no_match", (u, n, ctx) -> u.regexNoMatch = true);
        t.add("regex_options", (u, n, ctx) -> {
            for (int i = 0; i < n.argCount(); i++) {
                if (REGEX_OPTIONS.contains(n.arg(i)) && !u.regexOptions.contains(n.arg(i))) {
                    u.regexOptions.add(n.arg(i));
                }
            }
        });
        t.add("regex_min_offset", (u, n, ctx) -> u.regexMinOffset = offset(n, ctx, "min"));
        t.add("regex_max_offset", (u, n, ctx) -> {
            long v = offset(n, ctx, "max");
            u.regexMaxOffset = v;
        });
        t.add("regex_stack", (u, n, ctx) -> {
            if (n.argCount() != 2) {
                ctx.report(ConfigErrorKind.NOTICE, n, "regex_stack requires start and max values");
                return;
            }
            Long start = strtoul(n.arg(0));
            Long max = strtoul(n.arg(1));
            if (start == null) {
                ctx.report(ConfigErrorKind.NOTICE, n, "regex_stack invalid start value");
            } else if (max == null) {
                ctx.report(ConfigErrorKind.NOTICE, n, "regex_stack invalid max value");
            } else if (start > max) {
                ctx.report(ConfigErrorKind.NOTICE, n, "regex stack start cannot exceed max value");
            } else {
                u.regexStack = true;
            }
        });
        return t;
    }

    /** keepalived's {@code url_check}: a url needs a path; regex options need a regex. */
    private static boolean urlEnd(CheckDrafts.Url u, ConfigNode node, BuildContext ctx) {
        if (u.path == null) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, node.blockEnd(),
                    "HTTP/SSL_GET checker url has no path - ignoring");
            return false;
        }
        if (u.regex == null && (!u.regexOptions.isEmpty() || u.regexNoMatch || u.regexMinOffset != 0
                || u.regexMaxOffset >= 0 || u.regexStack)) {
            ctx.report(ConfigErrorKind.NOTICE, node.blockEnd(), "regex parameters specified without regex");
            u.regexOptions.clear();
            u.regexNoMatch = false;
            u.regexMinOffset = 0;
            u.regexMaxOffset = -1;
            u.regexStack = false;
        }
        if (u.regexMaxOffset >= 0 && u.regexMinOffset > u.regexMaxOffset) {
            ctx.report(ConfigErrorKind.NOTICE, node.blockEnd(), "regex min offset " + u.regexMinOffset
                    + " > regex_max_offset " + u.regexMaxOffset + " - ignoring");
            u.regexMinOffset = 0;
            u.regexMaxOffset = -1;
        }
        return true;
    }

    private static long offset(ConfigNode n, BuildContext ctx, String type) {
        if (n.argCount() != 1) {
            ctx.report(ConfigErrorKind.NOTICE, n, "Missing or too may options for regex_" + type + "_offset");
            return type.equals("max") ? -1 : 0;
        }
        Long v = strtoul(n.arg(0));
        if (v == null) {
            ctx.report(ConfigErrorKind.NOTICE, n, "Invalid regex_" + type + "_offset " + n.arg(0) + " specified");
            return type.equals("max") ? -1 : 0;
        }
        return v;
    }

    private static Long strtoul(String s) {
        if (s.isEmpty()) {
            return 0L;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return null;
            }
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void digest(CheckDrafts.Url u, ConfigNode n, BuildContext ctx) {
        String d = LvsArgs.word(n, 1, ctx);
        if (d == null) {
            return;
        }
        if (u.digest != null) {
            ctx.error(n, "Digest '" + d + "' is a duplicate");
            return;
        }
        if (d.length() != 32) {
            ctx.error(n, "digest '" + d + "' character length should be 32 rather than " + d.length());
            return;
        }
        // keepalived converts from the last byte backwards, cutting the string as it goes
        for (int i = 15; i >= 0; i--) {
            if (Character.digit(d.charAt(2 * i), 16) < 0 || Character.digit(d.charAt(2 * i + 1), 16) < 0) {
                ctx.error(n, "Unable to interpret hex digit in '" + d.substring(0, 2 * i + 2) + "' at offset "
                        + 2 * i + "/" + (2 * i + 1));
                return;
            }
        }
        u.digest = d.toLowerCase(Locale.ROOT);
    }

    private static void statusCode(CheckDrafts.Url u, ConfigNode n, BuildContext ctx) {
        for (int i = 0; i < n.argCount(); i++) {
            String s = n.arg(i);
            int dash = s.indexOf('-');
            Long min = strtoul(dash < 0 ? s : s.substring(0, dash));
            Long max = dash < 0 ? min : strtoul(s.substring(dash + 1));
            if (min == null || max == null || min < StatusCodes.MIN || min > StatusCodes.MAX
                    || max < StatusCodes.MIN || max > StatusCodes.MAX || min > max) {
                ctx.error(n, "Invalid HTTP_GET status code '" + s + "'");
                continue;
            }
            u.codes.add(new StatusCodes.Range(min.intValue(), max.intValue()));
        }
    }
}
