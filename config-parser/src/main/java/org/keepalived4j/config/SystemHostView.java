package org.keepalived4j.config;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link HostView} of the machine we run on. Users and groups are read from {@code /etc/passwd} and
 * {@code /etc/group} (no NSS modules such as LDAP); files through the {@code unix} file attribute view.
 */
final class SystemHostView implements HostView {

    private static final int S_IFMT = 0170000;
    private static final int S_IFREG = 0100000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFLNK = 0120000;

    /**
     * As keepalived's {@code if_nametoindex}: any interface of our network namespace, with or without addresses.
     * {@link NetworkInterface} only lists interfaces that have an address (an interface that is down, or whose link
     * is, has none), so the kernel's list in {@code /proc/self/net/dev} (always this process's namespace) decides
     * when it does not know the name.
     */
    @Override
    public boolean interfaceExists(String name) {
        try {
            if (NetworkInterface.getByName(name) != null) {
                return true;
            }
        } catch (SocketException e) {
            // fall through to the kernel's list
        }
        return kernelInterfaces().contains(name);
    }

    /** The names in {@code /proc/self/net/dev} ("  eth0: 123 ..."), empty when it cannot be read. */
    static java.util.Set<String> kernelInterfaces() {
        java.util.Set<String> names = new java.util.HashSet<>();
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/net/dev"))) {
                int colon = l.indexOf(':');
                if (colon > 0) {
                    names.add(l.substring(0, colon).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            // no procfs: only what NetworkInterface knows
        }
        return names;
    }

    @Override
    public String hostName() {
        // Read the kernel's name directly: InetAddress.getLocalHost() may block on a resolver.
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            String env = System.getenv("HOSTNAME");
            return env == null || env.isEmpty() ? "localhost" : env;
        }
    }

    @Override
    public boolean inspectsFiles() {
        return true;
    }

    @Override
    public Optional<FileInfo> stat(String path) {
        return attributes(path, false);
    }

    @Override
    public Optional<FileInfo> lstat(String path) {
        return attributes(path, true);
    }

    private static Optional<FileInfo> attributes(String path, boolean noFollow) {
        try {
            LinkOption[] opts = noFollow ? new LinkOption[] {LinkOption.NOFOLLOW_LINKS} : new LinkOption[0];
            Map<String, Object> a = Files.readAttributes(Path.of(path), "unix:mode,uid,gid,dev,ino", opts);
            int mode = (Integer) a.get("mode");
            FileType type = switch (mode & S_IFMT) {
                case S_IFREG -> FileType.REGULAR;
                case S_IFDIR -> FileType.DIRECTORY;
                case S_IFLNK -> FileType.SYMLINK;
                default -> FileType.OTHER;
            };
            return Optional.of(new FileInfo(type, (Integer) a.get("uid"), (Integer) a.get("gid"), mode & 07777,
                    (Long) a.get("dev"), (Long) a.get("ino")));
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> realPath(String path) {
        try {
            return Optional.of(Path.of(path).toRealPath().toString());
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    @Override
    public String searchPath() {
        String p = System.getenv("PATH");
        return p != null ? p : HostView.super.searchPath();
    }

    @Override
    public Optional<UserInfo> user(String name) {
        for (String[] f : table("/etc/passwd")) {
            if (f.length >= 4 && f[0].equals(name)) {
                try {
                    return Optional.of(new UserInfo(name, Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Integer> groupId(String name) {
        for (String[] f : table("/etc/group")) {
            if (f.length >= 3 && f[0].equals(name)) {
                try {
                    return Optional.of(Integer.parseInt(f[2]));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static List<String[]> table(String file) {
        try {
            return Files.readAllLines(Path.of(file)).stream().map(l -> l.split(":", -1)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public int effectiveUid() {
        return procSelf("uid", 0);
    }

    @Override
    public int effectiveGid() {
        return procSelf("gid", 0);
    }

    private static int procSelf(String attr, int fallback) {
        // /proc/self belongs to the effective uid/gid of the process reading it.
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:" + attr);
        } catch (IOException | RuntimeException e) {
            return fallback;
        }
    }

    @Override
    public int onlineCpus() {
        try {
            String s = Files.readString(Path.of("/sys/devices/system/cpu/online")).strip();
            int count = 0;
            for (String range : s.split(",")) {
                int dash = range.indexOf('-');
                count += dash < 0 ? 1
                        : Integer.parseInt(range.substring(dash + 1)) - Integer.parseInt(range.substring(0, dash)) + 1;
            }
            return count;
        } catch (IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    @Override
    public boolean writable(String path) {
        try {
            return Files.isWritable(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
