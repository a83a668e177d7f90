package org.keepalived4j.check.testnet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A slow handshake on loopback: an nftables table of this test JVM drops every other SYN to one local port, so a
 * connect's first SYN is lost and the kernel's retransmission (about 1 s later) gets through. A client that assumed
 * the handshake done when {@code connect} returned has to wait for writability instead.
 *
 * <p>Needs root and {@code nft}; outside CI a missing prerequisite skips the test, under {@code CI=true} it fails.
 */
public final class FirstSynDropped implements AutoCloseable {

    private final String table;

    private FirstSynDropped(String table) {
        this.table = table;
    }

    /** Starts dropping the first (and every other) SYN to 127.0.0.1:{@code port}. */
    public static FirstSynDropped onPort(int port) {
        BlackholeNet.require("root".equals(System.getProperty("user.name")), "root");
        BlackholeNet.require(Files.isExecutable(Path.of("/usr/sbin/nft")), "nft");
        String table = "k4jsyn" + ProcessHandle.current().pid();
        FirstSynDropped t = new FirstSynDropped(table);
        try {
            nft("add", "table", "inet", table);
            nft("add", "chain", "inet", table, "out", "{ type filter hook output priority 0; }");
            nft("add", "rule", "inet", table, "out", "ip", "daddr", "127.0.0.1", "tcp", "dport", Integer.toString(port),
                    "tcp", "flags", "&", "(syn|ack)", "==", "syn", "numgen", "inc", "mod", "2", "==", "0", "drop");
        } catch (IOException e) {
            t.close();
            BlackholeNet.require(false, "an nftables table (" + e.getMessage() + ")");
        }
        return t;
    }

    @Override
    public void close() {
        try {
            nft("delete", "table", "inet", table);
        } catch (IOException e) {
            // not there (creation failed half-way): nothing to remove
        }
    }

    private static void nft(String... args) throws IOException {
        Commands.run(Commands.of("nft", args));
    }
}
