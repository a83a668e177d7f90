package org.keepalived4j.vrrp.codec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * keepalived's receive rules ({@code vrrp.c vrrp_check_packet}) in keepalived's order, counting each reject in
 * the instance's {@link VrrpStats} under keepalived's counter name and logging keepalived's message.
 *
 * <table>
 * <caption>Checks, in order</caption>
 * <tr><th>Check</th><th>Result</th><th>Counter</th></tr>
 * <tr><td>AH header present iff auth type AH</td><td>{@link DecodeResult#AH_PRESENCE_MISMATCH}</td>
 *     <td>authtype_mismatch</td></tr>
 * <tr><td>length = headers + count addresses (+ 8 auth octets for v2)</td><td>{@link DecodeResult#PACKET_LENGTH}</td>
 *     <td>packet_len_err</td></tr>
 * <tr><td>TTL / hop limit 255 unless unicast (RFC 9568 section 7.1)</td><td>{@link DecodeResult#TTL}</td>
 *     <td>ip_ttl_err</td></tr>
 * <tr><td>version</td><td>{@link DecodeResult#VERSION}</td><td>(vers_err)</td></tr>
 * <tr><td>v2 auth type known, equal; PASS octets equal</td><td>INVALID_AUTH_TYPE, AUTH_TYPE_MISMATCH,
 *     AUTH_FAILURE</td><td>invalid_authtype, authtype_mismatch, auth_failure</td></tr>
 * <tr><td>v2 advert interval equal (RFC 3768 section 7.1)</td><td>{@link DecodeResult#ADVERT_INTERVAL} (drop)</td>
 *     <td>advert_interval_err</td></tr>
 * <tr><td>type ADVERTISEMENT</td><td>{@link DecodeResult#INVALID_TYPE}</td><td>invalid_type_rcvd</td></tr>
 * <tr><td>address count = VIP count (when checking addresses)</td><td>{@link DecodeResult#ADDRESS_COUNT}</td>
 *     <td>addr_list_err</td></tr>
 * <tr><td>checksum (any {@link V3ChecksumMode} accepted)</td><td>{@link DecodeResult#CHECKSUM}</td>
 *     <td>(chk_err)</td></tr>
 * <tr><td>multicast destination iff not unicast</td><td>{@link DecodeResult#CAST_MISMATCH}</td>
 *     <td>addr_list_err</td></tr>
 * <tr><td colspan="3">counted as received: advert_rcvd</td></tr>
 * <tr><td>every VIP present (when checking addresses)</td><td>{@link DecodeResult#ADDRESS_LIST}</td>
 *     <td>addr_list_err</td></tr>
 * <tr><td>unicast source is a peer (when checking)</td><td>{@link DecodeResult#UNICAST_SOURCE_NOT_PEER}</td>
 *     <td>-</td></tr>
 * <tr><td colspan="3">priority 0: pri_zero_rcvd</td></tr>
 * </table>
 *
 * Address-list errors are counted and, unless {@link RxExpectations#rejectAddressListError()}, accepted. Unlike
 * keepalived (whose kernel checks it for IPv6 sockets), the IPv6 checksum is verified here because frames come
 * from a packet socket. Stateless apart from the counters; logging happens only on rejects.
 */
public final class AdvertValidator {
    private static final Logger LOG = LoggerFactory.getLogger(AdvertValidator.class);
    /** TTL / hop limit of every VRRP packet (RFC 9568 section 5.1.1.3, {@code VRRP_IP_TTL}). */
    public static final int VRRP_TTL = 255;

    /**
     * Applies the rules to a decoded packet.
     *
     * @param p                  the decoded packet, as {@link VrrpPacketDecoder} left it
     * @param e                  the instance's expectations
     * @param checkVipAddresses  keepalived's {@code check_vip_addr}: false only for a BACKUP with
     *                           {@code skip_check_adv_addr} hearing the same master again
     * @param stats              the instance's counters
     */
    public DecodeResult validate(ReceivedAdvert p, RxExpectations e, boolean checkVipAddresses, VrrpStats stats) {
        VrrpAdvertFlyweight a = p.advert;
        String name = e.instanceName();
        int expected;
        if (!p.ipv6) {
            boolean wantAh = e.authType() == AuthType.AH;
            if (p.ahPresent != wantAh) {
                LOG.info(p.ahPresent ? "({}) Received AH header but auth type not AH"
                        : "({}) No AH header but auth type is AH", name);
                stats.authtypeMismatch++;
                return DecodeResult.AH_PRESENCE_MISMATCH;
            }
            expected = (p.vrrpOffset - p.ipOffset) + a.messageLength(4);
        } else {
            expected = Ipv6HeaderFlyweight.HEADER_LENGTH + a.messageLength(16);
        }
        if (p.ipLength != expected) {
            int got = p.ipv6 ? p.ipLength - Ipv6HeaderFlyweight.HEADER_LENGTH : p.ipLength;
            int want = p.ipv6 ? expected - Ipv6HeaderFlyweight.HEADER_LENGTH : expected;
            LOG.info("({}) vrrp packet too {}, length {} and expect {}", name, got > want ? "long" : "short", got,
                    want);
            stats.packetLenErr++;
            return DecodeResult.PACKET_LENGTH;
        }
        if (!e.unicast() && p.ttl != VRRP_TTL) {
            LOG.info("({}) invalid TTL/HL. Received {} and expect {}", name, p.ttl, VRRP_TTL);
            stats.ipTtlErr++;
            return DecodeResult.TTL;
        }
        if (a.version() != e.version().code()) {
            LOG.info("({}) wrong version. Received {} and expect {}", name, a.version(), e.version().code());
            stats.versErr++;
            return DecodeResult.VERSION;
        }
        if (e.version() == VrrpVersion.V2) {
            DecodeResult auth = checkV2(p, e, stats);
            if (auth != DecodeResult.OK) {
                return auth;
            }
        }
        if (a.type() != VrrpAdvertFlyweight.TYPE_ADVERTISEMENT) {
            LOG.info("({}) Invalid packet type. {} and expect {}", name, a.type(),
                    VrrpAdvertFlyweight.TYPE_ADVERTISEMENT);
            stats.invalidTypeRcvd++;
            return DecodeResult.INVALID_TYPE;
        }
        if (checkVipAddresses && a.countIpAddrs() != e.vips().count()) {
            LOG.info("({}) received an unexpected ip number count {}, expected {}!", name, a.countIpAddrs(),
                    e.vips().count());
            stats.addrListErr++;
            if (e.rejectAddressListError()) {
                return DecodeResult.ADDRESS_COUNT;
            }
        }
        if (!checksumOk(p, e)) {
            LOG.info(e.version() == VrrpVersion.V2 ? "({}) Invalid VRRPv2 checksum" : "({}) Invalid VRRPv3 checksum",
                    name);
            stats.chkErr++;
            return DecodeResult.CHECKSUM;
        }
        if (p.multicast == e.unicast()) {
            LOG.info("({}) Expected {}icast packet but received {}icast packet", name, e.unicast() ? "un" : "mult",
                    e.unicast() ? "mult" : "un");
            stats.addrListErr++;
            return DecodeResult.CAST_MISMATCH;
        }
        stats.advertRcvd++;
        if (checkVipAddresses && !e.vips().allIn(a)) {
            LOG.info("({}) ip address associated with VRID {} not present in MASTER advert", name, a.vrid());
            stats.addrListErr++;
            if (e.rejectAddressListError()) {
                return DecodeResult.ADDRESS_LIST;
            }
        }
        if (checkVipAddresses && e.unicast() && e.checkUnicastSource() && !e.unicastPeers().contains(p.buffer,
                p.sourceIndex)) {
            LOG.info("({}) unicast source address not a unicast peer", name);
            return DecodeResult.UNICAST_SOURCE_NOT_PEER;
        }
        if (a.priority() == 0) {
            stats.priZeroRcvd++;
        }
        return DecodeResult.OK;
    }

    private static DecodeResult checkV2(ReceivedAdvert p, RxExpectations e, VrrpStats stats) {
        VrrpAdvertFlyweight a = p.advert;
        String name = e.instanceName();
        AuthType type = AuthType.fromCode(a.authType());
        if (type == AuthType.UNKNOWN) {
            LOG.info("({}) Invalid auth type: {}", name, a.authType());
            stats.invalidAuthtype++;
            return DecodeResult.INVALID_AUTH_TYPE;
        }
        if (type != e.authType()) {
            LOG.info("({}) received a {} auth, expecting {}!", name, type.code(), e.authType().code());
            stats.authtypeMismatch++;
            return DecodeResult.AUTH_TYPE_MISMATCH;
        }
        if (type == AuthType.PASS && !e.passwordMatches(p.buffer, a.authDataIndex())) {
            LOG.info("({}) received an invalid passwd!", name);
            stats.authFailure++;
            return DecodeResult.AUTH_FAILURE;
        }
        if (type == AuthType.AH) {
            LOG.info("({}) IPSEC-AH advert received; AH authentication is not supported", name);
            stats.authFailure++;
            return DecodeResult.AH_NOT_VERIFIED;
        }
        if (a.adverInt() * 100 != e.adverIntCs()) {
            LOG.info("({}) advertisement interval mismatch mine={} sec rcv'd={} sec", name, e.adverIntCs() / 100,
                    a.adverInt());
            stats.advertIntervalErr++;
            return DecodeResult.ADVERT_INTERVAL;
        }
        return DecodeResult.OK;
    }

    private static boolean checksumOk(ReceivedAdvert p, RxExpectations e) {
        VrrpAdvertFlyweight a = p.advert;
        byte[] b = p.buffer;
        if (p.ipv6) {
            int len = a.messageLength(16);
            return InetChecksum.finish(VrrpChecksum.sumIpv6(b, p.vrrpOffset, len, p.sourceIndex,
                    p.destinationIndex)) == 0;
        }
        int len = a.messageLength(4);
        if (a.version() == 2) {
            return InetChecksum.finish(InetChecksum.add(0, b, p.vrrpOffset, len)) == 0;
        }
        p.checksumMode = VrrpChecksum.verifyV3Ipv4(b, p.vrrpOffset, len, p.ipv4Source(), p.ipv4Destination());
        return p.checksumMode != null;
    }
}
