package org.keepalived4j.core.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A pid file, as keepalived keeps one: refuses to start when the file names a live process, written atomically,
 * removed on stop (only if it still holds our pid).
 */
public final class PidFile implements AutoCloseable {

    private final Path path;
    private final long pid;

    private PidFile(Path path, long pid) {
        this.path = path;
        this.pid = pid;
    }

    /**
     * Writes our pid.
     *
     * @throws IOException with keepalived's wording when another instance runs or the file cannot be written
     */
    public static PidFile create(Path path) throws IOException {
        checkNotRunning(path);
        long pid = ProcessHandle.current().pid();
        Path dir = path.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".keepalived4j", ".pid");
        Files.writeString(tmp, pid + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new PidFile(path, pid);
    }

    /**
     * Fails when the file names another live process: another daemon runs with this pid file.
     *
     * @throws IOException with keepalived's wording
     */
    public static void checkNotRunning(Path path) throws IOException {
        Optional<Long> other = read(path);
        if (other.isPresent() && other.get() != ProcessHandle.current().pid()
                && ProcessHandle.of(other.get()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new IOException("daemon is already running (pid " + other.get() + " in " + path + ")");
        }
    }

    /** The pid a file names, if it holds one. */
    public static Optional<Long> read(Path path) {
        try {
            return Optional.of(Long.parseLong(Files.readString(path, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The file. */
    public Path path() {
        return path;
    }

    /** Removes the file if it still names us. */
    @Override
    public void close() {
        if (read(path).orElse(-1L) == pid) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                System.err.println("keepalived4j: cannot remove pid file " + path + ": " + e.getMessage());
            }
        }
    }
}
