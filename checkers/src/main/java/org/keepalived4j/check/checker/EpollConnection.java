package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.IoEvent;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoRegistration;
import io.netty.channel.epoll.EpollIoHandle;
import io.netty.channel.epoll.EpollIoOps;
import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.channel.unix.FileDescriptor;
import io.netty.channel.unix.Socket;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.Future;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.keepalived4j.check.checker.Transport.Endpoints;

/**
 * One check's TCP connection as a bare non-blocking socket on the checkers' epoll loop (Netty's native transport,
 * without a channel): connect, write the request if any, read until the peer closes, close. It is the cost of the
 * common checks (TCP_CHECK, HTTP_GET) that matters when thousands of real servers are checked every few seconds, so
 * this path makes only the system calls keepalived's checker makes for the same exchange, and allocates nothing per
 * read: the bytes land in one buffer per loop, which the {@link Conversation} reads before the next read.
 *
 * <table>
 * <caption>system calls of one HTTP_GET</caption>
 * <tr><td>socket, setsockopt SO_LINGER 0, connect (EINPROGRESS), epoll_ctl ADD</td><td>open</td></tr>
 * <tr><td>send (already connected: done, else EAGAIN, then epoll_ctl MOD EPOLLOUT, a wait, getsockopt SO_ERROR,
 *     send)</td><td>the request</td></tr>
 * <tr><td>epoll_ctl MOD EPOLLIN, a wait, recv until it returns 0 or would block</td><td>the response</td></tr>
 * <tr><td>close</td><td>the descriptor leaves epoll with it</td></tr>
 * </table>
 * Used on its loop only; the {@link Attempt} owns it and closes it when the attempt completes.
 */
final class EpollConnection implements EpollIoHandle, AutoCloseable {

    private static final int READ_BUFFER_BYTES = 16 * 1024;
    /** Reads per readiness event before the loop turns to other work (a fast endless body cannot hog it). */
    private static final int READS_PER_EVENT = 16;

    /** The loop's read buffer: reads are handed over synchronously, so one per loop thread is enough. */
    private static final FastThreadLocal<ReadBuffer> READ_BUFFER = new FastThreadLocal<>() {
        @Override
        protected ReadBuffer initialValue() {
            ByteBuffer memory = ByteBuffer.allocateDirect(READ_BUFFER_BYTES);
            return new ReadBuffer(Unpooled.wrappedBuffer(memory), MemorySegment.ofBuffer(memory).address());
        }
    };

    /** A direct buffer and its address: the socket calls take the address (no JNI look-up of it per call). */
    private record ReadBuffer(ByteBuf buf, long address) {
    }

    /**
     * A request's bytes in native memory, made once per check and sent as they are by every attempt.
     *
     * @param bytes   the bytes (a direct buffer, read from 0 to its limit, never changed)
     * @param address where they are
     */
    record Request(ByteBuffer bytes, long address) {
        /** @param content the request @return it in a direct buffer */
        static Request of(byte[] content) {
            ByteBuffer direct = ByteBuffer.allocateDirect(content.length).put(content).flip();
            return new Request(direct, MemorySegment.ofBuffer(direct).address());
        }

        int length() {
            return bytes.limit();
        }
    }

    private enum State { CONNECTING, SENDING, READING, CLOSED }

    private final CheckSocket socket;
    private final Conversation conversation;
    private final Request request;
    private int sent;
    private IoRegistration registration;
    private State state = State.CONNECTING;

    private EpollConnection(CheckSocket socket, Conversation conversation, Request request) {
        this.socket = socket;
        this.conversation = conversation;
        this.request = request;
    }

    /** True when checks on this loop can use bare sockets (an epoll loop). */
    static boolean supported(io.netty.channel.EventLoop loop) {
        if (loop instanceof CheckerLoopGroup.Loop checkers) {
            return checkers.bareSockets;
        }
        return loop instanceof IoEventLoop io && io.isCompatible(EpollIoHandle.class);
    }

    /**
     * Opens the connection and starts connecting; the outcome reaches {@code conversation}.
     *
     * @param request the request to send once connected, or null to only connect
     * @return the connection (for the attempt to close), or null if the socket could not even be made (then
     *         {@code conversation} has been told)
     */
    static EpollConnection open(IoEventLoop loop, Endpoints to, Request request, Conversation conversation) {
        if (!loop.inEventLoop()) { // registering from the loop itself completes at once; from elsewhere it would not
            conversation.connectFailed(new IllegalStateException("a check must start on its event loop"));
            return null;
        }
        CheckSocket socket;
        try {
            socket = CheckSocket.open(Transport.family(to.destination()));
        } catch (RuntimeException e) {
            conversation.connectFailed(e);
            return null;
        }
        EpollConnection c = new EpollConnection(socket, conversation, request);
        c.start(loop, to);
        return c;
    }

    private void start(IoEventLoop loop, Endpoints to) {
        boolean connectedNow;
        try {
            socket.setSoLinger(0); // close with a reset: no TIME_WAIT piles up on the director
            if (to.local() != null) {
                socket.bind(to.local());
            }
            connectedNow = socket.connect(to.destination());
            Future<IoRegistration> r = loop.register(this);
            if (!r.isSuccess()) {
                throw new IOException("cannot register with the event loop", r.cause());
            }
            registration = r.getNow();
        } catch (IOException | RuntimeException e) {
            close();
            conversation.connectFailed(e);
            return;
        }
        if (connectedNow) {
            onConnected();
        } else if (request == null || !sendEarly()) {
            submit(EpollIoOps.EPOLLOUT);
        }
    }

    /**
     * Over loopback or a fast link the handshake is often done by the time {@code connect} returns: the request is
     * tried at once, which saves waiting for writability (a wake-up, two epoll changes and a getsockopt).
     *
     * @return false if the socket is still connecting (nothing was sent)
     */
    private boolean sendEarly() {
        int n;
        try {
            n = socket.sendAddress(request.address(), 0, request.length());
        } catch (IOException | RuntimeException e) {
            close(); // the connect failed: refused, unreachable
            conversation.connectFailed(e);
            return true;
        }
        if (n <= 0) {
            return false;
        }
        sent = n;
        conversation.connected();
        if (state != State.CLOSED) {
            state = State.SENDING;
            send();
        }
        return true;
    }

    @Override
    public FileDescriptor fd() {
        return socket;
    }

    @Override
    public void handle(IoRegistration r, IoEvent event) {
        switch (state) {
            case CONNECTING -> {
                try {
                    if (!socket.finishConnect()) {
                        return;
                    }
                } catch (IOException | RuntimeException e) {
                    close();
                    conversation.connectFailed(e);
                    return;
                }
                onConnected();
            }
            case SENDING -> send(); // writable, or an error that send reports
            case READING -> read();
            case CLOSED -> { }
        }
    }

    private void onConnected() {
        conversation.connected();
        if (state == State.CLOSED) {
            return; // the conversation is over (a TCP_CHECK)
        }
        if (request == null) {
            state = State.READING;
            submit(EpollIoOps.EPOLLIN);
            return;
        }
        state = State.SENDING;
        send();
    }

    private void send() {
        try {
            while (sent < request.length()) {
                int n = socket.sendAddress(request.address(), sent, request.length());
                if (n <= 0) {
                    submit(EpollIoOps.EPOLLOUT); // the socket buffer is full: wait until it drains
                    return;
                }
                sent += n;
            }
        } catch (IOException | RuntimeException e) {
            conversation.sendFailed(e);
            close();
            return;
        }
        state = State.READING;
        submit(EpollIoOps.EPOLLIN);
    }

    /** Reads until the socket has nothing more (or the stream ends), at most {@link #READS_PER_EVENT} times. */
    private void read() {
        ReadBuffer rb = READ_BUFFER.get();
        ByteBuf buf = rb.buf();
        for (int i = 0; i < READS_PER_EVENT; i++) {
            int n;
            try {
                n = socket.recvAddress(rb.address(), 0, READ_BUFFER_BYTES);
            } catch (IOException | RuntimeException e) {
                conversation.ended(e);
                close();
                return;
            }
            if (n == 0) {
                return; // nothing more for now
            }
            if (n < 0) {
                conversation.ended(null);
                close();
                return;
            }
            buf.setIndex(0, n);
            boolean more = conversation.received(buf);
            buf.clear();
            if (!more || state == State.CLOSED) {
                close();
                return;
            }
        }
    }

    private void submit(EpollIoOps ops) {
        if (state == State.CLOSED) {
            return;
        }
        try {
            registration.submit(ops);
        } catch (RuntimeException e) {
            conversation.ended(e);
            close();
        }
    }

    /** Closes the socket (which takes it out of epoll) and drops the registration; idempotent. */
    @Override
    public void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        try {
            socket.close();
        } catch (IOException e) {
            // the descriptor is gone either way
        }
        if (registration != null) {
            registration.cancel(); // the descriptor is closed, so no epoll_ctl DEL: only the loop's map entry goes
        }
    }

    /** A stream socket of the given family (Netty's public factory makes a dual-stack IPv6 socket). */
    private static final class CheckSocket extends Socket {

        private CheckSocket(int fd) {
            super(fd);
        }

        static CheckSocket open(SocketProtocolFamily family) {
            return new CheckSocket(newSocketStream0(family));
        }
    }
}
