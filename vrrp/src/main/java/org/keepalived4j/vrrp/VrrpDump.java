package org.keepalived4j.vrrp;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.keepalived4j.config.model.GlobalDefs;
import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.VirtualIpAddress;
import org.keepalived4j.config.model.vrrp.VrrpAuthentication;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.vrrp.bind.BoundInstance;
import org.keepalived4j.vrrp.bind.ConfigBinder;
import org.keepalived4j.vrrp.bind.TrackEntry;
import org.keepalived4j.vrrp.bind.VirtualAddresses;
import org.keepalived4j.vrrp.codec.VrrpStats;
import org.keepalived4j.vrrp.state.GarpParams;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * keepalived's VRRP dumps: the stats file ({@code vrrp_print.c vrrp_print_stats}) and the VRRP part of the data
 * file ({@code vrrp_data.c dump_vrrp_data}: "VRRP Topology", "VRRP Sync groups"), line by line in keepalived's
 * wording. Pure: rendered from snapshots taken on the VRRP thread.
 */
final class VrrpDump {
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss",
            Locale.ROOT);

    private VrrpDump() {
    }

    /** keepalived.stats. */
    static void stats(List<InstanceSnapshot> instances, Appendable out) throws IOException {
        for (InstanceSnapshot s : instances) {
            VrrpStats.Snapshot c = s.stats();
            out.append("VRRP Instance: ").append(s.name()).append('\n')
                    .append("  Advertisements:\n")
                    .append("    Received: ").append(Long.toString(c.advertRcvd())).append('\n')
                    .append("    Sent: ").append(Long.toString(c.advertSent())).append('\n')
                    .append("  Became master: ").append(Long.toString(c.becomeMaster())).append('\n')
                    .append("  Released master: ").append(Long.toString(c.releaseMaster())).append('\n')
                    .append("  Packet Errors:\n")
                    .append("    Length: ").append(Long.toString(c.packetLenErr())).append('\n')
                    .append("    TTL: ").append(Long.toString(c.ipTtlErr())).append('\n')
                    .append("    Invalid Type: ").append(Long.toString(c.invalidTypeRcvd())).append('\n')
                    .append("    Advertisement Interval: ").append(Long.toString(c.advertIntervalErr())).append('\n')
                    .append("    Address List: ").append(Long.toString(c.addrListErr())).append('\n')
                    .append("  Authentication Errors:\n")
                    .append("    Invalid Type: ").append(Long.toString(c.invalidAuthtype())).append('\n')
                    .append("    Type Mismatch: ").append(Long.toString(c.authtypeMismatch())).append('\n')
                    .append("    Failure: ").append(Long.toString(c.authFailure())).append('\n')
                    .append("  Priority Zero:\n")
                    .append("    Received: ").append(Long.toString(c.priZeroRcvd())).append('\n')
                    .append("    Sent: ").append(Long.toString(c.priZeroSent())).append('\n');
        }
    }

    /** The VRRP part of keepalived.data. */
    static void data(List<BoundInstance> bound, List<InstanceSnapshot> snaps, List<ConfigBinder.BoundGroup> groups,
                     List<String> groupStates, GlobalDefs globals, Appendable out) throws IOException {
        if (!bound.isEmpty()) {
            out.append("------< VRRP Topology >------\n");
            for (int i = 0; i < bound.size(); i++) {
                instance(bound.get(i), snaps.get(i), globals, out);
            }
        }
        if (!groups.isEmpty()) {
            out.append("------< VRRP Sync groups >------\n");
            for (int i = 0; i < groups.size(); i++) {
                ConfigBinder.BoundGroup g = groups.get(i);
                line(out, " VRRP Sync Group = " + g.name() + ", " + groupStates.get(i));
                line(out, "   VRRP member instances :");
                for (String m : g.members()) {
                    line(out, "     " + m);
                }
            }
        }
    }

    private static void instance(BoundInstance b, InstanceSnapshot s, GlobalDefs globals, Appendable out)
            throws IOException {
        VrrpInstance v = b.source();
        line(out, " VRRP Instance = " + v.name());
        line(out, "   VRRP Version = " + v.version());
        if (s.group() != null) {
            line(out, "   Sync group = " + s.group());
        }
        if (v.family() == IpFamily.INET6) {
            line(out, "   Using Native IPv6");
        }
        line(out, "   State = " + state(s.state()));
        if (s.state() == VrrpState.BACKUP) {
            line(out, "   Master router = " + (s.masterAddress() == null ? "(none)"
                    : s.masterAddress().getHostAddress()));
            line(out, "   Master priority = " + s.masterPriority());
            if (v.version() == 3) {
                line(out, String.format(Locale.ROOT, "   Master advert int = %.2f sec", s.masterAdverIntCs() / 100.0));
            }
        }
        if (v.unicast()) {
            line(out, "   Flags:");
            line(out, "     Using unicast");
        } else {
            line(out, "   Flags: none");
        }
        line(out, "   Wantstate = " + state(s.wantState()));
        line(out, "   Number of config faults = 0");
        line(out, "   Number of interface and track script faults = " + s.faults());
        line(out, "   Number of track scripts init = 0");
        line(out, "   Last transition = " + wall(s.lastTransitionWallUs()));
        line(out, "   Read timeout = " + (s.readTimeoutWallUs() < 0 ? "DISABLED" : wall(s.readTimeoutWallUs())));
        line(out, "   Master down timer = " + s.msDownTimerUs() + " usecs");
        if (b.vmac() != null) {
            line(out, "   Use VMAC, i/f name " + b.vmac().name() + ", is_up = true, xmit_base = "
                    + b.vmac().xmitBase());
            line(out, "   Interface = " + b.vmac().name() + ", vmac on " + b.vmac().parent()
                    + (b.vmac().xmitBase() ? ", xmit base i/f" : ""));
        } else {
            line(out, "   Interface = " + (v.interfaceName() == null ? "not configured" : v.interfaceName()));
        }
        if (v.dontTrackPrimary()) {
            line(out, "   VRRP interface tracking disabled");
        }
        if (v.skipCheckAdvAddr()) {
            line(out, "   Skip checking advert IP addresses");
        }
        if (v.strictMode()) {
            line(out, "   Enforcing strict VRRP compliance");
        }
        line(out, "   Using src_ip = " + (v.sourceAddress() != null ? v.sourceAddress().getHostAddress()
                + " (from configuration)" : "(interface address)"));
        if (!v.unicast()) {
            line(out, "   Multicast address " + (v.family() == IpFamily.INET6 ? globals.vrrpMcastGroup6()
                    : globals.vrrpMcastGroup4()).getHostAddress());
        }
        GarpParams g = b.params().garp();
        line(out, "   Gratuitous ARP delay = " + g.masterDelayUs() / 1_000_000);
        line(out, "   Gratuitous ARP repeat = " + g.masterRepeat());
        line(out, "   Gratuitous ARP refresh = " + g.masterRefreshUs() / 1_000_000);
        line(out, "   Gratuitous ARP refresh repeat = " + g.masterRefreshRepeat());
        line(out, "   Gratuitous ARP lower priority delay = " + g.lowerPrioDelayUs() / 1_000_000);
        line(out, "   Gratuitous ARP lower priority repeat = " + g.lowerPrioRepeat());
        line(out, "   Down timer adverts = " + v.downTimerAdverts());
        line(out, "   Send advert after receive lower priority advert = " + !v.lowerPrioNoAdvert());
        line(out, "   Send advert after receive higher priority advert = " + v.higherPrioSendAdvert());
        line(out, "   Virtual Router ID = " + v.virtualRouterId());
        line(out, "   Priority = " + v.priority());
        line(out, "   Effective priority = " + s.effectivePriority());
        line(out, "   Total priority = " + s.effectivePriority());
        line(out, "   Advert interval = " + (v.version() == 2 ? v.advertIntervalCentis() / 100 + " sec"
                : v.advertIntervalCentis() * 10 + " milli-sec"));
        if (s.state() == VrrpState.BACKUP && v.version() == 3) {
            line(out, "   Master advert interval = " + s.masterAdverIntCs() * 10 + " milli-sec");
        }
        line(out, "   Preempt = " + (v.nopreempt() ? "disabled" : "enabled"));
        if (v.preemptDelay() != null && !v.preemptDelay().isZero()) {
            line(out, "   Preempt delay = " + fmtG(v.preemptDelay().toNanos() / 1e9) + " secs");
        }
        line(out, "   Promote_secondaries = " + (v.promoteSecondaries() ? "enabled" : "disabled"));
        switch (v.authentication()) {
            case VrrpAuthentication.Password p -> {
                line(out, "   Authentication type = SIMPLE_PASSWORD");
                line(out, "   Password = " + p.password());
            }
            case VrrpAuthentication.Ah a -> line(out, "   Authentication type = IPSEC_AH");
            case VrrpAuthentication.None n -> {
                if (v.version() == 2) {
                    line(out, "   Authentication type = none");
                }
            }
        }
        addresses(out, "   Virtual IP (" + v.virtualIpAddresses().size() + "):", v.virtualIpAddresses(),
                b.params().interfaceName());
        addresses(out, "   Virtual IP Excluded :", v.excludedIpAddresses(), b.params().interfaceName());
        if (v.unicast()) {
            line(out, "   Unicast Peer :");
            v.unicastPeers().forEach(p -> {
                try {
                    line(out, "     " + p.address().getHostAddress() + " min_ttl " + p.minTtl() + " max_ttl "
                            + p.maxTtl());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        List<TrackEntry> ifs = b.tracking().stream().filter(t -> t instanceof TrackEntry.Interface).toList();
        if (!ifs.isEmpty()) {
            line(out, "   Tracked interfaces :");
            for (TrackEntry t : ifs) {
                line(out, "     " + ((TrackEntry.Interface) t).interfaceName() + " weight " + t.weight()
                        + (t.reverse() ? " reverse" : ""));
            }
        }
        List<TrackEntry> scripts = b.tracking().stream().filter(t -> t instanceof TrackEntry.Script).toList();
        if (!scripts.isEmpty()) {
            line(out, "   Tracked scripts :");
            for (TrackEntry t : scripts) {
                line(out, "     " + ((TrackEntry.Script) t).name() + " weight " + t.weight()
                        + (t.reverse() ? " reverse" : ""));
            }
        }
    }

    private static void addresses(Appendable out, String title, List<VirtualIpAddress> list, String runIf)
            throws IOException {
        if (list.isEmpty()) {
            return;
        }
        line(out, title);
        for (VirtualIpAddress a : list) {
            String scope = VirtualAddresses.scopeName(a.scope());
            line(out, "     " + a.address() + (a.broadcast() != null ? " brd " + a.broadcast().getHostAddress() : "")
                    + " dev " + (a.deviceConfigured() ? a.interfaceName() : runIf) + " scope "
                    + (scope == null ? "global" : scope) + (a.label() != null ? " label " + a.label() : ""));
        }
    }

    private static String state(VrrpState s) {
        return switch (s) {
            case INIT -> "INIT";
            case BACKUP -> "BACKUP";
            case MASTER -> "MASTER";
            case FAULT -> "FAULT";
            case STOP -> "unknown";
        };
    }

    /** keepalived's {@code %ld.%6.6ld (ctime_us_r)}. */
    static String wall(long us) {
        long sec = Math.floorDiv(us, 1_000_000L);
        long micros = Math.floorMod(us, 1_000_000L);
        ZonedDateTime t = Instant.ofEpochSecond(sec).atZone(ZoneId.systemDefault());
        return sec + "." + String.format("%06d", micros) + " (" + ASCTIME.format(t) + "."
                + String.format("%06d", micros) + " " + t.getYear() + ")";
    }

    private static String fmtG(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static void line(Appendable out, String s) throws IOException {
        out.append(s).append('\n');
    }
}
