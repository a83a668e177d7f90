package org.keepalived4j.netlink.vm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Guest side of {@link VmHarnessTest}: proves a host-compiled main runs in the VM and can read the run directory. */
public final class EchoGuestMain {
    private EchoGuestMain() {
    }

    /**
     * @param args a file name in the working directory (the run directory)
     * @throws IOException when it cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.println("kernel=" + Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip());
        System.out.println("ip_vs=" + Files.exists(Path.of("/proc/net/ip_vs")));
        System.out.println("plan=" + Files.readString(Path.of(args[0])).strip());
        System.err.println("java=" + Runtime.version().feature());
        System.exit(5);
    }
}
