package org.keepalived4j.core.daemon;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.HostView;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.ParseResult;
import org.keepalived4j.core.cli.CommandLine;
import org.keepalived4j.core.cli.Options;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the configuration, writes the pid files, starts the parts, then serves commands
 * (reload, dumps, stop) on the main thread until told to stop, and closes everything in order.
 *
 * <p>Only the main thread runs {@link #run()} and touches the parts' life cycle; signal handlers and other threads
 * reach it through {@link #commands()}.
 */
public final class Daemon {

    /** keepalived's exit codes for a running daemon. */
    public static final int EXIT_OK = 0;
    /** A fatal problem. */
    public static final int EXIT_FATAL = 1;
    /** Not root. */
    public static final int EXIT_MISSING_PERMISSION = 4;
    /** No usable configuration. */
    public static final int EXIT_NO_CONFIG = 6;

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final Options options;
    private final PartFactory factory;
    private final HostView host;
    private final BlockingQueue<DaemonCommand> commands = new ArrayBlockingQueue<>(64);
    private final List<Part> parts = new ArrayList<>();
    private final List<PidFile> pidFiles = new ArrayList<>();
    private final Path dumpDirectory;
    private ParseResult running;
    private volatile boolean started;

    /** A daemon for these options, building its parts with {@code factory}; dumps go to $TMPDIR or /tmp. */
    public Daemon(Options options, PartFactory factory, HostView host) {
        this(options, factory, host, defaultDumpDirectory());
    }

    /** A daemon writing its SIGUSR1/SIGUSR2 dumps to {@code dumpDirectory}. */
    public Daemon(Options options, PartFactory factory, HostView host, Path dumpDirectory) {
        this.options = options;
        this.factory = factory;
        this.host = host;
        this.dumpDirectory = dumpDirectory;
    }

    /** Where other threads post commands. */
    public BlockingQueue<DaemonCommand> commands() {
        return commands;
    }

    /** True once every part started. */
    public boolean started() {
        return started;
    }

    /** Runs until stopped; returns the exit code. */
    public int run() {
        LOG.info("Starting Keepalived4j v{} (compatible with Keepalived v2.2.7)", CommandLine.VERSION);
        ParseResult r = read();
        if (r.diagnostics().all().stream().anyMatch(d -> d.kind() == ConfigErrorKind.FILE_NOT_FOUND
                && d.position().isNone())) {
            LOG.error("No configuration file - exiting");
            return EXIT_NO_CONFIG;
        }
        if (r.diagnostics().includeFileError()) {
            LOG.error("A required configuration file (includer / include_check) is missing - exiting");
            return EXIT_NO_CONFIG;
        }
        running = r;
        try (SdNotify sd = SdNotify.fromEnvironment()) {
            try {
                // Refuse early if another daemon holds a pid file; write ours only once every part runs, so a
                // launcher waiting for the pid file never reports a start that then failed.
                for (Path p : pidPaths()) {
                    PidFile.checkNotRunning(p);
                }
                startParts();
                writePidFiles();
            } catch (IOException | RuntimeException e) {
                LOG.error("Startup failed: {}", e.getMessage() == null ? e.toString() : e.getMessage());
                closeAll();
                return EXIT_FATAL;
            }
            started = true;
            sd.ready("running " + parts.size() + " part(s)");
            serve(sd);
            sd.stopping();
            LOG.info("Stopping");
            closeAll();
            LOG.info("Stopped Keepalived4j v{}", CommandLine.VERSION);
            return EXIT_OK;
        }
    }

    private ParseResult read() {
        ParseResult r = ConfigParser.parse(options.configFile(), new ParseOptions(options.configId(), host, false));
        for (Diagnostic d : r.diagnostics().all()) {
            LOG.warn("{}", d.format());
        }
        return r;
    }

    private void startParts() throws IOException {
        parts.addAll(factory.create(running.config(), options));
        for (Part p : parts) {
            p.start();
        }
    }

    private void serve(SdNotify sd) {
        while (true) {
            DaemonCommand c;
            try {
                c = commands.poll(1, TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (c == null) {
                continue;
            }
            switch (c) {
                case DaemonCommand.Stop s -> {
                    LOG.info("Received {}, stopping", s.reason());
                    return;
                }
                case DaemonCommand.Reload ignored -> reload(sd);
                case DaemonCommand.DumpData ignored -> {
                    dump("keepalived.data", true);
                    dumpJson();
                }
                case DaemonCommand.DumpStats ignored -> dump("keepalived.stats", false);
            }
        }
    }

    private void reload(SdNotify sd) {
        sd.reloading();
        LOG.info("Reloading");
        ParseResult candidate = read();
        List<Diagnostic> errors = ReloadPolicy.newErrors(running.diagnostics(), candidate.diagnostics());
        if (!errors.isEmpty()) {
            LOG.error("Reload refused: the new configuration has {} error(s); the running configuration stays in "
                    + "force", errors.size());
            for (Diagnostic d : errors) {
                LOG.error("  {}", d.format());
            }
        } else {
            for (Part p : parts) {
                try {
                    p.reload(candidate.config());
                } catch (RuntimeException e) {
                    LOG.error("Reload of the {} part failed: {}", p.name(), e.toString());
                }
            }
            running = candidate;
            LOG.info("Reload finished");
        }
        sd.ready("running " + parts.size() + " part(s)");
    }

    private void dump(String fileName, boolean data) {
        Path file = dumpDirectory.resolve(fileName);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Part p : parts) {
                if (data) {
                    p.dumpData(w);
                } else {
                    p.dumpStats(w);
                }
            }
            LOG.info("Wrote {}", file);
        } catch (IOException e) {
            LOG.error("Cannot write {}: {}", file, e.getMessage());
        }
    }

    /**
     * keepalived writes {@code keepalived.json} on its own real-time signal (SIGRTMIN+2), which the JVM cannot
     * handle; keepalived4j writes it with the data dump on SIGUSR1 (and {@code --signum=JSON} names SIGUSR1).
     */
    private void dumpJson() {
        Part vrrp = parts.stream().filter(Part::hasJson).findFirst().orElse(null);
        if (vrrp == null) {
            return;
        }
        Path file = dumpDirectory.resolve("keepalived.json");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            vrrp.dumpJson(w);
            LOG.info("Wrote {}", file);
        } catch (IOException e) {
            LOG.error("Cannot write {}: {}", file, e.getMessage());
        }
    }

    /** Where dumps go: {@code $TMPDIR} if it is absolute, else /tmp, as keepalived. */
    static Path defaultDumpDirectory() {
        String t = System.getenv("TMPDIR");
        return Path.of(t != null && t.startsWith("/") ? t : "/tmp");
    }

    private List<Path> pidPaths() {
        List<Path> paths = new ArrayList<>();
        paths.add(options.pidFile() != null ? options.pidFile() : Options.DEFAULT_PID_FILE);
        if (options.vrrpPidFile() != null) {
            paths.add(options.vrrpPidFile());
        }
        if (options.checkersPidFile() != null) {
            paths.add(options.checkersPidFile());
        }
        return paths;
    }

    private void writePidFiles() throws IOException {
        for (Path p : pidPaths()) {
            pidFiles.add(PidFile.create(p));
        }
    }

    private void closeAll() {
        for (Part p : parts) { // VRRP first: its priority-0 adverts let the peer take over at once
            try {
                p.close();
            } catch (RuntimeException e) {
                LOG.error("Stopping the {} part failed: {}", p.name(), e.toString());
            }
        }
        parts.clear();
        for (PidFile f : pidFiles) {
            f.close();
        }
        pidFiles.clear();
    }
}
