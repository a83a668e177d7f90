package org.keepalived4j.vrrp.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A test Ethernet segment: every frame sent by one {@link Port} is delivered to every other port (a hub), and
 * recorded. Single-threaded (invoker-mode tests).
 */
public final class MemoryLink {
    private final List<Port> ports = new ArrayList<>();
    private final List<byte[]> wire = new ArrayList<>();
    private boolean cut;

    /** Adds a port with a MAC and IPv4 / IPv6 link-local address. */
    public Port port(String ifName, byte[] mac, byte[] ipv4, byte[] ipv6) {
        Port p = new Port(ifName, mac, ipv4, ipv6);
        ports.add(p);
        return p;
    }

    /** Every frame ever sent on the segment. */
    public List<byte[]> wire() {
        return wire;
    }

    /** Drops every frame from now on (a cable pulled between all ports) or restores delivery. */
    public void cut(boolean cut) {
        this.cut = cut;
    }

    /** One interface on the segment. */
    public final class Port implements PacketIo {
        private final String name;
        private final byte[] mac;
        private final byte[] ipv4;
        private final byte[] ipv6;
        private final ArrayDeque<byte[]> inbox = new ArrayDeque<>();
        private boolean down;

        Port(String name, byte[] mac, byte[] ipv4, byte[] ipv6) {
            this.name = name;
            this.mac = mac;
            this.ipv4 = ipv4;
            this.ipv6 = ipv6;
        }

        /** Stops sending and receiving (a dead host). */
        public void down(boolean down) {
            this.down = down;
        }

        @Override
        public String interfaceName() {
            return name;
        }

        @Override
        public byte[] macAddress() {
            return mac;
        }

        @Override
        public byte[] primaryAddress(boolean v6) {
            return v6 ? ipv6 : ipv4;
        }

        @Override
        public int receive(byte[] buffer) {
            byte[] f = inbox.poll();
            if (f == null || down) {
                return 0;
            }
            System.arraycopy(f, 0, buffer, 0, f.length);
            return f.length;
        }

        @Override
        public boolean send(byte[] frame, int length) {
            if (down) {
                return false;
            }
            byte[] copy = Arrays.copyOf(frame, length);
            wire.add(copy);
            if (!cut) {
                for (Port p : ports) {
                    if (p != this && !p.down) {
                        p.inbox.add(copy);
                    }
                }
            }
            return true;
        }

        @Override
        public int pollFd() {
            return -1;
        }

        @Override
        public void close() {
            down = true;
        }
    }
}
