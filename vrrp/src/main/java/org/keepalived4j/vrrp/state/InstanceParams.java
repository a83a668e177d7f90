package org.keepalived4j.vrrp.state;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.V3ChecksumMode;
import org.keepalived4j.vrrp.codec.VrrpVersion;

/**
 * Immutable parameters of one {@code vrrp_instance}, with keepalived's defaults applied. A mapper in the daemon
 * fills it from the config model's instance; {@link #builder(String, int, String)} gives the defaults.
 *
 * @param name                   {@code vrrp_instance NAME}
 * @param vrid                   {@code virtual_router_id} 1..255
 * @param version                {@code version} (default 2; IPv6 requires 3)
 * @param ipv6                   family of the instance ({@code native_ipv6}, or first VIP IPv6)
 * @param interfaceName          {@code interface}
 * @param priority               {@code priority} 1..255 (default 100; 255 = address owner)
 * @param initialState           {@code state MASTER|BACKUP}: only an owner starting as MASTER skips the wait
 * @param adverIntCs             {@code advert_int} in centiseconds (default 100; v2: whole seconds)
 * @param nopreempt              {@code nopreempt}
 * @param preemptDelayUs         {@code preempt_delay} (0 = none)
 * @param vips                   {@code virtual_ipaddress}: those of the instance's family go into adverts, in order
 * @param excludedVips           {@code virtual_ipaddress_excluded}: added and removed with the VIPs, never
 *                               advertised
 * @param authType               v2 {@code authentication { auth_type }} (NONE or PASS)
 * @param authPass               v2 {@code auth_pass} (first 8 octets used), empty when none
 * @param unicastSrcIp           {@code unicast_src_ip} / {@code mcast_src_ip}, or null for the interface address
 * @param unicastPeers           {@code unicast_peer} (empty = multicast)
 * @param unicastTtl             {@code unicast_ttl} (default 255)
 * @param checkUnicastSource     {@code check_unicast_src}
 * @param garp                   gratuitous ARP / NA schedule
 * @param lowerPrioNoAdvert      {@code lower_prio_no_advert}
 * @param higherPrioSendAdvert   {@code higher_prio_send_advert}
 * @param downTimerAdverts       {@code down_timer_adverts} (default 3)
 * @param v3ChecksumMode         checksum of v3 IPv4 adverts sent ({@code old_unicast_checksum} selects
 *                               {@link V3ChecksumMode#PSEUDO_HEADER_MULTICAST_DESTINATION})
 * @param skipCheckAdvAddr       {@code skip_check_adv_addr}
 * @param rejectAddressListError drop adverts whose address list differs (keepalived 2.2.7) instead of counting and
 *                               accepting them (RFC 9568 section 7.1)
 * @param notifyScripts          notify scripts
 */
public record InstanceParams(String name, int vrid, VrrpVersion version, boolean ipv6, String interfaceName,
                             int priority, VrrpState initialState, int adverIntCs, boolean nopreempt,
                             long preemptDelayUs, List<VirtualAddress> vips,
                             List<VirtualAddress> excludedVips, AuthType authType, String authPass,
                             InetAddress unicastSrcIp, List<InetAddress> unicastPeers, int unicastTtl,
                             boolean checkUnicastSource, GarpParams garp, boolean lowerPrioNoAdvert,
                             boolean higherPrioSendAdvert, int downTimerAdverts, V3ChecksumMode v3ChecksumMode,
                             boolean skipCheckAdvAddr, boolean rejectAddressListError, NotifyScripts notifyScripts) {
    /** keepalived's {@code VRRP_PRIO_OWNER}. */
    public static final int PRIORITY_OWNER = 255;

    /** Validates ranges and family consistency; copies lists. */
    public InstanceParams {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(interfaceName, "interfaceName");
        Objects.requireNonNull(garp, "garp");
        Objects.requireNonNull(notifyScripts, "notifyScripts");
        Objects.requireNonNull(v3ChecksumMode, "v3ChecksumMode");
        Objects.requireNonNull(authType, "authType");
        vips = List.copyOf(vips);
        excludedVips = List.copyOf(excludedVips);
        unicastPeers = List.copyOf(unicastPeers);
        authPass = authPass == null ? "" : authPass;
        initialState = initialState == null ? VrrpState.BACKUP : initialState;
        check(vrid >= 1 && vrid <= 255, name, "virtual_router_id must be 1..255, got " + vrid);
        check(priority >= 1 && priority <= 255, name, "priority must be 1..255, got " + priority);
        check(adverIntCs >= 1 && adverIntCs <= 4095, name, "advert_int must be 0.01..40.95 s, got " + adverIntCs
                + " cs");
        check(version != VrrpVersion.UNKNOWN, name, "version must be 2 or 3");
        check(version == VrrpVersion.V3 || adverIntCs % 100 == 0, name,
                "VRRPv2 advert_int must be whole seconds, got " + adverIntCs + " cs");
        check(!ipv6 || version == VrrpVersion.V3, name, "IPv6 needs VRRP version 3");
        check(downTimerAdverts >= 1 && downTimerAdverts <= 100, name, "down_timer_adverts must be 1..100");
        check(preemptDelayUs >= 0, name, "preempt_delay must not be negative");
        check(unicastTtl >= 1 && unicastTtl <= 255, name, "unicast_ttl must be 1..255");
        check(authType != AuthType.AH && authType != AuthType.UNKNOWN, name, "auth_type AH is not supported");
        for (InetAddress a : unicastPeers) {
            check((a instanceof Inet6Address) == ipv6, name, "unicast_peer " + a.getHostAddress()
                    + " is not of the instance's family");
        }
    }

    private static void check(boolean ok, String name, String message) {
        if (!ok) {
            throw new IllegalArgumentException("(" + name + ") " + message);
        }
    }

    /** Whether this instance is the address owner (priority 255). */
    public boolean owner() {
        return priority == PRIORITY_OWNER;
    }

    /** The addresses carried in adverts: the VIPs of the instance's family, in configuration order. */
    public List<InetAddress> advertisedAddresses() {
        return vips.stream().filter(v -> v.ipv6() == ipv6).map(VirtualAddress::address).toList();
    }

    /** Whether adverts go to {@code unicast_peer}s. */
    public boolean unicast() {
        return !unicastPeers.isEmpty();
    }

    /** A builder with keepalived's defaults. */
    public static Builder builder(String name, int vrid, String interfaceName) {
        return new Builder(name, vrid, interfaceName);
    }

    /** Builder with keepalived's defaults; setters named as the keywords. */
    public static final class Builder {
        private final String name;
        private final int vrid;
        private final String interfaceName;
        private VrrpVersion version = VrrpVersion.V2;
        private boolean ipv6;
        private int priority = 100;
        private VrrpState initialState = VrrpState.BACKUP;
        private int adverIntCs = 100;
        private boolean nopreempt;
        private long preemptDelayUs;
        private List<VirtualAddress> vips = List.of();
        private List<VirtualAddress> excludedVips = List.of();
        private AuthType authType = AuthType.NONE;
        private String authPass = "";
        private InetAddress unicastSrcIp;
        private List<InetAddress> unicastPeers = List.of();
        private int unicastTtl = 255;
        private boolean checkUnicastSource;
        private GarpParams garp = GarpParams.DEFAULTS;
        private boolean lowerPrioNoAdvert;
        private boolean higherPrioSendAdvert;
        private int downTimerAdverts = 3;
        private V3ChecksumMode v3ChecksumMode = V3ChecksumMode.PSEUDO_HEADER;
        private boolean skipCheckAdvAddr;
        private boolean rejectAddressListError;
        private NotifyScripts notifyScripts = NotifyScripts.NONE;

        private Builder(String name, int vrid, String interfaceName) {
            this.name = name;
            this.vrid = vrid;
            this.interfaceName = interfaceName;
        }

        /** {@code version}. */
        public Builder version(VrrpVersion v) {
            this.version = v;
            return this;
        }

        /** Instance family IPv6. */
        public Builder ipv6(boolean v) {
            this.ipv6 = v;
            return this;
        }

        /** {@code priority}. */
        public Builder priority(int v) {
            this.priority = v;
            return this;
        }

        /** {@code state}. */
        public Builder state(VrrpState v) {
            this.initialState = v;
            return this;
        }

        /** {@code advert_int} in centiseconds. */
        public Builder advertIntCs(int v) {
            this.adverIntCs = v;
            return this;
        }

        /** {@code nopreempt}. */
        public Builder nopreempt(boolean v) {
            this.nopreempt = v;
            return this;
        }

        /** {@code preempt_delay} in microseconds. */
        public Builder preemptDelayUs(long v) {
            this.preemptDelayUs = v;
            return this;
        }

        /** {@code virtual_ipaddress}. */
        public Builder vips(List<VirtualAddress> v) {
            this.vips = v;
            return this;
        }

        /** {@code virtual_ipaddress} as plain addresses with default prefixes. */
        public Builder vipAddresses(List<InetAddress> v) {
            this.vips = v.stream().map(VirtualAddress::of).toList();
            return this;
        }

        /** {@code virtual_ipaddress_excluded}. */
        public Builder excludedVips(List<VirtualAddress> v) {
            this.excludedVips = v;
            return this;
        }

        /** {@code authentication}. */
        public Builder auth(AuthType type, String pass) {
            this.authType = type;
            this.authPass = pass;
            return this;
        }

        /** {@code unicast_src_ip}. */
        public Builder unicastSrcIp(InetAddress v) {
            this.unicastSrcIp = v;
            return this;
        }

        /** {@code unicast_peer}. */
        public Builder unicastPeers(List<InetAddress> v) {
            this.unicastPeers = v;
            return this;
        }

        /** {@code unicast_ttl}. */
        public Builder unicastTtl(int v) {
            this.unicastTtl = v;
            return this;
        }

        /** {@code check_unicast_src}. */
        public Builder checkUnicastSource(boolean v) {
            this.checkUnicastSource = v;
            return this;
        }

        /** {@code garp_*}. */
        public Builder garp(GarpParams v) {
            this.garp = v;
            return this;
        }

        /** {@code lower_prio_no_advert}. */
        public Builder lowerPrioNoAdvert(boolean v) {
            this.lowerPrioNoAdvert = v;
            return this;
        }

        /** {@code higher_prio_send_advert}. */
        public Builder higherPrioSendAdvert(boolean v) {
            this.higherPrioSendAdvert = v;
            return this;
        }

        /** {@code down_timer_adverts}. */
        public Builder downTimerAdverts(int v) {
            this.downTimerAdverts = v;
            return this;
        }

        /** v3 IPv4 checksum mode. */
        public Builder v3ChecksumMode(V3ChecksumMode v) {
            this.v3ChecksumMode = v;
            return this;
        }

        /** {@code skip_check_adv_addr}. */
        public Builder skipCheckAdvAddr(boolean v) {
            this.skipCheckAdvAddr = v;
            return this;
        }

        /** Drop adverts with a different address list. */
        public Builder rejectAddressListError(boolean v) {
            this.rejectAddressListError = v;
            return this;
        }

        /** Notify scripts. */
        public Builder notifyScripts(NotifyScripts v) {
            this.notifyScripts = v;
            return this;
        }

        /** Validates and builds. */
        public InstanceParams build() {
            return new InstanceParams(name, vrid, version, ipv6, interfaceName, priority, initialState, adverIntCs,
                    nopreempt, preemptDelayUs, vips, excludedVips, authType, authPass, unicastSrcIp, unicastPeers,
                    unicastTtl,
                    checkUnicastSource, garp, lowerPrioNoAdvert, higherPrioSendAdvert, downTimerAdverts,
                    v3ChecksumMode, skipCheckAdvAddr, rejectAddressListError, notifyScripts);
        }
    }
}
