package org.keepalived4j.core.daemon;

import org.keepalived4j.core.log.UnixDatagram;

/**
 * systemd's readiness protocol (sd_notify(3)) for {@code Type=notify} units: READY=1 once running, RELOADING=1 /
 * READY=1 around a reload (with MONOTONIC_USEC as systemd 253+ asks), STOPPING=1 on the way out. Does nothing when
 * {@code $NOTIFY_SOCKET} is not set.
 */
public final class SdNotify implements AutoCloseable {

    private final UnixDatagram socket;

    private SdNotify(UnixDatagram socket) {
        this.socket = socket;
    }

    /** A notifier for {@code $NOTIFY_SOCKET}, inert when it is unset. */
    public static SdNotify fromEnvironment() {
        String path = System.getenv("NOTIFY_SOCKET");
        return new SdNotify(path == null || path.isEmpty() ? null : new UnixDatagram(path));
    }

    /** The service is up. */
    public void ready(String status) {
        send("READY=1\nSTATUS=" + status + "\nMAINPID=" + ProcessHandle.current().pid());
    }

    /** A reload has begun. */
    public void reloading() {
        send("RELOADING=1\nMONOTONIC_USEC=" + System.nanoTime() / 1000);
    }

    /** Stopping. */
    public void stopping() {
        send("STOPPING=1");
    }

    /** True if a notify socket is configured. */
    public boolean active() {
        return socket != null;
    }

    private void send(String msg) {
        if (socket != null && !socket.send(msg)) {
            System.err.println("keepalived4j: sd_notify failed: " + msg.replace('\n', ' '));
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.close();
        }
    }
}
