package org.keepalived4j.vrrp.net;

import org.keepalived4j.vrrp.runtime.PacketIo;

/**
 * The {@link PacketIo} of an instance on a VMAC: adverts are received on the parent interface (which has the
 * addresses and the multicast membership; the macvlan has neither while BACKUP), and the advert source address is
 * the parent's, as keepalived does. Frames carry the virtual MAC as source; they are written either on the macvlan
 * or, by default, on the parent (an address-less macvlan cannot be opened by name through the JDK, and on the wire
 * the frame is the same: it leaves through the parent's port). keepalived's {@code vmac_xmit_base} changes the
 * source MAC of its adverts to the parent's; here the adverts keep the VMAC either way.
 */
public final class VmacPacketIo implements PacketIo {
    private final String name;
    private final byte[] mac;
    private final PacketIo parent;
    private final PacketIo vmac;

    /**
     * @param name   the macvlan's name
     * @param mac    the virtual MAC
     * @param parent the parent interface's io (receives; sends with {@code vmac_xmit_base})
     * @param vmac   the macvlan's io for sending, or null to send on the parent
     */
    public VmacPacketIo(String name, byte[] mac, PacketIo parent, PacketIo vmac) {
        this.name = name;
        this.mac = mac.clone();
        this.parent = parent;
        this.vmac = vmac;
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
    public byte[] primaryAddress(boolean ipv6) {
        return parent.primaryAddress(ipv6);
    }

    @Override
    public int receive(byte[] buffer) {
        return parent.receive(buffer);
    }

    @Override
    public boolean send(byte[] frame, int length) {
        return (vmac != null ? vmac : parent).send(frame, length);
    }

    @Override
    public int pollFd() {
        return parent.pollFd();
    }

    @Override
    public void close() {
        if (vmac != null) {
            vmac.close();
        }
        parent.close();
    }
}
