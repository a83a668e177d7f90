package org.keepalived4j.netlink.ipvs;

import static org.keepalived4j.netlink.ipvs.IpvsVmScenario.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the kernel answers and {@code ipvsadm} (1.31) shows after each step of {@link IpvsVmScenario}, as observed
 * in the VM and checked by hand against what each step asked for.
 */
final class IpvsadmExpectations {
    private static final String TCP_WLC = "-A -t 192.0.2.10:80 -s wlc";
    private static final String TCP_RR = "-A -t 192.0.2.10:80 -s rr -p 30 -M 255.255.0.0";
    private static final String UDP = "-A -u 192.0.2.10:53 -s sh -p 300 -M 255.255.255.0 -o -b sh-fallback,sh-port";
    private static final String SCTP = "-A --sctp-service [2001:db8::10]:3868 -s mh -p 60 -M 64 -b mh-fallback";
    private static final String F7 = "-A -f 7 -s rr";
    private static final String F8 = "-A -f 8 -6 -s wrr";
    private static final String D_NAT3 = "-a -t 192.0.2.10:80 -r 198.51.100.2:8080 -m -w 3";
    private static final String D_NAT5 = "-a -t 192.0.2.10:80 -r 198.51.100.2:8080 -m -w 5";
    private static final String D_DR = "-a -t 192.0.2.10:80 -r 198.51.100.3:80 -g -w 1";
    private static final String D_GUE =
            "-a -t 192.0.2.10:80 -r 198.51.100.4:80 -i -w 2 --tun-type gue --tun-port 6080 --tun-csum";
    private static final String D_IPIP = "-a --sctp-service [2001:db8::10]:3868 -r 198.51.100.6:3868 -i -w 1"
            + " --tun-type ipip";
    private static final String D_GRE = "-a --sctp-service [2001:db8::10]:3868 -r [2001:db8:1::5]:3868 -i -w 4"
            + " --tun-type gre --tun-remcsum";
    private static final String THRESHOLDS = """
            Prot LocalAddress:Port            Uthreshold Lthreshold ActiveConn InActConn\s
              -> RemoteAddress:Port
            TCP  192.0.2.10:80 rr persistent 30 mask 255.255.0.0
              -> 198.51.100.2:8080            100        10         0          0        \s
              -> 198.51.100.3:80              0          0          0          0        \s
              -> 198.51.100.4:80              0          0          0          0        \s
            """;
    private static final String EINVAL =
            "Invalid operation.  Possibly wrong module version, address not unicast, ...(22)";

    static final Map<String, String> OUTCOMES = new LinkedHashMap<>();
    static final Map<String, Map<String, String>> CHECKS = new LinkedHashMap<>();

    static {
        step("info", "ok 1.2.1 size=4096", "ipvsadm -Ln | head -1", "IP Virtual Server version 1.2.1 (size=4096)\n");
        step("add tcp service", "ok", SAVE, lines(TCP_WLC));
        step("add persistent udp sh service", "ok", SAVE, lines(TCP_WLC, UDP));
        step("add ipv6 sctp mh service", "ok", SAVE, lines(TCP_WLC, UDP, SCTP));
        step("add fwmark services", "ok", SAVE, lines(TCP_WLC, UDP, SCTP, F7, F8));
        step("list services", "ok " + sorted(Stream.of(IpvsService.of(TCP80, "wlc"),
                IpvsService.of(UDP53, "sh").withPersistence(300, 0xFFFFFF00).withFlags(0x1d),
                IpvsService.of(SCTP6, "mh").withPersistence(60, 64).withFlags(0x9),
                IpvsService.of(FWM7, "rr"), IpvsService.of(FWM8, "wrr"))));
        step("get service", "ok Optional[" + IpvsService.of(SCTP6, "mh").withPersistence(60, 64).withFlags(0x9)
                + "] / Optional.empty");
        step("add existing service", "error IPVS cmd IP_VS_SO_SET_ADD(1154) error: Service already exists(17)"
                + " (192.0.2.10:tcp:80)");
        step("add service with unknown scheduler", "error IPVS cmd IP_VS_SO_SET_ADD(1154) error: Scheduler or"
                + " persistence engine not found(2) (192.0.2.99:tcp:80)");
        step("edit service", "ok", SAVE, lines(TCP_RR, UDP, SCTP, F7, F8));
        step("edit missing service", "error IPVS cmd IP_VS_SO_SET_EDIT(1155) error: No such service(3)"
                + " (192.0.2.99:tcp:80)");
        CHECKS.put("add destinations", Map.of(SAVE, lines(TCP_RR, D_NAT3, D_DR, D_GUE, UDP, SCTP, D_IPIP, D_GRE, F7,
                F8), "ipvsadm -Ln --thresholds -t 192.0.2.10:80", THRESHOLDS));
        OUTCOMES.put("add destinations", "ok");
        step("start sync daemon while a mixed-family destination exists",
                "error IPVS cmd IP_VS_SO_SET_STARTDAEMON(1163) error: " + EINVAL, DAEMONS, "");
        step("list destinations", "ok " + entries(Stream.of(NAT, DR, GUE)) + " | " + entries(Stream.of(GRE6,
                IPIP4_IN_6)));
        step("list destinations of a missing service", "ok ");
        step("add existing destination", "error IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: Destination already"
                + " exists(17) (192.0.2.10:tcp:80 -> 198.51.100.3:80)");
        step("add destination to missing service", "error IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: No such"
                + " service(3) (192.0.2.99:tcp:80 -> 198.51.100.3:80)");
        step("add nat destination of another family", "error IPVS cmd IP_VS_SO_SET_ADDDEST(1159) error: " + EINVAL
                + " (192.0.2.10:tcp:80 -> 2001:db8::7:80)");
        step("edit destination", "ok", SAVE, lines(TCP_RR, D_NAT5, D_DR, D_GUE, UDP, SCTP, D_IPIP, D_GRE, F7, F8));
        step("edit missing destination", "error IPVS cmd IP_VS_SO_SET_EDITDEST(1161) error: No such destination(2)"
                + " (192.0.2.10:tcp:80 -> 198.51.100.9:80)");
        step("delete destinations", "ok", SAVE, lines(TCP_RR, D_NAT5, D_GUE, UDP, SCTP, D_GRE, F7, F8));
        step("delete missing destination", "error IPVS cmd IP_VS_SO_SET_DELDEST(1160) error: No such"
                + " destination(2) (192.0.2.10:tcp:80 -> 198.51.100.3:80)");
        step("delete destination of missing service", "error IPVS cmd IP_VS_SO_SET_DELDEST(1160) error: No such"
                + " service(3) (192.0.2.99:tcp:80 -> 198.51.100.3:80)");
        step("zero", "ok");
        step("zero missing service", "error IPVS cmd IP_VS_SO_SET_ZERO(1167) error: No such service(3)"
                + " (192.0.2.99:tcp:80)");
        step("get timeouts", "ok " + new IpvsTimeouts(900, 120, 300), TIMEOUTS,
                "Timeout (tcp tcpfin udp): 900 120 300\n");
        step("set timeouts", "ok " + new IpvsTimeouts(7200, 120, 60), TIMEOUTS,
                "Timeout (tcp tcpfin udp): 7200 120 60\n");
        step("start sync daemons", "ok", DAEMONS, """
                master sync daemon (mcast=veth0, syncid=5, maxlen=1400, group=239.1.2.3, port=8849, ttl=2)
                backup sync daemon (mcast=dummy0, syncid=6, maxlen=1472, group=224.0.0.81, port=8848, ttl=1)
                """);
        step("list sync daemons", "ok [MASTER veth0 5, BACKUP dummy0 6]");
        step("start running sync daemon", "error IPVS cmd IP_VS_SO_SET_STARTDAEMON(1163) error: Daemon has already"
                + " run(17)");
        step("stop sync daemons", "ok", DAEMONS, "");
        step("stop stopped sync daemon", "error IPVS cmd IP_VS_SO_SET_STOPDAEMON(1164) error: No daemon is"
                + " running(3)");
        step("delete service", "ok", SAVE, lines(TCP_RR, D_NAT5, D_GUE, SCTP, D_GRE, F7, F8));
        step("delete missing service", "error IPVS cmd IP_VS_SO_SET_DEL(1156) error: No such service(3)"
                + " (192.0.2.10:udp:53)");
        step("flush", "ok 0", SAVE, "");
        step("multi-part dumps", "ok " + MANY + " services, " + MANY + " destinations", SAVE + " | wc -l",
                2 * MANY + "\n");
        step("pipelined commands", "ok [" + (PIPELINED + 1) + ":3, " + (PIPELINED + 2) + ":17, " + (PIPELINED + 3)
                + ":2] 1 services, " + (PIPELINED - 1) + " destinations, rr", SAVE + " | wc -l", PIPELINED + "\n");
        step("clean up", "ok", SAVE, "");
    }

    private IpvsadmExpectations() {
    }

    private static void step(String name, String outcome) {
        OUTCOMES.put(name, outcome);
    }

    private static void step(String name, String outcome, String check, String output) {
        OUTCOMES.put(name, outcome);
        CHECKS.put(name, Map.of(check, output));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String sorted(Stream<IpvsService> services) {
        return services.map(IpvsService::toString).sorted().collect(Collectors.joining("\n"));
    }

    private static String entries(Stream<IpvsDestination> dests) {
        List<String> l = dests.map(d -> new IpvsDestinationEntry(d, 0, 0, 0, IpvsStats.ZERO).toString()).sorted()
                .toList();
        return String.join("\n", l);
    }
}
