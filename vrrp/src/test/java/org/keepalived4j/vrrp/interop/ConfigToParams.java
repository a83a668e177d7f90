package org.keepalived4j.vrrp.interop;

import org.keepalived4j.config.model.vrrp.IpFamily;
import org.keepalived4j.config.model.vrrp.UnicastPeer;
import org.keepalived4j.config.model.vrrp.VrrpAuthentication;
import org.keepalived4j.config.model.vrrp.VrrpInstance;
import org.keepalived4j.vrrp.codec.AuthType;
import org.keepalived4j.vrrp.codec.VrrpVersion;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.VirtualAddress;
import org.keepalived4j.vrrp.state.VrrpState;

/**
 * TEST-ONLY mapping of the keywords the interop scenarios use (state, interface, virtual_router_id, priority,
 * advert_int, version, native IPv6, nopreempt, PASS authentication, virtual_ipaddress, unicast_src_ip,
 * unicast_peer, check_unicast_src, unicast_ttl) to {@link InstanceParams}. The real mapping, with trackers,
 * routes and the rest, is vrrp-integration's.
 */
final class ConfigToParams {
    private ConfigToParams() {
    }

    static InstanceParams map(VrrpInstance i) {
        boolean v6 = i.family() == IpFamily.INET6;
        InstanceParams.Builder b = InstanceParams.builder(i.name(), i.virtualRouterId(), i.interfaceName())
                .priority(i.priority()).version(i.version() == 3 ? VrrpVersion.V3 : VrrpVersion.V2).ipv6(v6)
                .advertIntCs(i.advertIntervalCentis()).nopreempt(i.nopreempt())
                .state(i.initialState() == org.keepalived4j.config.model.vrrp.VrrpState.MASTER ? VrrpState.MASTER
                        : VrrpState.BACKUP)
                .vips(i.virtualIpAddresses().stream().map(v -> new VirtualAddress(v.address().address(),
                        v.address().prefixLength(), null, null, null, null, v6)).toList())
                .unicastSrcIp(i.sourceAddress())
                .unicastPeers(i.unicastPeers().stream().map(UnicastPeer::address).toList())
                .checkUnicastSource(i.checkUnicastSrc());
        if (i.ttl() >= 1 && i.ttl() <= 255) {
            b.unicastTtl(i.ttl());
        }
        if (i.authentication() instanceof VrrpAuthentication.Password(String pass)) {
            b.auth(AuthType.PASS, pass);
        }
        return b.build();
    }
}
