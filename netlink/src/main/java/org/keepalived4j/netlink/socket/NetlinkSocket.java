package org.keepalived4j.netlink.socket;

import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.ffm.Libc;
import org.keepalived4j.netlink.msg.MessageHandler;
import org.keepalived4j.netlink.msg.Nl;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.msg.PipelineReader;
import org.keepalived4j.netlink.msg.ReplyReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

/**
 * A netlink socket ({@code AF_NETLINK}, {@code SOCK_RAW}) on {@code java.lang.foreign}: requests with an ack,
 * requests with an answer, dumps, and multicast event groups.
 *
 * <table>
 * <caption>Settings ({@link Options})</caption>
 * <tr><th>setting</th><th>default</th><th>why</th></tr>
 * <tr><td>{@code bufferBytes}</td><td>{@value #DEFAULT_BUFFER_BYTES}</td><td>send and receive buffers; the kernel
 *     fills dump datagrams up to 32 KiB</td></tr>
 * <tr><td>{@code socketReceiveBytes}</td><td>{@value #DEFAULT_SOCKET_RECEIVE_BYTES}</td><td>{@code SO_RCVBUF}
 *     ({@code SO_RCVBUFFORCE} when root): room for event bursts</td></tr>
 * <tr><td>{@code replyTimeoutMs}</td><td>{@value #DEFAULT_REPLY_TIMEOUT_MS}</td><td>longest wait for each answer
 *     datagram; a stuck kernel becomes {@code ETIMEDOUT}, not a hung thread</td></tr>
 * </table>
 *
 * <p>Every request carries a fresh sequence number and {@code NLM_F_ACK}; answers with another number are skipped.
 * Dumps that come back with {@code NLM_F_DUMP_INTR}, or lose messages to {@code ENOBUFS}, are repeated (up to
 * {@value #MAX_DUMP_ATTEMPTS} times) after {@link MessageHandler#onDumpRestart()}. Sockets are opened with
 * {@code NETLINK_EXT_ACK} and {@code NETLINK_CAP_ACK}, so a failure carries the kernel's text
 * ({@link NetlinkException#extAckMessage()}).
 *
 * <p><b>Ownership.</b> The socket belongs to the thread that opened it: its buffers and errno call state live in a
 * confined arena, so use from another thread fails fast with {@link WrongThreadException}. No arena is opened per
 * message. Use platform threads: a blocking {@code recvfrom} on a virtual thread would pin its carrier. Keep
 * requests and event subscriptions on separate sockets (as keepalived keeps {@code nl_cmd} and
 * {@code nl_kernel}): a burst of events must not push out the answer to a request.
 *
 * <pre>{@code
 * try (NetlinkSocket s = NetlinkSocket.open(NetlinkProtocol.ROUTE)) {
 *     NlMessageWriter w = s.request(Rtnl.RTM_GETLINK, Nl.NLM_F_DUMP);
 *     new IfInfoMsgFlyweight().wrap(w.buffer(), w.reserve(IfInfoMsgFlyweight.SIZE));
 *     s.dump(w, msg -> ...);
 * }
 * }</pre>
 */
public final class NetlinkSocket implements AutoCloseable {
    /** Default send/receive buffer size. */
    public static final int DEFAULT_BUFFER_BYTES = 64 * 1024;
    /** Default {@code SO_RCVBUF}. */
    public static final int DEFAULT_SOCKET_RECEIVE_BYTES = 1024 * 1024;
    /** Default wait for an answer datagram. */
    public static final int DEFAULT_REPLY_TIMEOUT_MS = 10_000;
    /** How often an interrupted dump is tried in all. */
    public static final int MAX_DUMP_ATTEMPTS = 10;
    /** Room left in the send buffer before a {@link #pipeline} request is written: a request must fit in it. */
    public static final int PIPELINE_HEADROOM = 4096;
    /**
     * Most requests in one pipelined datagram: bounds the error answers that can queue up (each needs receive
     * buffer room) if all of them fail.
     */
    public static final int PIPELINE_MAX_MESSAGES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(NetlinkSocket.class);
    private static final int ENOPROTOOPT = 92;

    /**
     * Socket settings; see the class table.
     *
     * @param bufferBytes send and receive buffer size
     * @param socketReceiveBytes {@code SO_RCVBUF}
     * @param replyTimeoutMs wait per answer datagram
     */
    public record Options(int bufferBytes, int socketReceiveBytes, int replyTimeoutMs) {
        /** The defaults. */
        public static final Options DEFAULT =
                new Options(DEFAULT_BUFFER_BYTES, DEFAULT_SOCKET_RECEIVE_BYTES, DEFAULT_REPLY_TIMEOUT_MS);

        /** @throws IllegalArgumentException on a buffer below 4 KiB or a non-positive timeout */
        public Options {
            if (bufferBytes < 4096 || socketReceiveBytes < 4096 || replyTimeoutMs <= 0) {
                throw new IllegalArgumentException("netlink socket options out of range: " + bufferBytes + ", "
                        + socketReceiveBytes + ", " + replyTimeoutMs);
            }
        }
    }

    private final NetlinkProtocol protocol;
    private final Options options;
    private final Arena arena;
    private final MemorySegment callState;
    private final MemorySegment sendBuffer;
    private final MemorySegment receiveBuffer;
    private final MemorySegment kernelAddress;
    private final MemorySegment fromAddress;
    private final MemorySegment fromLength;
    private final MemorySegment pollFd;
    private final MemorySegment intValue;
    private final NlMessageWriter writer = new NlMessageWriter();
    private final ReplyReader reader = new ReplyReader();
    private final PipelineReader pipelineReader = new PipelineReader();
    private final NlMsgHdrFlyweight eventMessage = new NlMsgHdrFlyweight();
    private final int fd;
    private final int portId;
    private int seq;
    private boolean closed;

    private NetlinkSocket(NetlinkProtocol protocol, Options options) {
        this.protocol = protocol;
        this.options = options;
        this.arena = Arena.ofConfined();
        try {
            callState = Libc.allocateCallState(arena);
            sendBuffer = arena.allocate(options.bufferBytes(), 8);
            receiveBuffer = arena.allocate(options.bufferBytes(), 8);
            kernelAddress = arena.allocate(Libc.SOCKADDR_NL_SIZE, 4);
            kernelAddress.set(JAVA_SHORT, 0, (short) Libc.AF_NETLINK);
            fromAddress = arena.allocate(Libc.SOCKADDR_NL_SIZE, 4);
            fromLength = arena.allocate(JAVA_INT);
            pollFd = arena.allocate(8, 4);
            intValue = arena.allocate(JAVA_INT);
            fd = Libc.socket(callState, Libc.AF_NETLINK, Libc.SOCK_RAW | Libc.SOCK_CLOEXEC, protocol.number());
            if (fd < 0) {
                throw new NetlinkException("socket(AF_NETLINK, " + protocol + ")", Libc.errno(callState), null);
            }
        } catch (RuntimeException e) {
            arena.close();
            throw e;
        }
        try {
            configure();
            portId = bindAndName();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        seq = (int) (System.nanoTime() & 0x7fff_ffff);
    }

    /**
     * Opens a socket with the {@link Options#DEFAULT defaults}, in the network namespace of the calling thread.
     *
     * @param protocol {@code NETLINK_ROUTE} or {@code NETLINK_GENERIC}
     * @return the socket, owned by the calling thread
     * @throws NetlinkException when the kernel refuses (errno attached)
     */
    public static NetlinkSocket open(NetlinkProtocol protocol) {
        return new NetlinkSocket(protocol, Options.DEFAULT);
    }

    /**
     * @param protocol {@code NETLINK_ROUTE} or {@code NETLINK_GENERIC}
     * @param options buffer sizes and timeout
     * @return the socket, owned by the calling thread
     */
    public static NetlinkSocket open(NetlinkProtocol protocol, Options options) {
        return new NetlinkSocket(protocol, options);
    }

    private void configure() {
        if (setInt(Libc.SOL_SOCKET, Libc.SO_RCVBUFFORCE, options.socketReceiveBytes()) < 0) {
            setIntOrThrow(Libc.SOL_SOCKET, Libc.SO_RCVBUF, options.socketReceiveBytes(), "SO_RCVBUF");
        }
        for (int opt : new int[] {Nl.NETLINK_EXT_ACK, Nl.NETLINK_CAP_ACK}) {
            if (setInt(Libc.SOL_NETLINK, opt, 1) < 0) {
                int err = Libc.errno(callState);
                if (err != ENOPROTOOPT) {
                    throw new NetlinkException("setsockopt(SOL_NETLINK, " + opt + ")", err, null);
                }
                LOG.debug("kernel lacks netlink socket option {}: errors will carry less detail", opt);
            }
        }
    }

    private int bindAndName() {
        MemorySegment local = fromAddress;
        local.fill((byte) 0);
        local.set(JAVA_SHORT, 0, (short) Libc.AF_NETLINK);
        if (Libc.bind(callState, fd, local, Libc.SOCKADDR_NL_SIZE) < 0) {
            throw new NetlinkException("bind(AF_NETLINK)", Libc.errno(callState), null);
        }
        fromLength.set(JAVA_INT, 0, Libc.SOCKADDR_NL_SIZE);
        if (Libc.getsockname(callState, fd, local, fromLength) < 0) {
            throw new NetlinkException("getsockname(AF_NETLINK)", Libc.errno(callState), null);
        }
        return local.get(JAVA_INT_UNALIGNED, 4);
    }

    private int setInt(int level, int name, int value) {
        intValue.set(JAVA_INT, 0, value);
        return Libc.setsockopt(callState, fd, level, name, intValue, 4);
    }

    private void setIntOrThrow(int level, int name, int value, String what) {
        if (setInt(level, name, value) < 0) {
            throw new NetlinkException("setsockopt(" + what + ")", Libc.errno(callState), null);
        }
    }

    /** @return the protocol */
    public NetlinkProtocol protocol() {
        return protocol;
    }

    /** @return the port id the kernel gave this socket ({@code nl_pid}) */
    public int portId() {
        return portId;
    }

    /** @return the settings */
    public Options options() {
        return options;
    }

    /**
     * Starts a request in the socket's send buffer: writes the {@code nlmsghdr} with {@code NLM_F_REQUEST | flags}
     * and the next sequence number. Add the family header and attributes, then pass the writer to {@link #ack},
     * {@link #transact} or {@link #dump}. One request at a time per socket.
     *
     * @param type message type
     * @param flags extra {@code NLM_F_*} flags ({@code NLM_F_DUMP}, {@code NLM_F_CREATE}...)
     * @return the writer
     */
    public NlMessageWriter request(int type, int flags) {
        ensureOpen();
        return writer.wrap(sendBuffer).begin(type, Nl.NLM_F_REQUEST | flags, nextSeq(), 0);
    }

    private int nextSeq() {
        seq = (seq + 1) & 0x7fff_ffff;
        if (seq == 0) {
            seq = 1;
        }
        return seq;
    }

    /**
     * Sends the request and waits for the kernel's ack.
     *
     * @param request from {@link #request}
     * @throws NetlinkException with the errno and ext-ack text when the kernel refuses
     */
    public void ack(NlMessageWriter request) {
        transact(request, message -> { }, describe(request));
    }

    /**
     * Sends the request and waits for the kernel's ack, with an explicit operation name for the error.
     *
     * @param request from {@link #request}
     * @param operation e.g. {@code "IPVS_CMD_NEW_SERVICE"}
     */
    public void ack(NlMessageWriter request, String operation) {
        transact(request, message -> { }, operation);
    }

    /**
     * Sends the request and hands the data messages of the answer (e.g. a single {@code GET}'s reply) to
     * {@code handler}, then waits for the ack.
     *
     * @param request from {@link #request}
     * @param handler gets each answer message
     */
    public void transact(NlMessageWriter request, MessageHandler handler) {
        transact(request, handler, describe(request));
    }

    /**
     * As {@link #transact(NlMessageWriter, MessageHandler)} with an explicit operation name.
     *
     * @param request from {@link #request}
     * @param handler gets each answer message
     * @param operation used in the exception message
     */
    public void transact(NlMessageWriter request, MessageHandler handler, String operation) {
        NlMsgHdrFlyweight h = request.header();
        h.flags(h.flags() | Nl.NLM_F_ACK);
        int length = request.finish();
        send(length, operation);
        awaitAnswer(h.seq(), false, handler, operation);
        if (reader.errorCode() != 0) {
            throw new NetlinkException(operation, reader.errorCode(), reader.extAckMessage());
        }
    }

    /**
     * Sends a dump request ({@code NLM_F_DUMP} is added) and hands every message to {@code handler}. An
     * inconsistent or lossy dump is repeated after {@link MessageHandler#onDumpRestart()}.
     *
     * @param request from {@link #request}
     * @param handler gets each message
     */
    public void dump(NlMessageWriter request, MessageHandler handler) {
        dump(request, handler, describe(request));
    }

    /**
     * As {@link #dump(NlMessageWriter, MessageHandler)} with an explicit operation name.
     *
     * @param request from {@link #request}
     * @param handler gets each message
     * @param operation used in the exception message
     */
    public void dump(NlMessageWriter request, MessageHandler handler, String operation) {
        NlMsgHdrFlyweight h = request.header();
        h.flags((h.flags() | Nl.NLM_F_DUMP) & ~Nl.NLM_F_ACK);
        int length = request.finish();
        for (int attempt = 1; ; attempt++) {
            send(length, operation);
            boolean lost = awaitAnswer(h.seq(), true, handler, operation);
            if (reader.errorCode() != 0) {
                throw new NetlinkException(operation, reader.errorCode(), reader.extAckMessage());
            }
            if (!lost && !reader.dumpInterrupted()) {
                return;
            }
            if (attempt == MAX_DUMP_ATTEMPTS) {
                throw new NetlinkException(operation + ": dump still inconsistent after " + attempt + " attempts");
            }
            LOG.debug("{}: dump {} (attempt {}), dumping again", operation,
                    lost ? "lost messages" : "interrupted by a change", attempt);
            handler.onDumpRestart();
            h.seq(nextSeq());
        }
    }

    /** Writes one request of a {@link #pipeline}. */
    @FunctionalInterface
    public interface PipelinedRequest {
        /**
         * @param index  the request's index, {@code 0 .. count - 1}
         * @param writer begun with type {@code 0}, {@code NLM_F_REQUEST} and the request's sequence number: set the
         *               type ({@code writer.header().type(...)}), add flags if needed, then the payload
         */
        void write(int index, NlMessageWriter writer);
    }

    /**
     * Sends {@code count} requests pipelined: as many as fit go in one datagram, and only the last of each datagram
     * asks for an ack. The kernel handles a datagram's messages one after the other inside {@code sendto} and answers
     * the others only if they fail, so a thousand commands cost one {@code sendto} and one {@code recvfrom} instead
     * of a thousand of each. Every request is attempted, in order, whatever happened to the ones before it (as if
     * each had been sent alone); each failure goes to {@code errors} with the request's index.
     *
     * @param count     how many requests
     * @param requests  writes request {@code i}; a request must fit in {@value #PIPELINE_HEADROOM} bytes
     * @param errors    gets {@code (index, errno, extAck)} of each failed request
     * @param operation used in exception messages
     * @throws NetlinkException when the outcome of some requests is unknown (the socket failed, or the kernel
     *                          dropped answers): the caller must re-read what it changed
     */
    public void pipeline(int count, PipelinedRequest requests, PipelineReader.Errors errors, String operation) {
        ensureOpen();
        int headroom = (int) Math.min(PIPELINE_HEADROOM, sendBuffer.byteSize());
        int index = 0;
        while (index < count) {
            int first = index;
            if (seq > 0x7fff_ffff - PIPELINE_MAX_MESSAGES) {
                seq = 0; // keep the datagram's sequence numbers consecutive
            }
            int firstSeq = seq + 1;
            long offset = 0;
            long last = 0;
            while (index < count && index - first < PIPELINE_MAX_MESSAGES
                    && (index == first || offset + headroom <= sendBuffer.byteSize())) {
                writer.wrap(sendBuffer.asSlice(offset)).begin(0, Nl.NLM_F_REQUEST, nextSeq(), 0);
                requests.write(index, writer);
                last = offset;
                offset += Nl.align(writer.finish());
                index++;
            }
            NlMsgHdrFlyweight tail = writer.wrap(sendBuffer.asSlice(last)).header();
            tail.flags(tail.flags() | Nl.NLM_F_ACK);
            send((int) offset, operation);
            int sent = index - first;
            pipelineReader.start(firstSeq, sent);
            PipelineReader.Errors shifted = (position, errno, extAck) -> errors.onError(first + position, errno, extAck);
            while (true) {
                long n = receive(options.replyTimeoutMs(), operation);
                if (n == -Errno.ENOBUFS.code()) {
                    throw new NetlinkException(operation, Errno.ENOBUFS.code(),
                            "receive queue overflowed: the outcome of " + sent + " pipelined requests is unknown");
                }
                if (n < 0) {
                    continue;
                }
                if (pipelineReader.onDatagram(receiveBuffer, n, shifted)) {
                    break;
                }
            }
            if (pipelineReader.framingError() != null) {
                throw new NetlinkException(operation, ReplyReader.EPROTO, pipelineReader.framingError());
            }
        }
    }

    private String describe(NlMessageWriter request) {
        NlMsgHdrFlyweight h = request.header();
        return "Netlink: " + protocol.typeName(h.type()) + "(" + h.type() + ") seq=" + h.seq();
    }

    /** @return whether the kernel reported lost messages while this dump was read */
    private boolean awaitAnswer(int expectedSeq, boolean dump, MessageHandler handler, String operation) {
        reader.start(expectedSeq, dump);
        boolean lost = false;
        while (true) {
            long n = receive(options.replyTimeoutMs(), operation);
            if (n == -Errno.ENOBUFS.code()) {
                if (!dump) {
                    throw new NetlinkException(operation, Errno.ENOBUFS.code(),
                            "receive queue overflowed while waiting for the answer");
                }
                lost = true;
                continue;
            }
            if (n < 0) {
                continue;
            }
            if (reader.onDatagram(receiveBuffer, n, handler) == ReplyReader.Progress.COMPLETE) {
                return lost;
            }
        }
    }

    /**
     * Waits up to {@code timeoutMs} for a datagram, then receives it.
     *
     * @return its length; {@code -ENOBUFS} when the kernel dropped messages; {@code -1} for a datagram not from
     *         the kernel (skipped)
     */
    private long receive(int timeoutMs, String operation) {
        if (!awaitReadable(timeoutMs, operation)) {
            throw new NetlinkException(operation, Errno.ETIMEDOUT.code(),
                    "no answer from the kernel within " + timeoutMs + " ms");
        }
        return receiveNow(0, operation);
    }

    private long receiveNow(int flags, String operation) {
        while (true) {
            fromLength.set(JAVA_INT, 0, Libc.SOCKADDR_NL_SIZE);
            long n = Libc.recvfrom(callState, fd, receiveBuffer, receiveBuffer.byteSize(), flags | Libc.MSG_TRUNC,
                    fromAddress, fromLength);
            if (n < 0) {
                int err = Libc.errno(callState);
                if (err == Errno.EINTR.code()) {
                    continue;
                }
                if (err == Errno.ENOBUFS.code() || err == Errno.EAGAIN.code()) {
                    return -err;
                }
                throw new NetlinkException(operation + ": recvfrom", err, null);
            }
            if (n > receiveBuffer.byteSize()) {
                throw new NetlinkException(operation + ": recvfrom", Errno.EMSGSIZE.code(),
                        "datagram of " + n + " bytes exceeds the " + receiveBuffer.byteSize() + "-byte buffer");
            }
            if (fromAddress.get(JAVA_INT_UNALIGNED, 4) != 0) {
                return -1;
            }
            return n;
        }
    }

    private boolean awaitReadable(int timeoutMs, String operation) {
        pollFd.set(JAVA_INT, 0, fd);
        pollFd.set(JAVA_SHORT, 4, Libc.POLLIN);
        pollFd.set(JAVA_SHORT, 6, (short) 0);
        while (true) {
            int r = Libc.poll(callState, pollFd, 1, timeoutMs);
            if (r >= 0) {
                return r > 0;
            }
            int err = Libc.errno(callState);
            if (err != Errno.EINTR.code()) {
                throw new NetlinkException(operation + ": poll", err, null);
            }
        }
    }

    private void send(int length, String operation) {
        ensureOpen();
        while (true) {
            long n = Libc.sendto(callState, fd, sendBuffer, length, 0, kernelAddress, Libc.SOCKADDR_NL_SIZE);
            if (n >= 0) {
                return;
            }
            int err = Libc.errno(callState);
            if (err != Errno.EINTR.code()) {
                throw new NetlinkException(operation + ": sendto", err, null);
            }
        }
    }

    /**
     * Subscribes to a multicast group ({@code NETLINK_ADD_MEMBERSHIP}), e.g. {@code RTNLGRP_LINK} or a generic
     * netlink family's group id.
     *
     * @param group the group number
     */
    public void joinGroup(int group) {
        ensureOpen();
        setIntOrThrow(Libc.SOL_NETLINK, Nl.NETLINK_ADD_MEMBERSHIP, group, "NETLINK_ADD_MEMBERSHIP " + group);
    }

    /** @param group a group joined earlier */
    public void leaveGroup(int group) {
        ensureOpen();
        setIntOrThrow(Libc.SOL_NETLINK, Nl.NETLINK_DROP_MEMBERSHIP, group, "NETLINK_DROP_MEMBERSHIP " + group);
    }

    /**
     * Delivers the event messages that are queued, waiting up to {@code timeoutMs} for the first one.
     * {@code ENOBUFS} (events dropped by the kernel) is reported through {@link MessageHandler#onEventsLost()}.
     *
     * @param timeoutMs {@code 0} for a non-blocking drain, {@code -1} to wait indefinitely
     * @param handler gets each message
     * @return the number of messages delivered
     */
    public int receiveEvents(int timeoutMs, MessageHandler handler) {
        ensureOpen();
        if (!awaitReadable(timeoutMs, "Netlink: events")) {
            return 0;
        }
        int delivered = 0;
        while (true) {
            long n = receiveNow(Libc.MSG_DONTWAIT, "Netlink: events");
            if (n == -Errno.EAGAIN.code()) {
                return delivered;
            }
            if (n == -Errno.ENOBUFS.code()) {
                handler.onEventsLost();
                continue;
            }
            if (n < 0) {
                continue;
            }
            long at = 0;
            while (at < n) {
                eventMessage.wrap(receiveBuffer, at);
                if (!eventMessage.fitsWithin(n)) {
                    LOG.warn("Netlink: truncated event datagram ({} bytes left), rest dropped", n - at);
                    break;
                }
                at = eventMessage.nextOffset();
                int type = eventMessage.type();
                if (type != Nl.NLMSG_NOOP && type != Nl.NLMSG_DONE && type != Nl.NLMSG_ERROR) {
                    delivered++;
                    handler.onMessage(eventMessage);
                }
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("netlink socket is closed");
        }
    }

    /** Closes the descriptor and frees the buffers. Idempotent; call from the owning thread. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        int r = Libc.close(callState, fd);
        int err = r < 0 ? Libc.errno(callState) : 0;
        arena.close();
        if (r < 0) {
            LOG.warn("Netlink: close({}) failed: {}({})", fd, Errno.describe(err), err);
        }
    }
}
