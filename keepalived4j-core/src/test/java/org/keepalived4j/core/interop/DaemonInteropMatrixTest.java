package org.keepalived4j.core.interop;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.keepalived4j.core.Main;
import org.keepalived4j.vrrp.interop.K4jNode;
import org.keepalived4j.vrrp.interop.KeepalivedInteropMatrix;

/**
 * The VRRP interop matrix against Debian's keepalived 2.2.7 with keepalived4j run as an operator runs it:
 * {@code java -cp ... org.keepalived4j.core.Main -n -l -D -f CONF -p PID} in a network namespace (SIGTERM, SIGUSR2
 * and the logs go through the daemon). The scenarios, bounds and harness are in the vrrp module's test-jar
 * ({@link KeepalivedInteropMatrix}); root is needed (skipped with a message otherwise, failed when CI=true).
 */
@Execution(ExecutionMode.CONCURRENT)
class DaemonInteropMatrixTest extends KeepalivedInteropMatrix {
    @Override
    protected K4jNode.Launcher launcher() {
        return K4jNode.Launcher.daemon(Main.class.getName());
    }
}
