package org.keepalived4j.netlink.vm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Entry point of the IPVS test VM: a qemu guest booting Debian's kernel (which has IPVS, unlike the CI kernel) with
 * the host's root file system shared read-only, so that {@code ipvsadm}, keepalived and this JDK work inside it.
 * The shell side lives in {@code vm/} at the repository root ({@code vm/README.md}); this class drives it.
 *
 * <pre>{@code
 * VmHarness vm = VmHarness.locate();
 * VmResult r = vm.run("ipvsadm -A -t 192.0.2.10:80 -s rr && ipvsadm -Sn", Duration.ofSeconds(60));
 *
 * try (VmSession s = vm.start(Duration.ofSeconds(60))) {      // one boot, many commands
 *     s.exec("ipvsadm -A -u 192.0.2.10:53", Duration.ofSeconds(10)).requireSuccess();
 *     VmResult java = s.exec(GuestJava.command(MyGuestMain.class, "plan.txt"), Duration.ofSeconds(60));
 * }
 * }</pre>
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>Where</th><th>Meaning</th><th>Default</th></tr>
 *   <tr><td>{@code -Dk4j.repoRoot}</td><td>repository root (surefire sets it)</td><td>searched upwards from the
 *       working directory for {@code vm/qemu.sh}</td></tr>
 *   <tr><td>env {@code K4J_VM_CACHE}</td><td>initramfs cache and run directories, never under {@code /tmp}</td>
 *       <td>{@code <repo>/.vm}</td></tr>
 *   <tr><td>{@code -Dk4j.vm.keep=true}</td><td>keep every run directory (they are always kept on failure)</td>
 *       <td>false</td></tr>
 * </table>
 *
 * Booting takes about 8 s under software emulation, starting a JVM in the guest about 2 to 4 s more; prefer one
 * {@link VmSession} (or {@link #runAll}) per test class to a boot per test.
 */
public final class VmHarness {
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(20);

    private final Path vmDir;
    private final Path cacheDir;

    private VmHarness(Path vmDir, Path cacheDir) {
        this.vmDir = vmDir;
        this.cacheDir = cacheDir;
    }

    /**
     * Finds the repository's {@code vm/} directory.
     *
     * @return a harness; whether the VM can boot here is {@link #unavailableReason()}'s business
     * @throws VmException when no {@code vm/qemu.sh} is found
     */
    public static VmHarness locate() {
        Path vmDir = findVmDir().orElseThrow(() -> new VmException(
                "cannot find vm/qemu.sh: set -Dk4j.repoRoot to the keepalived4j repository root"));
        String cache = System.getenv("K4J_VM_CACHE");
        Path cacheDir = cache == null || cache.isBlank() ? vmDir.getParent().resolve(".vm") : Path.of(cache);
        return new VmHarness(vmDir, cacheDir.toAbsolutePath());
    }

    /** @return whether the VM can boot on this machine (qemu, a kernel with IPVS, static busybox are present) */
    public static boolean available() {
        return unavailableReason().isEmpty();
    }

    /**
     * @return why the VM cannot boot here (what to install), or empty when it can
     */
    public static Optional<String> unavailableReason() {
        Optional<Path> vmDir = findVmDir();
        if (vmDir.isEmpty()) {
            return Optional.of("vm/qemu.sh not found (set -Dk4j.repoRoot)");
        }
        return locate().checkHost();
    }

    /**
     * Boots, runs one script in the guest, powers off.
     *
     * @param script {@code /bin/sh} script text, run as root in the host root's chroot, working directory = the
     *     run directory ({@code /run/k4j-io}, also in {@code $K4J_IO})
     * @param timeout for boot and script together
     * @return its exit code and output
     * @throws VmException if the VM fails to boot or the script does not finish in time
     */
    public VmResult run(String script, Duration timeout) {
        return runAll(List.of(script), timeout).getFirst();
    }

    /**
     * Boots once and runs several scripts one after the other (each in its own {@code sh}, sharing the guest's
     * state: IPVS tables, files in the run directory), then powers off.
     *
     * @param scripts script texts, in order
     * @param timeout for the boot and all scripts together
     * @return one result per script
     * @throws VmException if the VM fails to boot or a script does not finish in time
     */
    public List<VmResult> runAll(List<String> scripts, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<VmResult> results = new ArrayList<>();
        try (VmSession session = start(timeout)) {
            for (String script : scripts) {
                results.add(session.exec(script, Duration.ofNanos(Math.max(0, deadline - System.nanoTime()))));
            }
        }
        return results;
    }

    /**
     * Boots a VM that waits for commands; close it to power it off.
     *
     * @param bootTimeout how long the boot (up to the guest's "ready") may take
     * @return the running session
     * @throws VmException if the VM cannot boot
     */
    public VmSession start(Duration bootTimeout) {
        try {
            Files.createDirectories(cacheDir);
            Path runDir = Files.createTempDirectory(cacheDir, "run.");
            return VmSession.boot(vmDir.resolve("qemu.sh"), runDir, bootTimeout);
        } catch (IOException e) {
            throw new VmException("cannot prepare a run directory under " + cacheDir + ": " + e.getMessage(), e);
        }
    }

    /** @return the repository's {@code vm/} directory */
    public Path vmDir() {
        return vmDir;
    }

    /** @return where the initramfs and run directories go */
    public Path cacheDir() {
        return cacheDir;
    }

    private Optional<String> checkHost() {
        String script = ". \"$1/lib.sh\" && vm_check";
        try {
            Process p = new ProcessBuilder("bash", "-c", script, "vm-check", vmDir.toString())
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.of("vm_check did not finish in " + CHECK_TIMEOUT.toSeconds() + " s");
            }
            return p.exitValue() == 0 ? Optional.empty()
                    : Optional.of(out.isEmpty() ? "vm_check failed with exit code " + p.exitValue() : out);
        } catch (IOException e) {
            return Optional.of("cannot run bash for vm_check: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking the VM prerequisites");
        }
    }

    private static Optional<Path> findVmDir() {
        String root = System.getProperty("k4j.repoRoot");
        if (root != null && !root.isBlank() && Files.isExecutable(Path.of(root, "vm", "qemu.sh"))) {
            return Optional.of(Path.of(root, "vm").toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("vm/qemu.sh"))) {
                return Optional.of(dir.resolve("vm").normalize());
            }
        }
        return Optional.empty();
    }
}
