package org.keepalived4j.vrrp.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A test Ethernet segment: every frame sent by one {@link Port} is delivered to every other port (a hub), and
 * recorded. A unicast IP packet ({@link Port#sendUnicast}) is framed to the MAC of the port owning the destination
 * address (the kernel's neighbour resolution) and delivered to that port only. Single-threaded (invoker-mode
 * tests).
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
        private final List<byte[]> extraAddresses = new ArrayList<>();
        private final List<byte[]> unicastSent = new ArrayList<>();
        private boolean unicast4;
        private boolean unicast6;
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

        /** Gives the port another address (for {@code unicast_src_ip} / {@code unicast_peer} other than primary). */
        public Port address(byte[] address) {
            extraAddresses.add(address.clone());
            return this;
        }

        /** Delivers {@code frame} to this port as if it came off the wire (not recorded). */
        public void inject(byte[] frame) {
            inbox.add(frame.clone());
        }

        /** The IP packets this port sent through {@link #sendUnicast}, in order. */
        public List<byte[]> unicastSent() {
            return unicastSent;
        }

        /** Whether {@link #openUnicast} was called for the family. */
        public boolean unicastOpened(boolean v6) {
            return v6 ? unicast6 : unicast4;
        }

        boolean owns(byte[] address) {
            if (Arrays.equals(address, ipv4) || Arrays.equals(address, ipv6)) {
                return true;
            }
            for (byte[] a : extraAddresses) {
                if (Arrays.equals(a, address)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void openUnicast(boolean v6) {
            if (v6) {
                unicast6 = true;
            } else {
                unicast4 = true;
            }
        }

        @Override
        public boolean sendUnicast(byte[] packet, int offset, int length, byte[] destination) {
            if (down || !(destination.length == 16 ? unicast6 : unicast4)) {
                return false;
            }
            unicastSent.add(Arrays.copyOfRange(packet, offset, offset + length));
            Port target = null;
            for (Port p : ports) {
                if (p != this && p.owns(destination)) {
                    target = p;
                }
            }
            if (target == null) {
                return true; // no neighbour answers: the kernel sends nothing either
            }
            byte[] frame = new byte[14 + length];
            System.arraycopy(target.mac, 0, frame, 0, 6);
            System.arraycopy(mac, 0, frame, 6, 6);
            frame[12] = (byte) (destination.length == 16 ? 0x86 : 0x08);
            frame[13] = (byte) (destination.length == 16 ? 0xdd : 0x00);
            System.arraycopy(packet, offset, frame, 14, length);
            wire.add(frame);
            if (!cut && !target.down) {
                target.inbox.add(frame);
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
