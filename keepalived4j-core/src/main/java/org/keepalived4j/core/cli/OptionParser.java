package org.keepalived4j.core.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.keepalived4j.core.status.StatusAddress;

/**
 * Parses keepalived(8)'s options the way {@code getopt_long} does: clustered short options ({@code -nlD}), an
 * argument attached ({@code -fFILE}) or separate ({@code -f FILE}), long options with {@code =} or a separate
 * argument, optional arguments only with {@code =}, and {@code --} ending the options.
 */
public final class OptionParser {

    /** Why the command line could not be used; the message is what keepalived would print. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message, null, false, false);
        }
    }

    private enum Arg { NONE, REQUIRED, OPTIONAL }

    private record Opt(String longName, char shortName, Arg arg) {
    }

    /** Every option keepalived 2.2.7 knows, by long name; short name '\0' where it has none. */
    private static final List<Opt> OPTIONS = List.of(
            new Opt("use-file", 'f', Arg.REQUIRED), new Opt("vrrp", 'P', Arg.NONE),
            new Opt("check", 'C', Arg.NONE), new Opt("no_bfd", 'B', Arg.NONE), new Opt("all", '\0', Arg.NONE),
            new Opt("log-console", 'l', Arg.NONE), new Opt("log-detail", 'D', Arg.NONE),
            new Opt("log-facility", 'S', Arg.REQUIRED), new Opt("log-file", 'g', Arg.OPTIONAL),
            new Opt("all-config", 'e', Arg.NONE), new Opt("flush-log-file", '\0', Arg.NONE),
            new Opt("no-syslog", 'G', Arg.NONE), new Opt("umask", 'u', Arg.REQUIRED),
            new Opt("release-vips", 'X', Arg.NONE), new Opt("dont-release-vrrp", 'V', Arg.NONE),
            new Opt("dont-release-ipvs", 'I', Arg.NONE), new Opt("dont-respawn", 'R', Arg.NONE),
            new Opt("dont-fork", 'n', Arg.NONE), new Opt("dump-conf", 'd', Arg.NONE),
            new Opt("pid", 'p', Arg.REQUIRED), new Opt("vrrp_pid", 'r', Arg.REQUIRED),
            new Opt("genhash", 'T', Arg.NONE), new Opt("checkers_pid", 'c', Arg.REQUIRED),
            new Opt("address-monitoring", 'a', Arg.NONE), new Opt("bfd_pid", 'b', Arg.REQUIRED),
            new Opt("snmp", 'x', Arg.NONE), new Opt("snmp-agent-socket", 'A', Arg.REQUIRED),
            new Opt("core-dump", 'm', Arg.NONE), new Opt("core-dump-pattern", 'M', Arg.OPTIONAL),
            new Opt("no-mem-check", '\0', Arg.NONE), new Opt("mem-check-log", 'L', Arg.NONE),
            new Opt("namespace", 's', Arg.REQUIRED), new Opt("config-id", 'i', Arg.REQUIRED),
            new Opt("signum", '\0', Arg.REQUIRED), new Opt("config-test", 't', Arg.OPTIONAL),
            new Opt("config-fd", '\0', Arg.REQUIRED), new Opt("perf", '\0', Arg.OPTIONAL),
            new Opt("debug", '\0', Arg.OPTIONAL), new Opt("version", 'v', Arg.NONE),
            new Opt("help", 'h', Arg.NONE),
            // keepalived4j's own, not keepalived's: the metrics and status endpoint, off unless given.
            new Opt("status-address", '\0', Arg.OPTIONAL));

    /** Options keepalived has that keepalived4j does not implement, with what they are. */
    private static final Map<String, String> UNSUPPORTED = Map.of(
            "no_bfd", "BFD", "bfd_pid", "BFD", "snmp", "SNMP", "snmp-agent-socket", "SNMP",
            "genhash", "genhash mode", "perf", "perf profiling", "no-mem-check", "memory checking",
            "mem-check-log", "memory checking", "core-dump", "core dumps", "core-dump-pattern", "core dumps");

    private OptionParser() {
    }

    /** Parses the arguments. */
    public static Options parse(String[] argv) throws UsageException {
        Builder b = new Builder();
        int i = 0;
        while (i < argv.length) {
            String a = argv[i++];
            if (a.equals("--")) {
                break;
            }
            if (a.startsWith("--")) {
                String name = a.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                Opt o = byLong(name);
                if (o.arg == Arg.NONE && value != null) {
                    throw new UsageException("option '--" + name + "' doesn't allow an argument");
                }
                if (o.arg == Arg.REQUIRED && value == null) {
                    if (i >= argv.length) {
                        throw new UsageException("option '--" + name + "' requires an argument");
                    }
                    value = argv[i++];
                }
                b.set(o, value);
            } else if (a.startsWith("-") && a.length() > 1) {
                for (int k = 1; k < a.length(); k++) {
                    char c = a.charAt(k);
                    Opt o = byShort(c);
                    if (o.arg == Arg.NONE) {
                        b.set(o, null);
                        continue;
                    }
                    String rest = a.substring(k + 1);
                    String value;
                    if (!rest.isEmpty()) {
                        value = rest;
                    } else if (o.arg == Arg.REQUIRED) {
                        if (i >= argv.length) {
                            throw new UsageException("option requires an argument -- '" + c + "'");
                        }
                        value = argv[i++];
                    } else {
                        value = null;
                    }
                    b.set(o, value);
                    break;
                }
            } else {
                throw new UsageException("Unknown option " + a);
            }
        }
        if (i < argv.length) {
            throw new UsageException("Unknown option " + argv[i]);
        }
        return b.build();
    }

    private static Opt byLong(String name) throws UsageException {
        Opt prefixMatch = null;
        int prefixCount = 0;
        for (Opt o : OPTIONS) {
            if (o.longName.equals(name)) {
                return o;
            }
            if (o.longName.startsWith(name)) {
                prefixMatch = o;
                prefixCount++;
            }
        }
        if (prefixCount == 1 && !name.isEmpty()) {
            return prefixMatch; // getopt_long accepts an unambiguous abbreviation
        }
        throw new UsageException(prefixCount > 1 ? "option '--" + name + "' is ambiguous"
                : "Unknown option --" + name);
    }

    private static Opt byShort(char c) throws UsageException {
        for (Opt o : OPTIONS) {
            if (o.shortName == c) {
                return o;
            }
        }
        throw new UsageException("Unknown option -" + c);
    }

    /** Mutable collector; only used while parsing. */
    private static final class Builder {
        Path configFile = Options.DEFAULT_CONFIG;
        boolean vrrpOnly, checkOnly, logConsole, logDetail, noSyslog, dontFork, dumpConf, configTest;
        boolean releaseVips, dontReleaseVrrp, dontReleaseIpvs, dontRespawn, allConfig, version, help;
        String logFacility, configId, namespace, signum;
        Path logFile, configTestLog, pidFile, vrrpPidFile, checkersPidFile;
        Integer umask;
        StatusAddress statusAddress;
        final List<String> unsupported = new ArrayList<>();

        void set(Opt o, String v) throws UsageException {
            String what = UNSUPPORTED.get(o.longName);
            if (what != null) {
                unsupported.add("--" + o.longName + " (" + what + ")");
                return;
            }
            switch (o.longName) {
                case "use-file" -> configFile = Path.of(v);
                case "vrrp" -> vrrpOnly = true;
                case "check" -> checkOnly = true;
                case "log-console" -> logConsole = true;
                case "log-detail" -> logDetail = true;
                case "log-facility" -> logFacility = facility(v);
                case "log-file" -> logFile = Path.of(v == null ? "/tmp/keepalived.log" : v);
                case "no-syslog" -> noSyslog = true;
                case "dont-fork" -> dontFork = true;
                case "dump-conf" -> dumpConf = true;
                case "config-test" -> {
                    configTest = true;
                    configTestLog = v == null ? null : Path.of(v);
                }
                case "pid" -> pidFile = Path.of(v);
                case "vrrp_pid" -> vrrpPidFile = Path.of(v);
                case "checkers_pid" -> checkersPidFile = Path.of(v);
                case "config-id" -> configId = v;
                case "release-vips" -> releaseVips = true;
                case "dont-release-vrrp" -> dontReleaseVrrp = true;
                case "dont-release-ipvs" -> dontReleaseIpvs = true;
                case "dont-respawn" -> dontRespawn = true;
                case "all-config" -> allConfig = true;
                case "namespace" -> namespace = v;
                case "umask" -> umask = umask(v);
                case "signum" -> signum = v;
                case "version" -> version = true;
                case "help" -> help = true;
                case "status-address" -> statusAddress = statusAddress(v);
                default -> {
                    // --all, --flush-log-file, --address-monitoring, --config-fd, --debug: accepted, no effect here.
                }
            }
        }

        private static String facility(String v) throws UsageException {
            if (v.matches("[0-7]")) {
                return "local" + v;
            }
            if (v.matches("local[0-7]") || v.equals("user") || v.equals("daemon")) {
                return v;
            }
            throw new UsageException("Invalid log facility '" + v + "'");
        }

        private static StatusAddress statusAddress(String v) throws UsageException {
            if (v == null) {
                return StatusAddress.DEFAULT;
            }
            try {
                return StatusAddress.parse(v);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }

        private static Integer umask(String v) throws UsageException {
            try {
                return Integer.decode(v.startsWith("0") && v.length() > 1 && !v.startsWith("0x") ? "0" + v : v);
            } catch (NumberFormatException e) {
                throw new UsageException("Invalid umask '" + v + "'");
            }
        }

        Options build() {
            return new Options(configFile, vrrpOnly, checkOnly, logConsole, logDetail, logFacility, logFile,
                    noSyslog, dontFork, dumpConf, configTest, configTestLog, pidFile, vrrpPidFile, checkersPidFile,
                    configId, releaseVips, dontReleaseVrrp, dontReleaseIpvs, dontRespawn, allConfig, namespace,
                    umask, signum, version, help, unsupported, statusAddress);
        }
    }
}
