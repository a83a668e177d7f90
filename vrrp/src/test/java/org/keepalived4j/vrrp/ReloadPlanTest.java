package org.keepalived4j.vrrp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigParser;
import org.keepalived4j.vrrp.bind.BoundInstance;
import org.keepalived4j.vrrp.bind.ConfigBinder;
import org.keepalived4j.vrrp.bind.KeywordWarnings;
import org.keepalived4j.vrrp.bind.ScriptLauncher;

/** Instances matched across a reload as keepalived's vrrp_exist. */
class ReloadPlanTest {
    static List<BoundInstance> bind(String text) {
        return new ConfigBinder(new ScriptLauncher("root", null, c -> true, u -> Optional.empty(), false),
                new KeywordWarnings()).bind(ConfigParser.parse(text).config()).instances();
    }

    static String vi(String name, String ifName, int vrid, int prio, String extra) {
        return "vrrp_instance " + name + " {\n interface " + ifName + "\n virtual_router_id " + vrid
                + "\n priority " + prio + "\n" + extra + " virtual_ipaddress {\n  10.0.0." + vrid + "\n }\n}\n";
    }

    static List<String> names(List<BoundInstance> l) {
        return l.stream().map(BoundInstance::name).toList();
    }

    @Test
    void matchesByVridFamilyAndInterfaceNotByName() {
        List<BoundInstance> before = bind(vi("A", "eth0", 1, 100, "") + vi("B", "eth0", 2, 100, "")
                + vi("C", "eth0", 3, 100, "") + vi("D", "eth0", 4, 100, ""));
        List<BoundInstance> after = bind(
                "# a comment moves every line\n" + vi("A", "eth0", 1, 100, "")
                + vi("B", "eth0", 2, 110, "")
                + vi("C2", "eth0", 3, 100, "")
                + vi("D", "eth1", 4, 100, "")
                + vi("E", "eth0", 5, 100, ""));
        ReloadPlan p = ReloadPlan.of(before, after);
        assertEquals(List.of("A"), names(p.unchanged()), "moved lines are no change");
        assertEquals(List.of("B", "C2"), p.changed().stream().map(c -> c.after().name()).toList(),
                "priority change and rename");
        assertEquals(List.of("D"), names(p.removed()), "another interface is another instance");
        assertEquals(List.of("D", "E"), names(p.added()));
    }

    @Test
    void trackingChangesMakeAChange() {
        List<BoundInstance> before = bind(vi("A", "eth0", 1, 100, ""));
        List<BoundInstance> after = bind(vi("A", "eth0", 1, 100, " track_interface {\n  eth1\n }\n"));
        assertEquals(1, ReloadPlan.of(before, after).changed().size());
    }
}
