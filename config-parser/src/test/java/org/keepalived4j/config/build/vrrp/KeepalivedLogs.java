package org.keepalived4j.config.build.vrrp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;

/** Compares our diagnostics with keepalived's {@code -t} output, as "LINE message" lines ("-" for no line). */
final class KeepalivedLogs {

    private static final Pattern LINE = Pattern.compile("^\\((?:[^:]*: )?Line (\\d+)\\) (.*)$");

    private KeepalivedLogs() {
    }

    /** keepalived messages that belong to other sections (globals, checkers, script security) or the exit code. */
    static boolean foreign(String msg) {
        return msg.contains("vrrp_garp_interval") || msg.contains("vrrp_gna_interval")
                || msg.startsWith("number '0' outside range [0.000001") || msg.startsWith("SECURITY VIOLATION")
                || msg.startsWith("Warning: Virtual server") || msg.startsWith("rc=");
    }

    /** keepalived's log lines, normalised. */
    static String expected(List<String> log) {
        List<String> out = new ArrayList<>();
        for (String l : log) {
            Matcher m = LINE.matcher(l);
            String msg = m.matches() ? m.group(2) : l;
            if (!foreign(msg) && !l.isBlank()) {
                out.add((m.matches() ? m.group(1) : "-") + " " + msg);
            }
        }
        return String.join("\n", out);
    }

    /** Our messages, normalised; NOTICEs (keepalived4j's own) and unknown root keywords (other sections) left out. */
    static String actual(Diagnostics d) {
        List<String> out = new ArrayList<>();
        for (Diagnostic x : d.all()) {
            if (x.kind() == ConfigErrorKind.NOTICE || x.kind() == ConfigErrorKind.INFO || foreign(x.message())) {
                continue;
            }
            out.add((x.position().isNone() ? "-" : String.valueOf(x.position().line())) + " " + x.message());
        }
        return String.join("\n", out);
    }
}
