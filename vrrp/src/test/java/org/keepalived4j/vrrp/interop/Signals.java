package org.keepalived4j.vrrp.interop;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@code kill(2)} on {@code java.lang.foreign}: a signal to a process or, with a negative pid, to a whole process
 * group, sent at a known instant (no {@code kill} command to fork first), so failover times measured from it are
 * exact.
 */
final class Signals {
    static final int SIGKILL = 9;
    static final int SIGTERM = 15;
    static final int SIGUSR2 = 12;
    private static final MethodHandle KILL = Linker.nativeLinker().downcallHandle(
            Linker.nativeLinker().defaultLookup().find("kill").orElseThrow(),
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private Signals() {
    }

    /** Sends {@code signal} to {@code pid} (negative: the process group {@code -pid}); throws if kill fails. */
    static void send(long pid, int signal) {
        int r;
        try {
            r = (int) KILL.invokeExact((int) pid, signal);
        } catch (Throwable t) {
            throw new AssertionError("kill binding", t);
        }
        if (r != 0) {
            throw new IllegalStateException("kill(" + pid + ", " + signal + ") failed");
        }
    }
}
