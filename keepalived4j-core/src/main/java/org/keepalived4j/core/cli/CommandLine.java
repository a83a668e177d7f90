package org.keepalived4j.core.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.HostView;
import org.keepalived4j.core.daemon.Daemon;
import org.keepalived4j.core.daemon.DefaultParts;
import org.keepalived4j.core.daemon.SignalDispatcher;
import org.keepalived4j.core.log.Logging;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.core.dump.ConfigDump;
import org.keepalived4j.core.status.StatusCommand;

/**
 * keepalived(8)'s command line: {@code -v}, {@code -h}, {@code --signum}, {@code -t} (config test, keepalived's
 * exit codes) and {@code -d} (dump the configuration); everything else starts the daemon. keepalived4j's own
 * {@code keepalived4j status [--status-address=...]} prints the running daemon's state ({@link StatusCommand}).
 */
public final class CommandLine {

    /** keepalived4j's version. */
    public static final String VERSION = "0.1.0";

    /** Exit code for a bad command line, as keepalived's. */
    public static final int EXIT_USAGE = 1;

    private CommandLine() {
    }

    /**
     * Runs the command.
     *
     * @return the exit code, or -1 when a daemon was started and keeps running
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals("status")) {
            return StatusCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        return run(args, out, err, HostView.system());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, checking the config against {@code host} (tests). */
    static int run(String[] args, PrintStream out, PrintStream err, HostView host) {
        Options o;
        try {
            o = OptionParser.parse(args);
        } catch (OptionParser.UsageException e) {
            err.println(e.getMessage());
            Usage.print(err);
            return EXIT_USAGE;
        }
        for (String u : o.unsupported()) {
            err.println("keepalived4j: option " + u + " is not supported by keepalived4j - ignored");
        }
        if (o.help()) {
            Usage.print(err);
            return 0;
        }
        if (o.version()) {
            err.println("keepalived4j v" + VERSION + " (compatible with Keepalived v2.2.7)");
            return 0;
        }
        if (o.signum() != null) {
            int n = Signals.signum(o.signum());
            if (n < 0) {
                err.println("Unknown sigfunc " + o.signum());
                return 1;
            }
            out.println(n);
            return 0;
        }
        if (o.configTest()) {
            return configTest(o, out, err, host);
        }
        if (o.dumpConf()) {
            ParseResult r = ConfigParser.parse(o.configFile(), new ParseOptions(o.configId(), host, false));
            printDiagnostics(r, err);
            out.print(ConfigDump.dump(r.config()));
            return r.diagnostics().fatal() ? 4 : 0;
        }
        return runDaemon(o, err);
    }

    /** Runs the daemon in the foreground (the launcher or the service manager puts it in the background). */
    private static int runDaemon(Options o, PrintStream err) {
        if (!isRoot()) {
            err.println("keepalived4j: must be run as root (needs raw sockets, netlink and IPVS)");
            return Daemon.EXIT_MISSING_PERMISSION;
        }
        Logging.configure(new Logging.Settings(o.logConsole(), o.logDetail(), !o.noSyslog(), o.logFacility(),
                o.logFile() == null ? null : o.logFile().toString()));
        Daemon daemon = new Daemon(o, new DefaultParts(), HostView.system());
        SignalDispatcher.install(daemon.commands());
        int rc = daemon.run();
        org.apache.logging.log4j.LogManager.shutdown();
        return rc;
    }

    private static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** {@code -t}: read and check the configuration against this host, print problems, exit as keepalived -t. */
    private static int configTest(Options o, PrintStream out, PrintStream err, HostView host) {
        ParseResult r = ConfigParser.parse(o.configFile(), new ParseOptions(o.configId(), host, true));
        if (o.configTestLog() != null) {
            try (OutputStream f = Files.newOutputStream(o.configTestLog());
                 PrintStream p = new PrintStream(f, true, StandardCharsets.UTF_8)) {
                printDiagnostics(r, p);
            } catch (IOException e) {
                err.println("keepalived4j: cannot write " + o.configTestLog() + ": " + e.getMessage());
                printDiagnostics(r, err);
            }
        } else {
            printDiagnostics(r, err);
        }
        if (o.dumpConf()) {
            out.print(ConfigDump.dump(r.config()));
        }
        return r.diagnostics().exitCode();
    }

    private static void printDiagnostics(ParseResult r, PrintStream p) {
        for (Diagnostic d : r.diagnostics().all()) {
            p.println(d.format());
        }
    }
}
