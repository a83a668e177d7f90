package org.keepalived4j.vrrp.codec;

import java.util.Arrays;
import java.util.Objects;

/**
 * What one instance expects of a received advert: the inputs of keepalived's {@code vrrp_check_packet}.
 *
 * @param instanceName           {@code vrrp_instance} name, for log lines
 * @param version                {@code version}
 * @param ipv6                   family of the instance
 * @param authType               v2 {@code auth_type}
 * @param authData               v2 {@code auth_pass}, exactly 8 octets zero padded (ignored unless PASS)
 * @param adverIntCs             configured {@code advert_int} in centiseconds
 * @param vips                   {@code virtual_ipaddress} of the instance's family
 * @param unicast                true when {@code unicast_peer} is used
 * @param unicastPeers           the {@code unicast_peer} addresses
 * @param checkUnicastSource     {@code check_unicast_src} (or the global {@code vrrp_check_unicast_src})
 * @param rejectAddressListError true to drop adverts whose address list differs, as keepalived 2.2.7 does; false
 *                               to count them in {@code addr_list_err} and accept them (RFC 9568 section 7.1
 *                               "MAY verify ... SHOULD log")
 */
public record RxExpectations(String instanceName, VrrpVersion version, boolean ipv6, AuthType authType,
                             byte[] authData, int adverIntCs, AddressList vips, boolean unicast,
                             AddressList unicastPeers, boolean checkUnicastSource, boolean rejectAddressListError) {
    /** Validates and copies the password. */
    public RxExpectations {
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(authType, "authType");
        Objects.requireNonNull(vips, "vips");
        Objects.requireNonNull(unicastPeers, "unicastPeers");
        authData = authData == null ? new byte[VrrpAdvertFlyweight.AUTH_DATA_LENGTH] : authData.clone();
        if (authData.length != VrrpAdvertFlyweight.AUTH_DATA_LENGTH) {
            throw new IllegalArgumentException("authData must be " + VrrpAdvertFlyweight.AUTH_DATA_LENGTH
                    + " octets, got " + authData.length);
        }
    }

    /** The password, keepalived style: the first 8 octets of {@code pass}, zero padded. */
    public static byte[] passwordOctets(String pass) {
        byte[] raw = pass == null ? new byte[0] : pass.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return Arrays.copyOf(raw, VrrpAdvertFlyweight.AUTH_DATA_LENGTH);
    }

    /** The password octets (a copy). */
    @Override
    public byte[] authData() {
        return authData.clone();
    }

    boolean passwordMatches(byte[] b, int off) {
        return Bytes.equalConstantTime(authData, 0, b, off, VrrpAdvertFlyweight.AUTH_DATA_LENGTH);
    }
}
