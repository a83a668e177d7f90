package org.keepalived4j.vrrp.runtime;

import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VirtualAddress;

/**
 * TEST-ONLY launcher of one VRRP instance on a real interface, for the namespace interop test (run in its own JVM
 * inside a network namespace so that it can be killed with SIGKILL). Arguments:
 * {@code IFNAME VRID PRIORITY VERSION ADVERT_CS VIP/PREFIX [PASSWORD]}. SIGTERM stops it gracefully.
 */
public final class InteropAgentMain {
    private InteropAgentMain() {
    }

    /** Runs until SIGTERM / SIGINT. */
    public static void main(String[] args) throws Exception {
        String ifName = args[0];
        int vrid = Integer.parseInt(args[1]);
        int priority = Integer.parseInt(args[2]);
        VrrpVersion version = "3".equals(args[3]) ? VrrpVersion.V3 : VrrpVersion.V2;
        int advertCs = Integer.parseInt(args[4]);
        String[] vip = args[5].split("/");
        InetAddress vipAddress = InetAddress.getByName(vip[0]);
        boolean ipv6 = vipAddress.getAddress().length == 16;
        InstanceParams.Builder p = InstanceParams.builder("VI_1", vrid, ifName).priority(priority).version(version)
                .ipv6(ipv6).advertIntCs(advertCs)
                .vips(List.of(new VirtualAddress(vipAddress, Integer.parseInt(vip[1]), null, null, null, null,
                        ipv6)));
        if (args.length > 6) {
            p.auth(AuthType.PASS, args[6]);
        }
        NotifyRunner notifier = new NotifyRunner();
        VrrpAgent agent = new VrrpAgent(MonotonicClock.SYSTEM, new IpCommandVipManager(), notifier, true, false);
        agent.addInstance(p.build(), PcapPacketIo.open(ifName));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.shutdown();
            try {
                agent.awaitStopped(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            agent.close();
            notifier.close();
        }));
        agent.startThread();
        System.out.println("k4j agent started on " + ifName);
        Thread.currentThread().join();
    }
}
