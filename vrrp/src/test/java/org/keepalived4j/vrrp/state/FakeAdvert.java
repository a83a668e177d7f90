package org.keepalived4j.vrrp.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** A received advert for state machine tests. */
record FakeAdvert(int priority, int adverIntCs, byte[] source) implements PeerAdvert {
    static FakeAdvert of(int priority, int adverIntCs, String source) {
        try {
            return new FakeAdvert(priority, adverIntCs, InetAddress.getByName(source).getAddress());
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public int compareSource(byte[] ours) {
        return Arrays.compareUnsigned(source, ours);
    }

    @Override
    public boolean sourceEquals(byte[] address) {
        return Arrays.equals(source, address);
    }

    @Override
    public void copySource(byte[] out) {
        System.arraycopy(source, 0, out, 0, source.length);
    }

    @Override
    public String sourceText() {
        try {
            return InetAddress.getByAddress(source).getHostAddress();
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
