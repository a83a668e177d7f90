package org.keepalived4j.core.daemon;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Signals the daemon was started with ignored. keepalived installs its handlers whatever it inherited; the JVM does
 * not install a handler for HUP, INT or TERM that were ignored when it started (its rule for {@code nohup}), and says
 * nothing. A daemon started with {@code nohup} would then never reload on HUP, and one started as a background job of
 * a script (a non-interactive shell ignores INT in its background jobs) would not stop on INT. These are set back to
 * their default action before the handlers go in.
 */
final class IgnoredSignals {

    /** Linux's numbers (the same on every Linux architecture). */
    static final Map<String, Integer> SHUTDOWN_SIGNALS = Map.of("HUP", 1, "INT", 2, "TERM", 15);
    private static final long SIG_IGN = 1;

    private IgnoredSignals() {
    }

    /**
     * Sets each of {@code signals} that is ignored now back to its default action.
     *
     * @return the names of those that were ignored
     * @throws IllegalStateException if the C library cannot be called
     */
    static List<String> restoreDefaults(Map<String, Integer> signals) {
        Linker linker = Linker.nativeLinker();
        var libc = linker.defaultLookup();
        MethodHandle sigaction = linker.downcallHandle(libc.find("sigaction").orElseThrow(),
                FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, ADDRESS));
        MethodHandle signal = linker.downcallHandle(libc.find("signal").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS));
        List<String> restored = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            // struct sigaction starts with the handler on Linux (glibc); 256 bytes hold the whole of it
            MemorySegment old = arena.allocate(256, 8);
            for (var e : signals.entrySet()) {
                int rc = (int) sigaction.invokeExact((int) e.getValue(), MemorySegment.NULL, old);
                if (rc == 0 && old.get(JAVA_LONG, 0) == SIG_IGN) {
                    MemorySegment previous = (MemorySegment) signal.invokeExact((int) e.getValue(),
                            MemorySegment.NULL); // SIG_DFL
                    if (previous.address() == SIG_IGN) {
                        restored.add(e.getKey());
                    }
                }
            }
        } catch (Throwable t) {
            throw new IllegalStateException("cannot read or reset signal dispositions: " + t, t);
        }
        return restored;
    }
}
