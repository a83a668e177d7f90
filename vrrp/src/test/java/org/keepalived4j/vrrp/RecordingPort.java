package org.keepalived4j.vrrp;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.keepalived4j.vrrp.runtime.PacketIo;

/** A thread-safe test interface that records every frame sent and receives nothing (a node alone on its LAN). */
final class RecordingPort implements PacketIo {
    final String name;
    final byte[] mac;
    final byte[] ipv4;
    final List<byte[]> sent = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    RecordingPort(String name, int last) {
        this.name = name;
        this.mac = new byte[] {2, 0, 0, 0, 0, (byte) last};
        this.ipv4 = new byte[] {10, 0, 0, (byte) last};
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
        return ipv6 ? new byte[] {(byte) 0xfe, (byte) 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1} : ipv4;
    }

    @Override
    public int receive(byte[] buffer) {
        return 0;
    }

    @Override
    public boolean send(byte[] frame, int length) {
        sent.add(Arrays.copyOf(frame, length));
        return true;
    }

    @Override
    public int pollFd() {
        return -1;
    }

    @Override
    public void close() {
        closed = true;
    }

    /** VRRP adverts (IPv4 protocol 112) sent for {@code vrid} with {@code priority}. */
    long adverts(int vrid, int priority) {
        return sent.stream().filter(f -> f.length > 34 && (f[12] & 0xff) == 0x08 && f[13] == 0 && (f[23] & 0xff) == 112
                && (f[35] & 0xff) == vrid && (f[36] & 0xff) == priority).count();
    }

    /** Gratuitous ARPs sent for {@code ip} (target protocol address). */
    long garps(byte[] ip) {
        return sent.stream().filter(f -> f.length >= 42 && (f[12] & 0xff) == 0x08 && f[13] == 6
                && Arrays.equals(Arrays.copyOfRange(f, 38, 42), ip)).count();
    }
}
