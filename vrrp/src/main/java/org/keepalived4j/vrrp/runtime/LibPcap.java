package org.keepalived4j.vrrp.runtime;

import com.sun.jna.Pointer;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import org.pcap4j.core.PcapHandle;

/**
 * The libpcap calls made per frame, bound with {@code java.lang.foreign} on the {@code pcap_t} pcap4j opened, so
 * that receiving and sending allocate nothing (pcap4j's own calls go through JNA and allocate per frame). pcap4j
 * keeps opening the handle, compiling the filter and setting non-blocking mode.
 *
 * <table>
 * <caption>Bound symbols</caption>
 * <tr><td>{@code int pcap_next_ex(pcap_t *, struct pcap_pkthdr **, const u_char **)}</td><td>1 a frame, 0 none
 *     waiting (non-blocking), -1 error ({@code pcap_geterr}), -2 no more frames ({@code pcap_breakloop})</td></tr>
 * <tr><td>{@code int pcap_sendpacket(pcap_t *, const u_char *, int)}</td><td>0 sent, -1 error</td></tr>
 * <tr><td>{@code char *pcap_geterr(pcap_t *)}</td><td>the last error's text</td></tr>
 * <tr><td>{@code int pcap_get_selectable_fd(pcap_t *)}</td><td>the fd {@link Poller} waits on</td></tr>
 * </table>
 *
 * <p>The library is looked up as {@code libpcap.so.0.8} (Debian's libpcap0.8 package), then {@code libpcap.so};
 * the dynamic loader maps the file pcap4j loaded through JNA only once.
 */
final class LibPcap {
    /** The libraries tried, in order. */
    static final String[] LIBRARY_NAMES = {"libpcap.so.0.8", "libpcap.so"};
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup PCAP = lookup();
    static final MethodHandle NEXT_EX = bind("pcap_next_ex", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    static final MethodHandle SENDPACKET = bind("pcap_sendpacket", FunctionDescriptor.of(ValueLayout.JAVA_INT,
            ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle GETERR = bind("pcap_geterr", FunctionDescriptor.of(ValueLayout.ADDRESS,
            ValueLayout.ADDRESS));
    private static final MethodHandle GET_SELECTABLE_FD = bind("pcap_get_selectable_fd",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    /** {@code struct timeval} is two C longs; {@code caplen} (u32) follows it in {@code struct pcap_pkthdr}. */
    static final long CAPLEN_OFFSET = 2 * LINKER.canonicalLayouts().get("long").byteSize();
    /**
     * All of the process's memory, to read a frame at the address {@code pcap_next_ex} returns without making a
     * segment per frame.
     */
    static final MemorySegment ALL_MEMORY = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);
    /** Longest error text read from {@code pcap_geterr} (libpcap's PCAP_ERRBUF_SIZE is 256). */
    private static final long ERRBUF_SIZE = 256;

    private LibPcap() {
    }

    private static SymbolLookup lookup() {
        for (String lib : LIBRARY_NAMES) {
            try {
                return SymbolLookup.libraryLookup(lib, Arena.global());
            } catch (IllegalArgumentException e) {
                // not there: try the next name
            }
        }
        throw new LinkageError("libpcap not found: tried " + String.join(", ", LIBRARY_NAMES)
                + " (install Debian's libpcap0.8 package)");
    }

    private static MethodHandle bind(String name, FunctionDescriptor fd) {
        MemorySegment symbol = PCAP.find(name).orElseThrow(() -> new LinkageError("libpcap has no " + name));
        return LINKER.downcallHandle(symbol, fd);
    }

    /**
     * pcap4j's {@code pcap_t} pointer (a private JNA field, hence reflection).
     *
     * @throws IllegalStateException when pcap4j's layout is not the one expected (pcap4j 1.8.2)
     */
    static MemorySegment pcapT(PcapHandle handle) {
        try {
            Field f = PcapHandle.class.getDeclaredField("handle");
            f.setAccessible(true);
            long address = Pointer.nativeValue((Pointer) f.get(handle));
            if (address == 0) {
                throw new IllegalStateException("pcap4j's handle is not open");
            }
            return MemorySegment.ofAddress(address);
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("pcap4j's pcap_t is not reachable: " + e, e);
        }
    }

    /** {@code pcap_get_selectable_fd}. */
    static int selectableFd(MemorySegment pcap) {
        int fd;
        try {
            fd = (int) GET_SELECTABLE_FD.invokeExact(pcap);
        } catch (Throwable t) {
            throw new AssertionError("pcap_get_selectable_fd binding", t);
        }
        if (fd < 0) {
            throw new IllegalStateException("pcap_get_selectable_fd returned " + fd);
        }
        return fd;
    }

    /** The text of the last error on {@code pcap} ({@code pcap_geterr}); allocates, for error paths only. */
    static String lastError(MemorySegment pcap) {
        try {
            MemorySegment text = (MemorySegment) GETERR.invokeExact(pcap);
            if (text.address() == 0) {
                return "unknown libpcap error";
            }
            return text.reinterpret(ERRBUF_SIZE).getString(0, StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw new AssertionError("pcap_geterr binding", t);
        }
    }
}
