package org.keepalived4j.config.build;

import java.util.Optional;
import java.util.OptionalLong;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The remaining global_defs keywords: {@code umask}, {@code random_seed}, and keepalived's reload and config-copy
 * machinery ({@code reload_check_config}, {@code reload_time_file}, {@code reload_repeat}, {@code reload_file},
 * {@code include_check}, {@code config_save_dir}, {@code tmp_config_directory}, {@code data_use_instance}), which
 * keepalived4j reads and checks but does not act on yet.
 */
final class GlobalMiscKeywords {

    private static final String[] UMASK_BITS = {"IRUSR", "IWUSR", "IXUSR", "IRGRP", "IWGRP", "IXGRP", "IROTH",
        "IWOTH", "IXOTH"};

    private GlobalMiscKeywords() {
    }

    static void register(KeywordTable<GlobalDefsBuilder> t) {
        t.add("umask", (b, n, ctx) -> {
            Integer v = umask(n, ctx);
            if (v != null) {
                b.umask = v;
            }
        });
        t.add("random_seed", (b, n, ctx) -> {
            String w = GlobalArgs.required(n, 1, ctx);
            if (w == null) {
                return;
            }
            OptionalLong v = GlobalArgs.unsigned(n, w, 0, GlobalArgs.UINT_MAX, ctx);
            if (v.isEmpty()) {
                ctx.error(n, "random_seed " + w + " invalid");
                return;
            }
            b.randomSeed = v.getAsLong();
        });
        t.add("reload_check_config", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "reload options");
            b.reloadCheckConfig = GlobalArgs.has(n, 1) ? n.arg(0) : "/dev/null";
        });
        t.add("reload_time_file", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "reload options");
            if (n.argCount() != 1) {
                ctx.error(n, "reload_time_file invalid");
                return;
            }
            b.reloadTimeFile = n.arg(0);
        });
        t.add("reload_repeat", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "reload options");
            b.reloadRepeat = true;
        });
        t.add("reload_file", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "reload options");
            b.reloadFile = GlobalArgs.has(n, 1) ? n.arg(0) : "";
        });
        t.add("include_check", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "include checks");
            includeCheck(n, ctx);
        });
        t.add("config_save_dir", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "config copies");
            String dir = GlobalArgs.required(n, 1, ctx);
            if (dir == null) {
                return;
            }
            HostView host = ctx.options().host();
            Optional<HostView.FileInfo> st = host.inspectsFiles() ? host.stat(dir) : Optional.empty();
            if (st.isPresent() && st.get().type() != HostView.FileType.DIRECTORY) {
                ctx.error(n, "config_save_dir " + dir + " exists and is not a directory");
                return;
            }
            // keepalived creates a missing directory here; a parser does not touch the file system.
            b.configSaveDir = dir.length() > 1 && dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
        });
        t.add("tmp_config_directory", (b, n, ctx) -> {
            GlobalArgs.notSupported(n, ctx, "config copies");
            if (b.tmpConfigDir != null) {
                ctx.error(n, n.keyword() + " already specified - ignoring");
            } else if (!GlobalArgs.has(n, 1)) {
                ctx.error(n, n.keyword() + " missing directory name");
            } else {
                b.tmpConfigDir = n.arg(0);
            }
        });
        t.add("data_use_instance", (b, n, ctx) -> {
            // keepalived's message really says "date_use_instance".
            Boolean v = GlobalArgs.optionalTrue(n, ctx, "Invalid value '" + GlobalArgs.word(n, 1)
                    + "' for global date_use_instance specified");
            if (v != null) {
                b.dataUseInstance = v;
            }
        });
    }

    /** {@code umask 022} or {@code umask IWGRP|IWOTH}; {@code null} after an error. */
    static Integer umask(ConfigNode n, BuildContext ctx) {
        String mask = GlobalArgs.required(n, 1, ctx);
        if (mask == null) {
            return null;
        }
        if (!mask.isEmpty() && Character.isDigit(mask.charAt(0))) {
            if (n.argCount() != 1) {
                ctx.error(n, "Extra parameter(s) to umask option");
                return null;
            }
            Long v = cNumber(mask);
            if (v == null || v < 0 || (v & ~0777L) != 0) {
                ctx.error(n, "invalid umask value " + mask);
                return null;
            }
            return (int) (long) v;
        }
        int bits = 0;
        boolean needOr = false;
        for (int i = 0; i < n.argCount(); i++) {
            String w = n.arg(i);
            int p = 0;
            while (p < w.length()) {
                if (needOr) {
                    if (w.charAt(p) == '|') {
                        needOr = false;
                        p++;
                        continue;
                    }
                    ctx.error(n, "Invalid umask syntax " + w);
                    return null;
                }
                int bit = -1;
                for (int k = 0; k < UMASK_BITS.length; k++) {
                    if (w.startsWith(UMASK_BITS[k], p)) {
                        bit = 0400 >> k;
                        break;
                    }
                }
                if (bit < 0) {
                    ctx.error(n, "Unknown umask bit " + w.substring(p));
                    return null;
                }
                bits |= bit;
                p += 5;
                needOr = true;
            }
        }
        if (!needOr) {
            ctx.error(n, "umask missing bit value");
            return null;
        }
        return bits;
    }

    /** C's strtol(s, &end, 0) that must consume the whole word: 0x hex, 0 octal, else decimal. */
    private static Long cNumber(String s) {
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) {
                return Long.parseLong(s.substring(2), 16);
            }
            if (s.length() > 1 && s.charAt(0) == '0') {
                return Long.parseLong(s.substring(1), 8);
            }
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** include_check_set: checks the words only (the preprocessor's include handling is elsewhere). */
    private static void includeCheck(ConfigNode n, BuildContext ctx) {
        for (int i = 1; i <= n.argCount(); i++) {
            String w = n.arg(i - 1);
            int offset = 1;
            if (w.isEmpty() || (w.charAt(0) != '-' && w.charAt(0) != '+')) {
                offset = 0;
                if (i != 1) {
                    ctx.error(n, "Duplicate include_check '" + w + "' specified - ignoring");
                    continue;
                }
            }
            String type = w.substring(offset);
            if (!type.equals("read") && !type.equals("match") && !type.equals("wildcard_match")
                    && !type.equals("brace_match")) {
                ctx.error(n, "Unknown include_check type '" + type + "' - ignoring");
            }
        }
    }
}
