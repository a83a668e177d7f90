package org.keepalived4j.dist;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Installs the built .deb on this machine with {@code dpkg -i} and uses it as an operator would: the installed
 * launcher runs without a JDK, checks the sample configuration, and the init script starts, reports, reloads,
 * restarts and stops the daemon; then {@code dpkg -P} leaves nothing behind. There is no systemd in the CI
 * container, so the unit is only checked for being installed.
 *
 * <p>Needs root. Skipped with a message otherwise, and when keepalived4j is installed already (it would be
 * replaced); under CI (env CI=true) both fail instead. Whatever happens, the daemon is stopped and the package
 * purged at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DebPackageIT {

    private static final String PACKAGE = "keepalived4j";
    private static final Path LAUNCHER = Path.of("/usr/sbin/keepalived4j");
    private static final Path HOME = Path.of("/usr/lib/keepalived4j");
    private static final Path RUNTIME_JAVA = HOME.resolve("runtime/bin/java");
    private static final Path INIT = Path.of("/etc/init.d/keepalived4j");
    private static final Path DEFAULTS = Path.of("/etc/default/keepalived4j");
    private static final Path UNIT = Path.of("/lib/systemd/system/keepalived4j.service");
    private static final Path SAMPLE = Path.of("/etc/keepalived/keepalived4j.conf.sample");
    private static final String NO_JDK_PATH = "PATH=/usr/sbin:/usr/bin:/sbin:/bin";

    /** A virtual server whose only real server (the discard port on loopback) fails its check, harmlessly. */
    private static final String CONFIG = """
            global_defs {
                router_id K4J_DEB_TEST
            }
            virtual_server 192.0.2.80 80 {
                delay_loop 2
                lb_algo rr
                lb_kind NAT
                protocol TCP
                real_server 127.0.0.1 9 {
                    weight 1
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            }
            """;

    /** A VRRP instance alone on a veth in a namespace of its own, so it becomes MASTER and takes its VIP. */
    private static final String VRRP_CONFIG = """
            vrrp_instance VI_1 {
                state MASTER
                interface v0
                virtual_router_id 77
                priority 100
                advert_int 1
                virtual_ipaddress {
                    10.99.0.100/24
                }
            }
            """;

    private Path work;
    private Path pidFile;
    private Path logFile;
    private final List<Long> daemons = new ArrayList<>();
    private boolean installed;

    @BeforeAll
    void install() throws Exception {
        require(System.getProperty("user.name").equals("root"), "root (dpkg -i, the init script)");
        assumeTrue(!Boolean.getBoolean("k4j.skipSystemTests"), "system tests skipped by -Dk4j.skipSystemTests");
        for (String tool : List.of("/usr/bin/dpkg", "/usr/bin/dpkg-query", "/sbin/start-stop-daemon")) {
            require(Files.isExecutable(Path.of(tool)), tool);
        }
        require(!packageInstalled(), "keepalived4j not installed yet (this test installs and purges it; "
                + "run dpkg -P keepalived4j first)");
        Path deb = builtDeb();
        work = Files.createTempDirectory("k4j-deb-it");
        pidFile = work.resolve("keepalived4j.pid");
        logFile = work.resolve("keepalived4j.log");
        installed = true; // from here on, clean up even if dpkg fails half way
        Shell.Result r = Shell.run(Duration.ofSeconds(120), List.of("dpkg", "-i", deb.toString()));
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    @Order(1)
    void installsTheLauncherRuntimeUnitInitScriptDefaultsAndSample() throws Exception {
        for (Path p : List.of(LAUNCHER, RUNTIME_JAVA, INIT)) {
            assertTrue(Files.isExecutable(p), p + " is not an executable file");
        }
        for (Path p : List.of(DEFAULTS, UNIT, SAMPLE, Path.of("/usr/share/doc/keepalived4j/copyright"))) {
            assertTrue(Files.isRegularFile(p), p + " is missing");
        }
        assertTrue(Files.readString(DEFAULTS).contains("DAEMON_ARGS=\"\""), "DAEMON_ARGS in " + DEFAULTS);
        String unit = Files.readString(UNIT);
        assertTrue(unit.contains("Type=notify") && unit.contains("ExecStart=/usr/sbin/keepalived4j --dont-fork"),
                unit);
        if (Files.isExecutable(Path.of("/usr/bin/systemd-analyze"))) { // systemd need not run for this
            Shell.Result verify = Shell.run("systemd-analyze", "verify", "--man=no", UNIT.toString());
            assertEquals(0, verify.exitCode(), verify::toString);
            assertFalse(verify.output().contains("keepalived4j.service:"), verify::toString);
        }
        Shell.Result status = Shell.run("dpkg-query", "-W", "-f=${Status} ${Conffiles}", PACKAGE);
        assertTrue(status.stdout().startsWith("install ok installed"), status::toString);
        assertTrue(status.stdout().contains("/etc/default/keepalived4j"), status::toString);
    }

    @Test
    @Order(2)
    void launcherRunsWithNoJdkOnThePath() throws Exception {
        Shell.Result r = Shell.run("env", "-i", NO_JDK_PATH, LAUNCHER.toString(), "-v");
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.output().contains("keepalived4j v"), r::toString);

        // A java on PATH and a JAVA_HOME that would fail if used: the launcher must take its own runtime.
        Path fake = Files.createDirectories(work.resolve("fake-jdk/bin"));
        Path java = fake.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'the system java was used' >&2\nexit 97\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Shell.Result poisoned = Shell.run("env", "-i", "PATH=" + fake + ":/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=" + fake.getParent(), LAUNCHER.toString(), "-v");
        assertEquals(0, poisoned.exitCode(), poisoned::toString);
        assertFalse(poisoned.output().contains("system java"), poisoned::toString);
    }

    @Test
    @Order(3)
    void checksTheSampleConfiguration() throws Exception {
        Shell.Result r = Shell.run("env", "-i", NO_JDK_PATH, LAUNCHER.toString(), "-t", "-f", SAMPLE.toString());
        assertEquals(0, r.exitCode(), r::toString);
    }

    @Test
    @Order(4)
    void bundledRuntimeHasLoggingPcapAndTls() throws Exception {
        String classpath = HOME.resolve("lib") + "/*:" + System.getProperty("k4j.testClasses", "target/test-classes");
        Shell.Result r = Shell.run(Duration.ofSeconds(60), List.of("env", "-i", NO_JDK_PATH, RUNTIME_JAVA.toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", classpath, RuntimeProbe.class.getName()));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(r.stdout().contains("probe ok"), r::toString);
    }

    @Test
    @Order(5)
    void installedDaemonRunsVrrpInANamespace() throws Exception {
        String ns = "k4jdeb" + ProcessHandle.current().pid();
        Path config = work.resolve("vrrp.conf");
        Files.writeString(config, VRRP_CONFIG);
        Path out = work.resolve("vrrp.out");
        Process daemon = null;
        try {
            for (String cmd : List.of("ip netns add " + ns, "ip -n " + ns + " link add v0 type veth peer name v1",
                    "ip -n " + ns + " link set v0 up", "ip -n " + ns + " link set v1 up",
                    "ip -n " + ns + " addr add 10.99.0.1/24 dev v0")) {
                Shell.Result r = Shell.run(cmd.split(" "));
                assertEquals(0, r.exitCode(), r::toString);
            }
            daemon = new ProcessBuilder("env", "-i", NO_JDK_PATH, "ip", "netns", "exec", ns, LAUNCHER.toString(),
                    "-n", "-l", "-G", "-p", work.resolve("vrrp.pid").toString(), "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(out).contains("Entering MASTER STATE"));
            await().atMost(Duration.ofSeconds(5)).until(() -> Shell.run("ip", "-n", ns, "-br", "addr", "show", "v0")
                    .stdout().contains("10.99.0.100/24"));
            daemon.destroy(); // SIGTERM
            assertTrue(daemon.waitFor(20, java.util.concurrent.TimeUnit.SECONDS), "the daemon stops on SIGTERM");
            assertEquals(0, daemon.exitValue(), () -> read(out));
            assertFalse(Shell.run("ip", "-n", ns, "-br", "addr", "show", "v0").stdout().contains("10.99.0.100"),
                    "VIP removed on stop");
        } finally {
            if (daemon != null && daemon.isAlive()) {
                daemon.destroyForcibly();
            }
            Shell.run("ip", "netns", "del", ns);
        }
    }

    @Test
    @Order(6)
    void initScriptStartsReportsReloadsRestartsAndStops() throws Exception {
        useTestConfig();

        Shell.Result start = init("start");
        assertEquals(0, start.exitCode(), start::toString);
        long pid = runningPid(start); // the launcher returned only once the pid file was there
        assertEquals(RUNTIME_JAVA, Files.readSymbolicLink(Path.of("/proc/" + pid + "/exe")), "the daemon's program");
        assertEquals(pid, sessionOf(pid), "the daemon leads its own session (setsid)");
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(Path.of("/proc/" + pid + "/fd/0")), "stdin");

        Shell.Result status = init("status");
        assertEquals(0, status.exitCode(), status::toString);
        assertTrue(status.output().contains("is running"), status::toString);

        Shell.Result again = init("start");
        assertEquals(0, again.exitCode(), again::toString);
        assertTrue(again.output().contains("already running"), again::toString);
        assertEquals(pid, runningPid(again));

        Shell.Result reload = init("reload");
        assertEquals(0, reload.exitCode(), reload::toString);
        await().atMost(Duration.ofSeconds(20)).until(() -> log().contains("Reload finished"));
        assertTrue(log().contains("Reloading"), this::log);
        assertEquals(pid, runningPid(reload), "reload keeps the process");

        Shell.Result restart = init("restart");
        assertEquals(0, restart.exitCode(), restart::toString);
        long restarted = runningPid(restart);
        assertNotEquals(pid, restarted, "restart starts a new process");
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the old daemon is gone");

        Shell.Result stop = init("stop");
        assertEquals(0, stop.exitCode(), stop::toString);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> ProcessHandle.of(restarted).map(h -> !h.isAlive()).orElse(true));
        assertFalse(Files.exists(pidFile), "pid file removed");
        assertTrue(log().contains("Stopped Keepalived4j"), this::log);

        Shell.Result stopped = init("status");
        assertEquals(3, stopped.exitCode(), stopped::toString);
    }

    @Test
    @Order(7)
    void initScriptReportsADaemonThatCannotStart() throws Exception {
        Files.writeString(DEFAULTS, "DAEMON_ARGS=\"-G -f " + work.resolve("missing.conf") + "\"\nPIDFILE="
                + pidFile + "\n");
        Shell.Result start = init("start");
        assertNotEquals(0, start.exitCode(), start::toString);
        assertTrue(start.output().contains("No configuration file"), "the log's tail is shown: " + start);
        assertFalse(Files.exists(pidFile), "no pid file");
    }

    @Test
    @Order(8)
    void upgradeRestartsARunningDaemon() throws Exception {
        useTestConfig();
        Shell.Result start = init("start");
        assertEquals(0, start.exitCode(), start::toString);
        long before = runningPid(start);
        Shell.Result upgrade = Shell.run(Duration.ofSeconds(120), List.of("dpkg", "-i", builtDeb().toString()));
        assertEquals(0, upgrade.exitCode(), upgrade::toString);
        long after = runningPid(upgrade);
        assertNotEquals(before, after, "postinst restarted the daemon on the new files");
        assertTrue(Files.readString(DEFAULTS).contains(logFile.toString()), "the changed conffile was kept");
    }

    @Test
    @Order(9)
    void purgeStopsTheDaemonAndLeavesNothingBehind() throws Exception {
        Optional<Long> running = readPid();
        List<Path> owned = Shell.run("dpkg-query", "-L", PACKAGE).stdout().lines().map(Path::of).toList();
        assertTrue(owned.contains(LAUNCHER), "dpkg -L lists " + owned.size() + " paths");
        Shell.Result purge = Shell.run(Duration.ofSeconds(120), List.of("dpkg", "-P", PACKAGE));
        assertEquals(0, purge.exitCode(), purge::toString);
        installed = false;
        running.ifPresent(pid -> assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false),
                "prerm stopped daemon " + pid));
        List<Path> left = owned.stream().filter(p -> p.toString().contains("keepalived4j") && Files.exists(p))
                .toList();
        assertEquals(List.of(), left, "left behind by dpkg -P");
        assertFalse(Files.exists(DEFAULTS), DEFAULTS + " (a conffile) is purged");
        assertFalse(packageInstalled(), "dpkg still knows keepalived4j");
    }

    @AfterAll
    void cleanUp() throws Exception {
        if (work == null) {
            return;
        }
        readPid().ifPresent(daemons::add);
        for (long pid : daemons) {
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(h -> {
                System.err.println("DebPackageIT: daemon " + pid + " still running, killing it");
                h.destroyForcibly();
            });
        }
        if (installed || packageInstalled()) {
            Shell.Result purge = Shell.run(Duration.ofSeconds(120), List.of("dpkg", "-P", PACKAGE));
            if (purge.exitCode() != 0) {
                System.err.println("DebPackageIT: clean-up purge failed: " + purge);
            }
        }
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Points /etc/default/keepalived4j at the test configuration, log file and pid file. */
    private void useTestConfig() throws IOException {
        Path config = work.resolve("keepalived.conf");
        Files.writeString(config, CONFIG);
        Files.writeString(DEFAULTS, "DAEMON_ARGS=\"-G --log-file=" + logFile + " -f " + config + "\"\n"
                + "PIDFILE=" + pidFile + "\n");
    }

    private Shell.Result init(String action) throws Exception {
        Shell.Result r = Shell.run(Duration.ofSeconds(90), List.of("env", "-i", NO_JDK_PATH, INIT.toString(),
                action));
        readPid().ifPresent(daemons::add);
        return r;
    }

    /** The pid the pid file names after {@code step}, checking that process is alive. */
    private long runningPid(Shell.Result step) {
        long pid = readPid().orElseThrow(() -> new AssertionError("no pid in " + pidFile + " after " + step
                + "\nlog:\n" + log()));
        daemons.add(pid);
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "daemon " + pid + " alive");
        return pid;
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The session id, field 6 of /proc/PID/stat (after the parenthesised command name). */
    private static long sessionOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "<cannot read " + file + ": " + e.getMessage() + ">";
        }
    }

    private String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean packageInstalled() throws Exception {
        Shell.Result r = Shell.run("dpkg-query", "-W", "-f=${Status}", PACKAGE);
        return r.exitCode() == 0 && r.stdout().contains("ok installed");
    }

    private static Path builtDeb() throws IOException {
        Path dir = Path.of(System.getProperty("k4j.debDirectory", "target"));
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("keepalived4j_.*\\.deb")).findFirst()
                    .orElseThrow(() -> new AssertionError("no keepalived4j_*.deb in " + dir
                            + "; the package phase builds it (unless -Dk4j.skipDeb)"));
        }
    }

    /** Under CI a missing prerequisite fails the test; elsewhere it skips it with a message. */
    private static void require(boolean condition, String what) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(condition, "CI needs: " + what);
        } else {
            assumeTrue(condition, "skipped, needs: " + what);
        }
    }
}
