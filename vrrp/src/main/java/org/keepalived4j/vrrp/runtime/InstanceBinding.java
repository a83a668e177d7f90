package org.keepalived4j.vrrp.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.vrrp.codec.AddressList;
import org.keepalived4j.vrrp.codec.AdvertSpec;
import org.keepalived4j.vrrp.codec.AdvertValidator;
import org.keepalived4j.vrrp.codec.EthernetFlyweight;
import org.keepalived4j.vrrp.codec.GratuitousArpEncoder;
import org.keepalived4j.vrrp.codec.ReceivedAdvert;
import org.keepalived4j.vrrp.codec.RxExpectations;
import org.keepalived4j.vrrp.codec.UnsolicitedNaEncoder;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.state.ActionSink;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.keepalived4j.vrrp.state.VrrpInstance;
import org.keepalived4j.vrrp.state.VrrpState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ties one {@link VrrpInstance} to its interface: the {@link ActionSink} that turns its actions into frames
 * (reused buffer and encoder, no allocation per advert), VIP changes and notify tasks; and the receive
 * expectations the agent checks its adverts against. Adverts go to the multicast group as Ethernet frames, or, with
 * {@code unicast_peer}, to each peer as an IP packet the kernel routes ({@link PacketIo#sendUnicast}; source
 * {@code unicast_src_ip} or the interface's primary address, TTL {@code unicast_ttl}, the v3 IPv4 checksum over
 * the peer's pseudo-header). Gratuitous bursts are paced by {@code garp_interval} /
 * {@code gna_interval} through {@link #garpDeadlineUs()}. VRRP thread only.
 */
final class InstanceBinding implements ActionSink {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceBinding.class);

    final InstanceParams params;
    final PacketIo io;
    final RxExpectations expectations;
    final VrrpInstance instance;
    private static final byte[] NO_MAC = new byte[6];

    private final AdvertSpec spec;
    private final byte[] source;
    private final byte[][] peers;
    private final String[] peerText;
    private final AdvertSpec[] peerSpecs;
    private final VrrpAdvertEncoder encoder;
    private final byte[] tx;
    private final VipManager vipManager;
    private final NotifyRunner notifier;
    private final boolean logDetail;
    private final AddressList vips;
    private final String[] vipText;
    private final List<VirtualAddress> allVips;
    private final boolean routerFlag;
    private final long gapUs;
    private int ipId;
    private int sendErrors;

    private int garpRemaining;
    private int garpNext;
    private long garpDueUs;

    InstanceBinding(InstanceParams params, PacketIo io, VrrpAdvertEncoder encoder, byte[] tx, VipManager vipManager,
                    NotifyRunner notifier, boolean logDetail) {
        this.params = params;
        this.io = io;
        this.encoder = encoder;
        this.tx = tx;
        this.vipManager = vipManager;
        this.notifier = notifier;
        this.logDetail = logDetail;
        boolean v6 = params.ipv6();
        byte[] source = params.unicastSrcIp() != null ? params.unicastSrcIp().getAddress()
                : io.primaryAddress(v6);
        if (source == null) {
            throw new IllegalArgumentException("(" + params.name() + ") interface " + io.interfaceName() + " has no "
                    + (v6 ? "IPv6 link-local" : "IPv4") + " address to send adverts from");
        }
        this.source = source.clone();
        this.vips = AddressList.of(params.advertisedAddresses(), v6);
        byte[] pass = RxExpectations.passwordOctets(params.authPass());
        this.spec = new AdvertSpec(params.version(), params.vrid(), params.adverIntCs(), params.authType(), pass,
                vips, io.macAddress(), v6 ? AdvertSpec.IPV6_GROUP_MAC : AdvertSpec.IPV4_GROUP_MAC, source,
                v6 ? AdvertSpec.IPV6_GROUP : AdvertSpec.IPV4_GROUP, params.v3ChecksumMode(), AdvertValidator.VRRP_TTL);
        int peerCount = params.unicastPeers().size();
        this.peers = new byte[peerCount][];
        this.peerText = new String[peerCount];
        this.peerSpecs = new AdvertSpec[peerCount];
        for (int i = 0; i < peerCount; i++) {
            InetAddress peer = params.unicastPeers().get(i);
            peers[i] = peer.getAddress();
            peerText[i] = peer.getHostAddress();
            // the frame's MACs are not sent: the kernel writes the Ethernet header of a routed packet
            peerSpecs[i] = new AdvertSpec(params.version(), params.vrid(), params.adverIntCs(), params.authType(),
                    pass, vips, io.macAddress(), NO_MAC, source, peers[i], params.v3ChecksumMode(),
                    params.unicastTtl());
        }
        if (params.unicast()) {
            try {
                io.openUnicast(v6);
            } catch (IOException e) {
                throw new UncheckedIOException("(" + params.name() + ") cannot send unicast adverts on "
                        + io.interfaceName() + ": " + e.getMessage(), e);
            }
        }
        this.expectations = new RxExpectations(params.name(), params.version(), v6, params.authType(), pass,
                params.adverIntCs(), vips, params.unicast(), AddressList.of(params.unicastPeers(), v6),
                params.checkUnicastSource(), params.rejectAddressListError());
        this.vipText = new String[vips.count()];
        for (int i = 0; i < vipText.length; i++) {
            vipText[i] = vips.addresses().get(i).getHostAddress();
        }
        List<VirtualAddress> all = new ArrayList<>(params.vips());
        all.addAll(params.excludedVips());
        this.allVips = List.copyOf(all);
        this.routerFlag = v6 && forwarding(io.interfaceName());
        this.gapUs = v6 ? params.garp().naIntervalUs() : params.garp().intervalUs();
        this.instance = new VrrpInstance(params, source, this);
    }

    private static boolean forwarding(String ifName) {
        try {
            return Files.readString(Path.of("/proc/sys/net/ipv6/conf", ifName, "forwarding")).trim().equals("1");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void sendAdvert(VrrpInstance v, int priority) {
        ipId = (ipId + 1) & 0xffff;
        if (ipId == 0) {
            ipId = 1;
        }
        if (peers.length > 0) {
            sendUnicastAdverts(priority);
            return;
        }
        int n = encoder.encode(spec, priority, ipId, tx, 0);
        if (!io.send(tx, n)) {
            if (sendErrors++ == 0 || priority == 0) {
                LOG.info("({}): send advert error", params.name());
            }
        } else {
            sendErrors = 0;
        }
    }

    /** keepalived's {@code vrrp_send_adv} with unicast peers: one IP packet per peer, one IP id per round. */
    private void sendUnicastAdverts(int priority) {
        boolean failed = false;
        for (int i = 0; i < peers.length; i++) {
            int n = encoder.encode(peerSpecs[i], priority, ipId, tx, 0);
            if (!io.sendUnicast(tx, EthernetFlyweight.HEADER_LENGTH, n - EthernetFlyweight.HEADER_LENGTH,
                    peers[i])) {
                failed = true;
                if (sendErrors == 0 || priority == 0) {
                    LOG.info("({}) Cant send advert to {}", params.name(), peerText[i]);
                }
            }
        }
        sendErrors = failed ? sendErrors + 1 : 0;
    }

    /**
     * Whether a received packet reaches this instance's socket at all: keepalived's unicast receive socket is
     * bound to {@code unicast_src_ip} (or the interface address), so unicast packets to another address are not
     * seen. A capture also sees unicast frames flooded to other hosts; they are dropped here without counting.
     */
    boolean addressedToUs(ReceivedAdvert rx) {
        if (rx.multicast()) {
            return true;
        }
        byte[] b = rx.buffer();
        int d = rx.destinationIndex();
        for (int i = 0; i < source.length; i++) {
            if (b[d + i] != source[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void addVips(VrrpInstance v) {
        LOG.info("({}) setting VIPs.", params.name());
        vipManager.addVips(params.name(), params.interfaceName(), allVips);
    }

    @Override
    public void removeVips(VrrpInstance v) {
        LOG.info("({}) removing VIPs.", params.name());
        vipManager.removeVips(params.name(), params.interfaceName(), allVips);
    }

    @Override
    public void sendGratuitous(VrrpInstance v, int repeat) {
        if (!instance.vipSet() || vips.count() == 0 || repeat <= 0) {
            return;
        }
        String what = params.ipv6() ? "Unsolicited Neighbour Adverts" : "gratuitous ARPs";
        for (String vip : vipText) {
            log("({}) Sending/queueing {} on {} for {}", params.name(), what, io.interfaceName(), vip);
        }
        garpRemaining = repeat * vips.count();
        garpNext = 0;
        if (gapUs == 0) {
            while (garpRemaining > 0) {
                sendOneGratuitous();
            }
        } else {
            garpDueUs = Long.MIN_VALUE;
        }
    }

    /** Whether a paced burst is still sending. */
    boolean garpPending() {
        return garpRemaining > 0;
    }

    /** When the next paced gratuitous frame is due. */
    long garpDeadlineUs() {
        return garpDueUs;
    }

    /** Sends the next paced frame if due; returns 1 when it sent. */
    int onGarpTimer(long nowUs) {
        if (garpRemaining == 0 || (garpDueUs != Long.MIN_VALUE && nowUs - garpDueUs < 0)) {
            return 0;
        }
        if (instance.state() != VrrpState.MASTER) {
            garpRemaining = 0;
            return 0;
        }
        sendOneGratuitous();
        garpDueUs = nowUs + gapUs;
        return 1;
    }

    private void sendOneGratuitous() {
        int i = garpNext;
        garpNext = (garpNext + 1) % vips.count();
        garpRemaining--;
        int n;
        if (params.ipv6()) {
            vips.copyAddress(i, tx, UnsolicitedNaEncoder.FRAME_LENGTH);
            n = UnsolicitedNaEncoder.encode(io.macAddress(), tx, UnsolicitedNaEncoder.FRAME_LENGTH, routerFlag, tx,
                    0);
            log("Sending unsolicited Neighbour Advert on {} for {}", io.interfaceName(), vipText[i], null);
        } else {
            n = GratuitousArpEncoder.encode(io.macAddress(), vips.ipv4(i), tx, 0);
            log("Sending gratuitous ARP on {} for {}", io.interfaceName(), vipText[i], null);
        }
        if (!io.send(tx, n)) {
            LOG.info("Error sending gratuitous {} on {} for {}", params.ipv6() ? "NA" : "ARP", io.interfaceName(),
                    vipText[i]);
        }
    }

    private void log(String format, Object a, Object b, Object c) {
        if (logDetail) {
            LOG.info(format, a, b, c);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(format, a, b, c);
        }
    }

    private void log(String format, Object a, Object b, Object c, Object d) {
        if (logDetail) {
            LOG.info(format, a, b, c, d);
        } else if (LOG.isDebugEnabled()) {
            LOG.debug(format, a, b, c, d);
        }
    }

    @Override
    public void notifyState(VrrpInstance v, VrrpState state) {
        notifier.instanceState(params.notifyScripts(), params.name(), state, v.effectivePriority());
    }

    @Override
    public void masterReceivedLowerPriority(VrrpInstance v) {
        // keepalived's notify_master_rx_lower_pri is not configurable through InstanceParams yet
    }
}
