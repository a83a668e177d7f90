package org.keepalived4j.vrrp.runtime;

import static org.keepalived4j.vrrp.interop.Lab.sh;

import java.io.IOException;
import java.util.List;
import org.keepalived4j.vrrp.interop.Lab;

/**
 * Test helper: two network namespaces joined by a veth pair, laid out for the runtime tests (the interop tests' own
 * {@link Lab} has per-lab subnets); commands, root checks and clean-up are {@link Lab}'s.
 */
final class Netns implements AutoCloseable {
    final String a;
    final String b;

    private Netns(String a, String b) {
        this.a = a;
        this.b = b;
    }

    /** Creates namespaces NAME-a and NAME-b, veth0 in each (MACs 02:..:0a / 0b), IPv4 /24 and IPv6 without DAD. */
    static Netns create(String name, String net4) throws IOException, InterruptedException {
        Netns n = new Netns(name + "-a", name + "-b");
        Lab.deleteNamespaces(n.a, n.b);
        sh("ip", "netns", "add", n.a);
        sh("ip", "netns", "add", n.b);
        sh("ip", "-n", n.a, "link", "add", "veth0", "type", "veth", "peer", "name", "veth0", "netns", n.b);
        int i = 1;
        for (String ns : List.of(n.a, n.b)) {
            sh("ip", "netns", "exec", ns, "sysctl", "-qw", "net.ipv6.conf.all.accept_dad=0",
                    "net.ipv6.conf.default.accept_dad=0", "net.ipv6.conf.veth0.accept_dad=0");
            sh("ip", "-n", ns, "link", "set", "veth0", "address", "02:00:00:00:00:0" + (i == 1 ? "a" : "b"));
            sh("ip", "-n", ns, "addr", "add", net4 + "." + i + "/24", "dev", "veth0");
            sh("ip", "-n", ns, "link", "set", "lo", "up");
            sh("ip", "-n", ns, "link", "set", "veth0", "up");
            i++;
        }
        return n;
    }

    @Override
    public void close() {
        Lab.deleteNamespaces(a, b);
    }
}
