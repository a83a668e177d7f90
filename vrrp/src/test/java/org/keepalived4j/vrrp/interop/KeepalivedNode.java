package org.keepalived4j.vrrp.interop;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's keepalived ({@code keepalived -n -l -D}) with pid files of its own. It runs under {@code setsid} so
 * that {@link #kill9()} can SIGKILL the parent and its VRRP child together (killing the child alone makes the
 * parent restart it; killing the parent alone makes the child stop gracefully).
 */
public final class KeepalivedNode extends Node {
    /** A keepalived in {@code namespace}, files under {@code dir}. */
    public KeepalivedNode(String namespace, Path dir) {
        super("keepalived", namespace, dir);
    }

    @Override
    List<String> command(Path conf) {
        return List.of("setsid", "keepalived", "-n", "-l", "-D", "-f", conf.toString(),
                "-p", dir.resolve("ka.pid").toString(), "-r", dir.resolve("vrrp.pid").toString(),
                "-c", dir.resolve("chk.pid").toString());
    }

    @Override
    String readyLine(String instance) {
        return "(" + instance + ") Entering ";
    }

    /**
     * SIGKILL to the whole process group, then waits until the VRRP child is reaped: keepalived refuses to start
     * while the process of its old {@code vrrp.pid} still exists.
     */
    @Override
    public void kill9() throws IOException, InterruptedException {
        Path vrrpPid = dir.resolve("vrrp.pid");
        String child = Files.exists(vrrpPid) ? Files.readString(vrrpPid).trim() : "";
        Signals.send(-pid(), Signals.SIGKILL);
        if (!child.isEmpty()) {
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> !Files.exists(Path.of("/proc", child)));
        }
    }
}
