package org.keepalived4j.vrrp.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.keepalived4j.vrrp.codec.ReceivedAdvert;
import org.keepalived4j.vrrp.state.PeerAdvert;

/** Presents the decoder's reused {@link ReceivedAdvert} to the state machine without copying. VRRP thread only. */
final class ReceivedAdvertView implements PeerAdvert {
    private ReceivedAdvert packet;

    ReceivedAdvertView wrap(ReceivedAdvert p) {
        this.packet = p;
        return this;
    }

    @Override
    public int priority() {
        return packet.advert().priority();
    }

    @Override
    public int adverIntCs() {
        return packet.advert().adverIntCs();
    }

    @Override
    public int compareSource(byte[] ours) {
        return packet.compareSource(ours, 0);
    }

    @Override
    public boolean sourceEquals(byte[] address) {
        return address.length == packet.addressLength() && packet.sourceEquals(address, 0);
    }

    @Override
    public void copySource(byte[] out) {
        System.arraycopy(packet.buffer(), packet.sourceIndex(), out, 0, packet.addressLength());
    }

    @Override
    public String sourceText() {
        int i = packet.sourceIndex();
        try {
            return InetAddress.getByAddress(Arrays.copyOfRange(packet.buffer(), i, i + packet.addressLength()))
                    .getHostAddress();
        } catch (UnknownHostException e) {
            return "?";
        }
    }
}
