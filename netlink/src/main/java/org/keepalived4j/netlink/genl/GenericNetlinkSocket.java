package org.keepalived4j.netlink.genl;

import org.keepalived4j.netlink.Errno;
import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.msg.MessageHandler;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.PipelineReader;
import org.keepalived4j.netlink.socket.NetlinkProtocol;
import org.keepalived4j.netlink.socket.NetlinkSocket;

import java.util.Optional;

/**
 * A {@code NETLINK_GENERIC} socket: resolves families through the controller and sends family commands. The
 * layer the IPVS code builds on.
 *
 * <pre>{@code
 * try (GenericNetlinkSocket genl = GenericNetlinkSocket.open()) {
 *     GenlFamily ipvs = genl.resolveFamily("IPVS");             // FamilyNotFoundException if ip_vs is absent
 *     NlMessageWriter w = genl.request(ipvs, IPVS_CMD_GET_INFO, 0);
 *     genl.transact(w, msg -> { ... decode attrs after genlmsghdr ... });
 *     NlMessageWriter d = genl.request(ipvs, IPVS_CMD_GET_SERVICE, 0);
 *     genl.dump(d, msg -> { ... });
 * }
 * }</pre>
 *
 * <p>A request's attributes start right after the {@code genlmsghdr} (and the family header, when
 * {@link GenlFamily#headerSize()} is not zero, which {@link #request} reserves zeroed). In a received message
 * they start at {@code message.payloadOffset() + GenlMsgHdrFlyweight.SIZE + family.headerSize()}.
 *
 * <p>Owned by the opening thread, like {@link NetlinkSocket}.
 */
public final class GenericNetlinkSocket implements AutoCloseable {
    private final NetlinkSocket socket;
    private String operation = "";

    private GenericNetlinkSocket(NetlinkSocket socket) {
        this.socket = socket;
    }

    /** @return a socket with default options, in the calling thread's network namespace */
    public static GenericNetlinkSocket open() {
        return new GenericNetlinkSocket(NetlinkSocket.open(NetlinkProtocol.GENERIC));
    }

    /** @param options socket options @return a socket owned by the calling thread */
    public static GenericNetlinkSocket open(NetlinkSocket.Options options) {
        return new GenericNetlinkSocket(NetlinkSocket.open(NetlinkProtocol.GENERIC, options));
    }

    /**
     * Looks a family up by name.
     *
     * @param name e.g. {@code "IPVS"} or {@code "nlctrl"}
     * @return the family, empty when the kernel has none of that name (or the name is longer than a family name
     *         can be)
     * @throws NetlinkException for any other failure
     */
    public Optional<GenlFamily> findFamily(String name) {
        if (name.isEmpty() || name.length() >= Genl.GENL_NAMSIZ) {
            return Optional.empty();
        }
        NlMessageWriter w = socket.request(Genl.GENL_ID_CTRL, 0);
        GenlControllerCodec.encodeGetFamily(w, name);
        GenlFamily[] found = new GenlFamily[1];
        try {
            socket.transact(w, message -> found[0] = GenlControllerCodec.decodeFamily(message),
                    "Netlink: CTRL_CMD_GETFAMILY " + name);
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOENT) {
                return Optional.empty();
            }
            throw e;
        }
        if (found[0] == null) {
            throw new NetlinkException("Netlink: CTRL_CMD_GETFAMILY " + name + ": acked without a family");
        }
        return Optional.of(found[0]);
    }

    /**
     * @param name family name
     * @return the family
     * @throws FamilyNotFoundException when the kernel has none of that name
     */
    public GenlFamily resolveFamily(String name) {
        return findFamily(name).orElseThrow(() -> new FamilyNotFoundException(name));
    }

    /**
     * Starts a family command: {@code nlmsghdr} (type = family id), {@code genlmsghdr} (cmd, family version), and
     * a zeroed family header if the family has one. Append attributes, then {@link #ack}, {@link #transact} or
     * {@link #dump}.
     *
     * @param family resolved family
     * @param cmd command number
     * @param flags extra {@code NLM_F_*} flags
     * @return the writer
     */
    public NlMessageWriter request(GenlFamily family, int cmd, int flags) {
        NlMessageWriter w = socket.request(family.id(), flags);
        w.genlHeader(cmd, family.version());
        if (family.headerSize() > 0) {
            w.reserve(family.headerSize());
        }
        operation = "Netlink: " + family.name() + " cmd " + cmd;
        return w;
    }

    /** Writes one command of a {@link #pipeline}. */
    public interface PipelinedCommand {
        /** @param index the command's index @return its generic netlink command number */
        int command(int index);

        /** @param index the command's index @param writer after the family's headers: add the attributes */
        void attributes(int index, NlMessageWriter writer);
    }

    /**
     * Sends {@code count} commands of a family pipelined (see {@link NetlinkSocket#pipeline}): each is attempted in
     * order, failures reach {@code errors} by index.
     *
     * @param family   resolved family
     * @param count    how many commands
     * @param commands writes command {@code i}
     * @param errors   gets each failure
     * @throws NetlinkException when some outcomes are unknown
     */
    public void pipeline(GenlFamily family, int count, PipelinedCommand commands, PipelineReader.Errors errors) {
        operation = "Netlink: " + family.name() + " pipeline";
        socket.pipeline(count, (index, w) -> {
            w.header().type(family.id());
            w.genlHeader(commands.command(index), family.version());
            if (family.headerSize() > 0) {
                w.reserve(family.headerSize());
            }
            commands.attributes(index, w);
        }, errors, operation);
    }

    /** @param request from {@link #request} @throws NetlinkException when refused */
    public void ack(NlMessageWriter request) {
        socket.ack(request, operation);
    }

    /** @param request from {@link #request} @param handler gets the answer messages */
    public void transact(NlMessageWriter request, MessageHandler handler) {
        socket.transact(request, handler, operation);
    }

    /** @param request from {@link #request} @param handler gets every dumped message */
    public void dump(NlMessageWriter request, MessageHandler handler) {
        socket.dump(request, handler, operation);
    }

    /**
     * @param family resolved family
     * @param groupName one of its {@link GenlFamily#groups()}
     * @throws IllegalArgumentException when the family has no such group
     */
    public void joinGroup(GenlFamily family, String groupName) {
        GenlMulticastGroup g = family.group(groupName).orElseThrow(() -> new IllegalArgumentException(
                "generic netlink family " + family.name() + " has no multicast group " + groupName));
        socket.joinGroup(g.id());
    }

    /** @return the underlying socket (events, options) */
    public NetlinkSocket socket() {
        return socket;
    }

    @Override
    public void close() {
        socket.close();
    }
}
