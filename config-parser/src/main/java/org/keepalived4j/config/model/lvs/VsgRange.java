package org.keepalived4j.config.model.lvs;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.Objects;
import org.keepalived4j.config.SourcePosition;

/**
 * One address entry of a {@code virtual_server_group}: a single address ({@code 10.0.0.1 80}), a last-octet range
 * ({@code 10.0.0.1-10 80}, for IPv6 the last 16-bit group in hex), a full range ({@code 10.0.0.1-10.0.0.20 80}) or a
 * prefix ({@code 10.0.0.0/29 80}). Each address of the range is one IPVS service.
 *
 * @param first    the first address
 * @param last     the last address (equal to {@code first} for a single address)
 * @param port     the port, 0 when none was given (then the virtual server must be persistent)
 * @param position where the entry was written
 */
public record VsgRange(InetAddress first, InetAddress last, int port, SourcePosition position) {

    public VsgRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(position, "position");
        if (first.getClass() != last.getClass()) {
            throw new IllegalArgumentException("range families differ: " + first + " - " + last);
        }
    }

    /** The address family of the entry. */
    public AddressFamily family() {
        return AddressFamily.of(first);
    }

    /** True if this entry is a single address. */
    public boolean single() {
        return first.equals(last);
    }

    /** True if {@code address} lies within the range (same family, first &lt;= address &lt;= last). */
    public boolean contains(InetAddress address) {
        if (address.getClass() != first.getClass()) {
            return false;
        }
        BigInteger a = new BigInteger(1, address.getAddress());
        return a.compareTo(new BigInteger(1, first.getAddress())) >= 0
                && a.compareTo(new BigInteger(1, last.getAddress())) <= 0;
    }
}
