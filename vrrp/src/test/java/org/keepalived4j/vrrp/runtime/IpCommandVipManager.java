package org.keepalived4j.vrrp.runtime;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TEST-ONLY stand-in for the rtnetlink VIP manager: runs {@code ip addr add|del} and waits for it, on the VRRP
 * thread. Fine for namespace tests; never for production (it blocks the VRRP thread for a process start).
 */
public final class IpCommandVipManager implements VipManager {
    private static final Logger LOG = LoggerFactory.getLogger(IpCommandVipManager.class);

    @Override
    public void addVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        for (VirtualAddress a : addresses) {
            run("add", a, interfaceName);
        }
    }

    @Override
    public void removeVips(String instanceName, String interfaceName, List<VirtualAddress> addresses) {
        for (VirtualAddress a : addresses) {
            run("del", a, interfaceName);
        }
    }

    private static void run(String op, VirtualAddress a, String interfaceName) {
        String dev = a.device() == null ? interfaceName : a.device();
        List<String> cmd = a.noDad() && "add".equals(op)
                ? List.of("ip", "addr", op, a.address().getHostAddress() + "/" + a.prefixLength(), "dev", dev, "nodad")
                : List.of("ip", "addr", op, a.address().getHostAddress() + "/" + a.prefixLength(), "dev", dev);
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                LOG.warn("{} timed out", cmd);
            } else if (p.exitValue() != 0 && !out.contains("File exists") && !out.contains("Address not found")) {
                LOG.warn("{} failed: {}", cmd, out);
            }
        } catch (IOException e) {
            LOG.warn("{} failed: {}", cmd, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
