package org.keepalived4j.core.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keepalived4j.core.Main;
import org.keepalived4j.netlink.vm.GuestJava;
import org.keepalived4j.netlink.vm.RequiresVm;
import org.keepalived4j.netlink.vm.VmHarness;
import org.keepalived4j.netlink.vm.VmResult;
import org.keepalived4j.netlink.vm.VmSession;

/**
 * The real daemon ({@code keepalived4j -n -C}) on real IPVS in the VM: after the checks settle, 50 SIGHUPs with an
 * unchanged configuration send not one IPVS command (the daemon's own counter, read from its metrics endpoint) and
 * leave {@code ipvsadm -Sn} as it was; one more reload that changes a single weight sends exactly one command.
 */
@RequiresVm
class ReloadIpvsVmTest {

    private static final String CONF = """
            virtual_server 192.0.2.100 80 {
                delay_loop 1
                lb_algo wrr
                lb_kind DR
                protocol TCP
                real_server 192.0.2.11 80 {
                    weight 3
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
                real_server 192.0.2.12 80 {
                    weight 1
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            }
            virtual_server 192.0.2.101 80 {
                delay_loop 1
                lb_algo rr
                lb_kind NAT
                protocol TCP
                real_server 192.0.2.11 80 {
                    TCP_CHECK {
                        connect_timeout 1
                    }
                }
            }
            virtual_server fwmark 7 {
                delay_loop 1
                lb_algo sh
                lb_kind DR
                real_server 192.0.2.12 80 {
                    TCP_CHECK {
                        connect_timeout 1
                        connect_port 80
                    }
                }
            }
            """;

    private static final String SCRIPT = """
            set -u
            ip addr add 192.0.2.11/24 dev dummy0
            ip addr add 192.0.2.12/24 dev dummy0
            mkdir -p www && echo ok > www/index.html
            busybox httpd -p 192.0.2.11:80 -h www
            busybox httpd -p 192.0.2.12:80 -h www
            ipvsadm -C
            metric() { # the daemon's IPVS command counter
              curl -s --max-time 2 http://127.0.0.1:9650/metrics \\
                | sed -n 's/^keepalived4j_ipvs_commands_total \\([0-9]*\\).*/\\1/p'
            }
            %s > daemon.log 2>&1 &
            pid=$!
            n=0; until [ "$(ipvsadm -Sn | grep -c -- '-a ')" = 4 ] || [ $n -ge 300 ]; do sleep 0.1; n=$((n+1)); done
            n=0; until [ -n "$(metric)" ] || [ $n -ge 100 ]; do sleep 0.1; n=$((n+1)); done
            ipvsadm -Sn > before.txt
            metric > commands-before.txt
            for i in $(seq 1 50); do
              kill -HUP $pid
              n=0; until [ "$(grep -c 'Reload finished' daemon.log)" -ge "$i" ] || [ $n -ge 200 ]; do
                sleep 0.05; n=$((n+1)); done
            done
            grep -c 'Reload finished' daemon.log > reloads.txt
            ipvsadm -Sn > after.txt
            metric > commands-after.txt
            sed -i 's/weight 3/weight 5/' keepalived.conf
            kill -HUP $pid
            n=0; until [ "$(grep -c 'Reload finished' daemon.log)" -ge 51 ] || [ $n -ge 200 ]; do
              sleep 0.05; n=$((n+1)); done
            n=0; until ipvsadm -Sn | grep -q -- '-r 192.0.2.11:80 -g -w 5' || [ $n -ge 100 ]; do
              sleep 0.1; n=$((n+1)); done
            metric > commands-changed.txt
            ipvsadm -Sn > changed.txt
            kill -TERM $pid
            wait $pid
            echo $? > daemon-exit.txt
            ipvsadm -Sn > stopped.txt
            """;

    @Test
    void unchangedServicesSeeNoIpvsCommandAcrossFiftyReloads() throws IOException {
        String daemon = GuestJava.command(Main.class, "-n", "-l", "-G", "-C", "-f", "keepalived.conf", "-p",
                "k4j.pid", "--status-address=127.0.0.1:9650");
        Path keep = Files.createTempDirectory("k4j-reload-vm");
        try (VmSession s = VmHarness.locate().start(Duration.ofSeconds(180))) {
            s.putFile("keepalived.conf", CONF);
            VmResult r = s.exec(SCRIPT.formatted(daemon), Duration.ofSeconds(300));
            try (var files = Files.list(s.runDir())) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, keep.resolve(f.getFileName()));
                }
            }
            assertEquals(0, r.exitCode(), r.stdout() + r.stderr() + read(keep, "daemon.log"));
        }
        String log = read(keep, "daemon.log");
        assertEquals("50", read(keep, "reloads.txt").strip(), log);
        String before = read(keep, "before.txt");
        assertEquals(4, before.lines().filter(l -> l.startsWith("-a ")).count(), before + log);
        assertEquals(before, read(keep, "after.txt"), "IPVS table unchanged by 50 reloads\n" + log);
        long c0 = Long.parseLong(read(keep, "commands-before.txt").strip());
        long c1 = Long.parseLong(read(keep, "commands-after.txt").strip());
        long c2 = Long.parseLong(read(keep, "commands-changed.txt").strip());
        assertEquals(c0, c1, "no IPVS command for 50 reloads of an unchanged configuration\n" + log);
        assertEquals(c1 + 1, c2, "one changed weight, one IPVS command\n" + log);
        assertTrue(read(keep, "changed.txt").contains("-r 192.0.2.11:80 -g -w 5"), read(keep, "changed.txt"));
        assertEquals("0", read(keep, "daemon-exit.txt").strip(), log);
        assertEquals(0, read(keep, "stopped.txt").lines().filter(l -> l.startsWith("-A ")).count(),
                "our services removed on stop\n" + read(keep, "stopped.txt"));
        // The guest has no network card: Netty's "Failed to find a usable hardware address" warning would show.
        assertTrue(log.lines().noneMatch(l -> l.contains("io.netty") || l.contains("hardware address")), log);
    }

    private static String read(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
