package org.keepalived4j.netlink.ipvs;

import static org.keepalived4j.netlink.ipvs.IpvsGenl.*;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.keepalived4j.netlink.NetlinkException;
import org.keepalived4j.netlink.genl.GenericNetlinkSocket;
import org.keepalived4j.netlink.genl.GenlFamily;
import org.keepalived4j.netlink.msg.MessageHandler;
import org.keepalived4j.netlink.msg.NlMessageWriter;
import org.keepalived4j.netlink.msg.NlMsgHdrFlyweight;
import org.keepalived4j.netlink.socket.NetlinkSocket;

/**
 * The kernel's IPVS table over a generic netlink socket (family {@code IPVS}), as keepalived's {@code libipvs}
 * drives it. Each call is one request: changes wait for the kernel's ack, lists are dumps (multi-part, repeated
 * from the start if the kernel reports lost messages or an inconsistent dump).
 *
 * <table>
 *   <caption>Socket settings ({@link #DEFAULT_OPTIONS})</caption>
 *   <tr><th>Setting</th><th>Value</th><th>Why</th></tr>
 *   <tr><td>buffer</td><td>128 KiB</td><td>a dump datagram is at most 32 KiB; room to spare</td></tr>
 *   <tr><td>{@code SO_RCVBUF}</td><td>4 MiB</td><td>large tables list without {@code ENOBUFS}</td></tr>
 *   <tr><td>reply timeout</td><td>10 s</td><td>a stuck kernel becomes an error, not a hung thread</td></tr>
 * </table>
 *
 * Owned by the thread that opened it (the socket's buffers are confined to it).
 */
public final class GenlIpvsTable implements IpvsTable {
    /** Socket settings for IPVS: see the class table. */
    public static final NetlinkSocket.Options DEFAULT_OPTIONS = new NetlinkSocket.Options(128 * 1024, 4 << 20, 10_000);

    private final GenericNetlinkSocket genl;
    private final GenlFamily family;

    private GenlIpvsTable(GenericNetlinkSocket genl, GenlFamily family) {
        this.genl = genl;
        this.family = family;
    }

    /**
     * Opens a socket in the calling thread's network namespace and resolves the {@code IPVS} family.
     *
     * @return the table
     * @throws IpvsException ({@code "IPVS: Can't initialize ipvs: ..."}) when the kernel has no IPVS loaded
     */
    public static GenlIpvsTable open() {
        return open(DEFAULT_OPTIONS);
    }

    /**
     * @param options socket settings
     * @return the table
     * @throws IpvsException when the kernel has no IPVS loaded or the socket cannot be opened
     */
    public static GenlIpvsTable open(NetlinkSocket.Options options) {
        GenericNetlinkSocket genl;
        try {
            genl = GenericNetlinkSocket.open(options);
        } catch (NetlinkException e) {
            throw IpvsException.unavailable(e.getMessage(), e);
        }
        try {
            GenlFamily family = genl.findFamily(FAMILY).orElseThrow(() -> IpvsException.unavailable(
                    "no generic netlink family IPVS (is the ip_vs module loaded?)", null));
            return new GenlIpvsTable(genl, family);
        } catch (RuntimeException e) {
            genl.close();
            throw e instanceof IpvsException ie ? ie : IpvsException.unavailable(e.getMessage(), e);
        }
    }

    @Override
    public void addService(IpvsService service) {
        NlMessageWriter w = genl.request(family, CMD_NEW_SERVICE, 0);
        IpvsRequestEncoder.service(w, service, IpvsRequestEncoder.ALL_FLAGS);
        ack(IpvsOperation.ADD_SERVICE, service.key().toString(), w);
    }

    @Override
    public void editService(IpvsService service) {
        NlMessageWriter w = genl.request(family, CMD_SET_SERVICE, 0);
        IpvsRequestEncoder.service(w, service, IpvsRequestEncoder.ALL_FLAGS);
        ack(IpvsOperation.EDIT_SERVICE, service.key().toString(), w);
    }

    @Override
    public void deleteService(IpvsServiceKey key) {
        NlMessageWriter w = genl.request(family, CMD_DEL_SERVICE, 0);
        IpvsRequestEncoder.serviceKey(w, key);
        ack(IpvsOperation.DELETE_SERVICE, key.toString(), w);
    }

    @Override
    public List<IpvsServiceEntry> services() {
        NlMessageWriter w = genl.request(family, CMD_GET_SERVICE, 0);
        return dump(IpvsOperation.GET_SERVICES, w, IpvsReplyDecoder::service);
    }

    @Override
    public Optional<IpvsServiceEntry> service(IpvsServiceKey key) {
        NlMessageWriter w = genl.request(family, CMD_GET_SERVICE, 0);
        IpvsRequestEncoder.serviceKey(w, key);
        List<IpvsServiceEntry> found = new ArrayList<>(1);
        try {
            transact(IpvsOperation.GET_SERVICES, key.toString(), w, m -> found.add(IpvsReplyDecoder.service(m)));
        } catch (IpvsException e) {
            if (e.noSuchService()) {
                return Optional.empty();
            }
            throw e;
        }
        return found.stream().findFirst();
    }

    @Override
    public void addDestination(IpvsServiceKey service, IpvsDestination destination) {
        NlMessageWriter w = genl.request(family, CMD_NEW_DEST, 0);
        IpvsRequestEncoder.serviceKey(w, service);
        IpvsRequestEncoder.destination(w, destination);
        ack(IpvsOperation.ADD_DESTINATION, subject(service, destination.address(), destination.port()), w);
    }

    @Override
    public void editDestination(IpvsServiceKey service, IpvsDestination destination) {
        NlMessageWriter w = genl.request(family, CMD_SET_DEST, 0);
        IpvsRequestEncoder.serviceKey(w, service);
        IpvsRequestEncoder.destination(w, destination);
        ack(IpvsOperation.EDIT_DESTINATION, subject(service, destination.address(), destination.port()), w);
    }

    @Override
    public void deleteDestination(IpvsServiceKey service, InetAddress address, int port) {
        NlMessageWriter w = genl.request(family, CMD_DEL_DEST, 0);
        IpvsRequestEncoder.serviceKey(w, service);
        IpvsRequestEncoder.destinationKey(w, address, port);
        ack(IpvsOperation.DELETE_DESTINATION, subject(service, address, port), w);
    }

    @Override
    public void execute(List<? extends IpvsCommand> commands, Failures failures) {
        if (commands.isEmpty()) {
            return;
        }
        try {
            genl.pipeline(family, commands.size(), new GenericNetlinkSocket.PipelinedCommand() {
                @Override
                public int command(int index) {
                    return switch (commands.get(index)) {
                        case IpvsCommand.AddService c -> CMD_NEW_SERVICE;
                        case IpvsCommand.EditService c -> CMD_SET_SERVICE;
                        case IpvsCommand.DeleteService c -> CMD_DEL_SERVICE;
                        case IpvsCommand.AddDestination c -> CMD_NEW_DEST;
                        case IpvsCommand.EditDestination c -> CMD_SET_DEST;
                        case IpvsCommand.DeleteDestination c -> CMD_DEL_DEST;
                    };
                }

                @Override
                public void attributes(int index, NlMessageWriter w) {
                    switch (commands.get(index)) {
                        case IpvsCommand.AddService c ->
                                IpvsRequestEncoder.service(w, c.service(), IpvsRequestEncoder.ALL_FLAGS);
                        case IpvsCommand.EditService c ->
                                IpvsRequestEncoder.service(w, c.service(), IpvsRequestEncoder.ALL_FLAGS);
                        case IpvsCommand.DeleteService c -> IpvsRequestEncoder.serviceKey(w, c.key());
                        case IpvsCommand.AddDestination c -> {
                            IpvsRequestEncoder.serviceKey(w, c.key());
                            IpvsRequestEncoder.destination(w, c.destination());
                        }
                        case IpvsCommand.EditDestination c -> {
                            IpvsRequestEncoder.serviceKey(w, c.key());
                            IpvsRequestEncoder.destination(w, c.destination());
                        }
                        case IpvsCommand.DeleteDestination c -> {
                            IpvsRequestEncoder.serviceKey(w, c.key());
                            IpvsRequestEncoder.destinationKey(w, c.address(), c.port());
                        }
                    }
                }
            }, (index, errno, extAck) -> {
                IpvsCommand c = commands.get(index);
                failures.failed(index, new IpvsException(c.operation(), errno, c.subject(), extAck, null));
            });
        } catch (NetlinkException e) {
            throw new IpvsException(commands.getFirst().operation(),
                    "pipelined commands: " + e.getMessage(), e);
        }
    }

    @Override
    public List<IpvsDestinationEntry> destinations(IpvsServiceKey service) {
        NlMessageWriter w = genl.request(family, CMD_GET_DEST, 0);
        IpvsRequestEncoder.serviceKey(w, service);
        AddressFamily af = service.family();
        return dump(IpvsOperation.GET_DESTINATIONS, w, m -> IpvsReplyDecoder.destination(m, af));
    }

    @Override
    public IpvsTimeouts timeouts() {
        NlMessageWriter w = genl.request(family, CMD_GET_CONFIG, 0);
        List<IpvsTimeouts> out = new ArrayList<>(1);
        transact(IpvsOperation.GET_TIMEOUTS, "", w, m -> out.add(IpvsReplyDecoder.timeouts(m)));
        return single(IpvsOperation.GET_TIMEOUTS, out);
    }

    @Override
    public void setTimeouts(IpvsTimeouts timeouts) {
        NlMessageWriter w = genl.request(family, CMD_SET_CONFIG, 0);
        IpvsRequestEncoder.timeouts(w, timeouts);
        ack(IpvsOperation.SET_TIMEOUTS, "", w);
    }

    @Override
    public void startSyncDaemon(SyncDaemon daemon) {
        NlMessageWriter w = genl.request(family, CMD_NEW_DAEMON, 0);
        IpvsRequestEncoder.daemon(w, daemon);
        ack(IpvsOperation.START_DAEMON, "", w);
    }

    @Override
    public void stopSyncDaemon(SyncDaemon.State state) {
        NlMessageWriter w = genl.request(family, CMD_DEL_DAEMON, 0);
        IpvsRequestEncoder.daemonState(w, state);
        ack(IpvsOperation.STOP_DAEMON, "", w);
    }

    @Override
    public List<SyncDaemon> syncDaemons() {
        NlMessageWriter w = genl.request(family, CMD_GET_DAEMON, 0);
        return dump(IpvsOperation.GET_DAEMONS, w, IpvsReplyDecoder::daemon);
    }

    @Override
    public void flush() {
        ack(IpvsOperation.FLUSH, "", genl.request(family, CMD_FLUSH, 0));
    }

    @Override
    public void zero() {
        ack(IpvsOperation.ZERO, "", genl.request(family, CMD_ZERO, 0));
    }

    @Override
    public void zero(IpvsServiceKey key) {
        NlMessageWriter w = genl.request(family, CMD_ZERO, 0);
        IpvsRequestEncoder.serviceKey(w, key);
        ack(IpvsOperation.ZERO, key.toString(), w);
    }

    @Override
    public IpvsInfo info() {
        NlMessageWriter w = genl.request(family, CMD_GET_INFO, 0);
        List<IpvsInfo> out = new ArrayList<>(1);
        transact(IpvsOperation.GET_INFO, "", w, m -> out.add(IpvsReplyDecoder.info(m)));
        return single(IpvsOperation.GET_INFO, out);
    }

    /** @return the resolved {@code IPVS} family (id, version) */
    public GenlFamily family() {
        return family;
    }

    @Override
    public void close() {
        genl.close();
    }

    private void ack(IpvsOperation op, String subject, NlMessageWriter w) {
        try {
            genl.ack(w);
        } catch (NetlinkException e) {
            throw translate(op, subject, e);
        }
    }

    private void transact(IpvsOperation op, String subject, NlMessageWriter w, Consumer<NlMsgHdrFlyweight> each) {
        try {
            genl.transact(w, each::accept);
        } catch (NetlinkException e) {
            throw translate(op, subject, e);
        } catch (IpvsReplyDecoder.MalformedReplyException e) {
            throw new IpvsException(op, e.getMessage(), e);
        }
    }

    private <T> List<T> dump(IpvsOperation op, NlMessageWriter w, Function<NlMsgHdrFlyweight, T> decode) {
        List<T> out = new ArrayList<>();
        try {
            genl.dump(w, new MessageHandler() {
                @Override
                public void onMessage(NlMsgHdrFlyweight message) {
                    out.add(decode.apply(message));
                }

                @Override
                public void onDumpRestart() {
                    out.clear();
                }
            });
        } catch (NetlinkException e) {
            throw translate(op, "", e);
        } catch (IpvsReplyDecoder.MalformedReplyException e) {
            throw new IpvsException(op, e.getMessage(), e);
        }
        return out;
    }

    private static <T> T single(IpvsOperation op, List<T> answers) {
        if (answers.size() != 1) {
            throw new IpvsException(op, "expected one answer, the kernel sent " + answers.size(), null);
        }
        return answers.getFirst();
    }

    private static IpvsException translate(IpvsOperation op, String subject, NetlinkException e) {
        return e.errnoCode() != 0 ? new IpvsException(op, e.errnoCode(), subject, e.extAckMessage(), e)
                : new IpvsException(op, e.getMessage(), e);
    }

    private static String subject(IpvsServiceKey service, InetAddress address, int port) {
        return service + " -> " + IpvsFormat.address(address) + ":" + port;
    }
}
