package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.util.Objects;

/**
 * What identifies an IPVS service: a protocol, address and port ({@code virtual_server IP PORT}) or a firewall mark
 * ({@code virtual_server fwmark N}). {@link #toString()} is keepalived's log form ({@code 192.0.2.10:tcp:80},
 * {@code Fwm 7}, {@code Fwm 7 inet6}).
 */
public sealed interface IpvsServiceKey {

    /** @return the family of the service's address (or of the packets a fwmark service takes) */
    AddressFamily family();

    /**
     * @param protocol TCP, UDP or SCTP
     * @param address the virtual address
     * @param port the virtual port, 0 to 65535 (0: all ports, for persistent services)
     * @return the key
     */
    static IpvsServiceKey of(IpvsProtocol protocol, InetAddress address, int port) {
        return new Virtual(protocol, address, port);
    }

    /**
     * @param mark the firewall mark, non-zero (unsigned 32 bits)
     * @param family which packets it applies to
     * @return the key
     */
    static IpvsServiceKey fwmark(int mark, AddressFamily family) {
        return new Fwmark(mark, family);
    }

    /**
     * A service on a virtual address and port.
     *
     * @param protocol TCP, UDP or SCTP
     * @param address the virtual address
     * @param port 0 to 65535
     */
    record Virtual(IpvsProtocol protocol, InetAddress address, int port) implements IpvsServiceKey {
        /** Checks the fields. */
        public Virtual {
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(address, "address");
            if (port < 0 || port > 0xFFFF) {
                throw new IllegalArgumentException("port " + port + " is not in 0..65535");
            }
        }

        @Override
        public AddressFamily family() {
            return AddressFamily.of(address);
        }

        @Override
        public String toString() {
            return IpvsFormat.address(address) + ":" + protocol.label() + ":" + port;
        }
    }

    /**
     * A service on a firewall mark.
     *
     * @param mark non-zero (unsigned 32 bits)
     * @param family which packets it applies to
     */
    record Fwmark(int mark, AddressFamily family) implements IpvsServiceKey {
        /** Checks the fields. */
        public Fwmark {
            Objects.requireNonNull(family, "family");
            if (mark == 0) {
                throw new IllegalArgumentException("firewall mark 0 does not name a service");
            }
        }

        @Override
        public String toString() {
            return "Fwm " + Integer.toUnsignedString(mark) + (family == AddressFamily.INET6 ? " inet6" : "");
        }
    }
}
