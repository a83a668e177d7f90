package org.keepalived4j.vrrp.codec;

/**
 * The Internet checksum (RFC 1071): 16-bit one's complement of the one's complement sum.
 *
 * <p>Sums are carried in an {@code int} accumulator so that a pseudo-header and a message can be added in steps;
 * {@link #finish(int)} folds the carries and complements. A message whose stored checksum is right finishes to 0.
 */
public final class InetChecksum {
    /** IANA protocol number of VRRP (RFC 9568 section 5.1.1.4). */
    public static final int IPPROTO_VRRP = 112;

    private InetChecksum() {
    }

    /** Adds {@code len} bytes at {@code off} (odd length padded with a zero byte) to {@code acc}. */
    public static int add(int acc, byte[] b, int off, int len) {
        long sum = acc & 0xffffffffL;
        int end = off + (len & ~1);
        for (int i = off; i < end; i += 2) {
            sum += ((b[i] & 0xff) << 8) | (b[i + 1] & 0xff);
        }
        if ((len & 1) != 0) {
            sum += (b[off + len - 1] & 0xff) << 8;
        }
        return fold(sum);
    }

    /** Adds a 16-bit value to {@code acc}. */
    public static int add16(int acc, int value) {
        return fold((acc & 0xffffffffL) + (value & 0xffff));
    }

    /** Adds the IPv4 pseudo-header (RFC 768 layout, as RFC 9568 section 5.2.8 uses) to {@code acc}. */
    public static int addIpv4PseudoHeader(int acc, int srcAddr, int dstAddr, int protocol, int length) {
        long sum = acc & 0xffffffffL;
        sum += srcAddr >>> 16;
        sum += srcAddr & 0xffff;
        sum += dstAddr >>> 16;
        sum += dstAddr & 0xffff;
        sum += protocol & 0xff;
        sum += length & 0xffff;
        return fold(sum);
    }

    /** Adds the IPv6 pseudo-header (RFC 8200 section 8.1) to {@code acc}; addresses are 16 bytes at the offsets. */
    public static int addIpv6PseudoHeader(int acc, byte[] src, int srcOff, byte[] dst, int dstOff, int protocol,
                                          int length) {
        long sum = add(acc, src, srcOff, 16);
        sum = add((int) sum, dst, dstOff, 16);
        sum += length >>> 16;
        sum += length & 0xffff;
        sum += protocol & 0xff;
        return fold(sum);
    }

    /** Folds carries and complements: the checksum to store, or 0 when verifying a correct message. */
    public static int finish(int acc) {
        return ~fold(acc & 0xffffffffL) & 0xffff;
    }

    private static int fold(long sum) {
        long s = sum;
        while ((s >>> 16) != 0) {
            s = (s & 0xffff) + (s >>> 16);
        }
        return (int) s;
    }
}
