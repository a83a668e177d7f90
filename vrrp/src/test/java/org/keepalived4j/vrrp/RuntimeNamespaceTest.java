package org.keepalived4j.vrrp;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.config.model.KeepalivedConfig;
import org.keepalived4j.netlink.testing.SystemTests;
import org.keepalived4j.netlink.testing.TestNetns;

/**
 * The runtime for real in a network namespace (root): libpcap on a veth, FFM rtnetlink. VIPs, virtual routes and
 * rules, a VMAC with its VIP and static addresses appear when the instances become MASTER and disappear on stop,
 * checked from outside with {@code ip}.
 */
class RuntimeNamespaceTest {
    static final String CONFIG = """
            static_ipaddress {
                192.168.77.1/24 dev veth1
            }
            vrrp_instance VI_1 {
                interface veth0
                virtual_router_id 51
                priority 200
                version 3
                advert_int 0.1
                virtual_ipaddress {
                    10.0.0.100/24
                }
                virtual_routes {
                    10.8.0.0/16 via 10.0.0.254
                }
                virtual_rules {
                    from 10.0.0.100 table 100 priority 1000
                }
            }
            vrrp_instance VI_2 {
                interface veth0
                use_vmac
                virtual_router_id 52
                priority 200
                version 3
                advert_int 0.1
                virtual_ipaddress {
                    10.0.0.101/24
                }
            }
            """;

    TestNetns ns;
    final AtomicReference<DefaultVrrpRuntime> runtime = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        SystemTests.assumeRootWithNamespaces();
        ns = TestNetns.create("vrrprt");
        ns.ip("link add veth0 type veth peer name veth1");
        ns.ip("addr add 10.0.0.1/24 dev veth0");
        ns.ip("link set veth0 up");
        ns.ip("link set veth1 up");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ns == null) {
            return;
        }
        if (runtime.get() != null) {
            ns.executor().run(() -> runtime.get().close());
        }
        ns.close();
    }

    String state(String name) {
        return runtime.get().status().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(VrrpRuntime.InstanceStatus::state).orElse("absent");
    }

    @Test
    void vipsRoutesRulesVmacAndStaticsComeAndGo() throws Exception {
        KeepalivedConfig config = ConfigParser.parse(CONFIG).config();
        ns.executor().run(() -> {
            DefaultVrrpRuntime r = DefaultVrrpRuntime.create(config, VrrpRuntime.Options.defaults());
            runtime.set(r);
            r.start();
        });
        assertTrue(ns.ip("-4 addr show dev veth1").contains("192.168.77.1/24"), "static address set at start");
        await().atMost(Duration.ofSeconds(5)).until(() -> state("VI_1").equals("MASTER")
                && state("VI_2").equals("MASTER"));
        await().atMost(Duration.ofSeconds(2)).until(() -> ns.ip("-4 addr show dev veth0").contains("10.0.0.100/24"));
        assertTrue(ns.ip("-4 route show table main").contains("10.8.0.0/16 via 10.0.0.254 dev veth0 proto keepalived"),
                ns.ip("-4 route show table main"));
        assertTrue(ns.ip("-4 rule show").contains("1000:\tfrom 10.0.0.100 lookup 100"), ns.ip("-4 rule show"));
        String vmac = ns.ip("-d link show vrrp.52");
        assertTrue(vmac.contains("link/ether 00:00:5e:00:01:34") && vmac.contains("macvlan mode private"), vmac);
        assertTrue(ns.ip("-4 addr show dev vrrp.52").contains("10.0.0.101/24"), ns.ip("-4 addr show dev vrrp.52"));

        ns.executor().run(() -> runtime.get().close());
        String after = ns.ip("-4 addr show");
        assertFalse(after.contains("10.0.0.100"), after);
        assertFalse(after.contains("192.168.77.1"), "static address removed on stop");
        assertFalse(ns.ip("-4 route show table main").contains("10.8.0.0/16"));
        assertFalse(ns.ip("-4 rule show").contains("lookup 100"));
        assertFalse(ns.ip("link show").contains("vrrp.52"), "vmac deleted on stop");
    }
}
