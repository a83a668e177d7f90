package org.keepalived4j.config;

import java.net.NetworkInterface;
import java.net.SocketException;

/**
 * What the configuration is checked against on the machine: keepalived checks that interfaces exist and that scripts
 * are safe to run. Tests use {@link #lenient()} or their own implementation.
 */
public interface HostView {

    /** True if a network interface with this name exists (in the current network namespace). */
    boolean interfaceExists(String name);

    /** The host name, used as the default config id and by {@code router_id}. */
    String hostName();

    /** A view in which every interface exists; nothing on the machine is consulted. */
    static HostView lenient() {
        return new HostView() {
            @Override
            public boolean interfaceExists(String name) {
                return true;
            }

            @Override
            public String hostName() {
                return "localhost";
            }
        };
    }

    /** The real machine. */
    static HostView system() {
        return new HostView() {
            @Override
            public boolean interfaceExists(String name) {
                try {
                    return NetworkInterface.getByName(name) != null;
                } catch (SocketException e) {
                    return false;
                }
            }

            @Override
            public String hostName() {
                // Read the kernel's name directly: InetAddress.getLocalHost() may block on a resolver.
                try {
                    return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/sys/kernel/hostname")).strip();
                } catch (java.io.IOException | RuntimeException e) {
                    String env = System.getenv("HOSTNAME");
                    return env == null || env.isEmpty() ? "localhost" : env;
                }
            }
        };
    }
}
