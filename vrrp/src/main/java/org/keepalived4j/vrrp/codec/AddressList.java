package org.keepalived4j.vrrp.codec;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;

/**
 * An immutable list of same-family addresses packed as on the wire (4 or 16 octets each), built once from the
 * configuration so that the packet path can compare and copy without {@link InetAddress} objects.
 */
public final class AddressList {
    private final byte[] packed;
    private final int count;
    private final int addressLength;
    private final List<InetAddress> addresses;

    private AddressList(List<InetAddress> addresses, int addressLength) {
        this.addresses = List.copyOf(addresses);
        this.addressLength = addressLength;
        this.count = addresses.size();
        this.packed = new byte[count * addressLength];
        for (int i = 0; i < count; i++) {
            byte[] raw = addresses.get(i).getAddress();
            if (raw.length != addressLength) {
                throw new IllegalArgumentException("address " + addresses.get(i).getHostAddress()
                        + " is not of the list's family (" + (addressLength == 4 ? "IPv4" : "IPv6") + ")");
            }
            System.arraycopy(raw, 0, packed, i * addressLength, addressLength);
        }
    }

    /** Packs {@code addresses}, all of one family; IPv4 when {@code ipv6} is false. */
    public static AddressList of(List<? extends InetAddress> addresses, boolean ipv6) {
        return new AddressList(List.copyOf(addresses), ipv6 ? 16 : 4);
    }

    /** Packs {@code addresses}, the family taken from the first (IPv4 when empty). */
    public static AddressList of(List<? extends InetAddress> addresses) {
        boolean ipv6 = !addresses.isEmpty() && !(addresses.getFirst() instanceof Inet4Address);
        return of(addresses, ipv6);
    }

    /** Number of addresses. */
    public int count() {
        return count;
    }

    /** 4 or 16. */
    public int addressLength() {
        return addressLength;
    }

    /** The addresses as configured. */
    public List<InetAddress> addresses() {
        return addresses;
    }

    /** Copies the packed addresses into {@code out[off..]}; returns the number of bytes written. */
    public int copyTo(byte[] out, int off) {
        System.arraycopy(packed, 0, out, off, packed.length);
        return packed.length;
    }

    /** True when {@code b[off..+addressLength]} is in the list. */
    public boolean contains(byte[] b, int off) {
        for (int i = 0; i < count; i++) {
            if (Bytes.equal(packed, i * addressLength, b, off, addressLength)) {
                return true;
            }
        }
        return false;
    }

    /** True when every address of this list appears among the advert's addresses. */
    public boolean allIn(VrrpAdvertFlyweight advert) {
        for (int i = 0; i < count; i++) {
            if (!advert.containsAddress(packed, i * addressLength, addressLength)) {
                return false;
            }
        }
        return true;
    }

    /** Address {@code i} as a big-endian int (IPv4 lists). */
    public int ipv4(int i) {
        return Bytes.i32(packed, i * 4);
    }

    /** Copies address {@code i} into {@code out[off..]}. */
    public void copyAddress(int i, byte[] out, int off) {
        System.arraycopy(packed, i * addressLength, out, off, addressLength);
    }
}
