package org.keepalived4j.check.track;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.keepalived4j.config.model.vrrp.TrackFile;

/**
 * Follows the {@code track_file}s that FILE_CHECKs use (keepalived's {@code init_track_files} and
 * {@code process_inotify}): each file's directory is watched, and when a file is written, replaced or removed its
 * value is read again, on this watcher's own thread ({@code checker-files}), and handed to a listener, which posts it
 * to the checkers' loop. Events are let settle for {@link #SETTLE_MS} ms before the file is read, so that a
 * truncate-then-write ({@code echo 5 > file}) is read once, complete, and not first as an empty file (keepalived waits
 * for {@code IN_CLOSE_WRITE}, which {@link WatchService} does not offer).
 *
 * <p>{@link #start} does {@code init_file} (only for files that do not exist yet when {@code reload}), registers the
 * watches and only then reads every file, so no change after the initial values is missed. {@link #values()} is the
 * latest value of every file; the watcher updates it before it tells the listener, so an owner that takes a snapshot
 * and then applies the changes it is told about never goes backwards. A file whose directory does not exist is
 * dropped with keepalived's message; FILE_CHECKs on it then count as up.
 */
public final class TrackFileWatcher implements AutoCloseable {

    /** How long events must be quiet before the files they touched are read. */
    static final long SETTLE_MS = 50;

    /** Gets a new value; called on the watcher's thread. */
    @FunctionalInterface
    public interface Listener {
        /**
         * @param trackFile the {@code track_file} name
         * @param value     its new value (a removed file reads as 0)
         */
        void changed(String trackFile, long value);
    }

    private final Map<String, TrackFile> files = new LinkedHashMap<>();
    private final Map<Path, Map<String, Set<String>>> byDirectory = new HashMap<>(); // dir -> file -> track names
    private final Map<String, Long> current = new ConcurrentHashMap<>();
    private final Consumer<String> log;
    private final WatchService watch;
    private final Thread thread;
    private final Listener listener;

    private TrackFileWatcher(List<TrackFile> tracked, boolean reload, Consumer<String> log, Listener listener)
            throws IOException {
        this.log = log;
        this.listener = listener;
        this.watch = tracked.isEmpty() ? null : FileSystems.getDefault().newWatchService();
        for (TrackFile f : tracked) {
            Path path = Path.of(f.path()).toAbsolutePath().normalize();
            Path dir = path.getParent();
            if (dir == null || !Files.isDirectory(dir)) {
                log.accept("Track file directory for " + f.name() + " does not exist - removing");
                continue;
            }
            init(f, path, reload);
            if (!byDirectory.containsKey(dir)) {
                dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                byDirectory.put(dir, new HashMap<>());
            }
            byDirectory.get(dir).computeIfAbsent(path.getFileName().toString(), k -> new HashSet<>()).add(f.name());
            files.put(f.name(), f);
        }
        for (TrackFile f : files.values()) {
            current.put(f.name(), TrackFileValue.read(Path.of(f.path()), log).orElse(0));
        }
        this.thread = watch == null ? null
                : Thread.ofPlatform().name("checker-files").daemon(true).unstarted(this::run);
    }

    /**
     * Registers the watches, reads the initial values and starts the thread (blocking file I/O: call it off the
     * event loop).
     *
     * @param tracked  the track files FILE_CHECKs use
     * @param reload   true on a configuration reload ({@code init_file} then only creates missing files)
     * @param log      keepalived's lines about the files
     * @param listener told of each change, on the watcher's thread
     * @return the running watcher
     */
    public static TrackFileWatcher start(List<TrackFile> tracked, boolean reload, Consumer<String> log,
                                         Listener listener) {
        try {
            TrackFileWatcher w = new TrackFileWatcher(tracked, reload, log, listener);
            if (w.thread != null) {
                w.thread.start();
            }
            return w;
        } catch (IOException e) {
            log.accept("Unable to monitor track files (" + e.getMessage() + ")");
            return empty(log, listener);
        }
    }

    private static TrackFileWatcher empty(Consumer<String> log, Listener listener) {
        try {
            return new TrackFileWatcher(List.of(), false, log, listener);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The latest value of every followed file (files that were dropped are absent). */
    public Map<String, Long> values() {
        return Map.copyOf(current);
    }

    @Override
    public void close() {
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                log.accept("closing the track file watcher: " + e.getMessage());
            }
        }
    }

    /** {@code init_file}: keepalived writes the value at start if the file is missing, or always with overwrite. */
    private void init(TrackFile f, Path path, boolean reload) {
        TrackFile.Init init = f.init();
        if (init == null) {
            return;
        }
        if (Files.exists(path)) {
            if (!init.overwrite() || reload) {
                return;
            }
            if (!Files.isRegularFile(path)) {
                log.accept("Cannot initialise track file " + f.name() + " - it is not a regular file");
                return;
            }
        }
        try {
            Files.writeString(path, init.value() + "\n");
        } catch (IOException e) {
            log.accept("Unable to initialise track file " + f.name());
        }
    }

    private void run() {
        try {
            while (true) {
                Set<String> dirty = new HashSet<>();
                collect(watch.take(), dirty);
                WatchKey more;
                while ((more = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, dirty);
                }
                for (String name : dirty) {
                    TrackFile f = files.get(name);
                    OptionalLong v = TrackFileValue.read(Path.of(f.path()), log);
                    if (v.isPresent() && !Long.valueOf(v.getAsLong()).equals(current.put(name, v.getAsLong()))) {
                        listener.changed(name, v.getAsLong());
                    }
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed: done
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void collect(WatchKey key, Set<String> dirty) {
        Map<String, Set<String>> names = byDirectory.get((Path) key.watchable());
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) {
                names.values().forEach(dirty::addAll); // events were lost: read them all
            } else if (e.context() instanceof Path p && names.containsKey(p.toString())) {
                dirty.addAll(names.get(p.toString()));
            }
        }
        key.reset();
    }
}
