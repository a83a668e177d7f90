package org.keepalived4j.check.ipvs;

import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.keepalived4j.netlink.ipvs.InMemoryIpvsTable;
import org.keepalived4j.netlink.ipvs.IpvsCommand;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsDestinationEntry;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsInfo;
import org.keepalived4j.netlink.ipvs.IpvsOperation;
import org.keepalived4j.netlink.ipvs.IpvsService;
import org.keepalived4j.netlink.ipvs.IpvsServiceEntry;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;
import org.keepalived4j.netlink.ipvs.IpvsTable;
import org.keepalived4j.netlink.ipvs.IpvsTimeouts;
import org.keepalived4j.netlink.ipvs.SyncDaemon;

/**
 * An {@link InMemoryIpvsTable} that records every changing call ({@code "add 10.0.0.1:tcp:80"}) and can be told to
 * fail the next calls of an operation with an errno. {@link #kernel()} is the table itself, to change "behind the
 * reconciler's back".
 */
public final class RecordingIpvsTable implements IpvsTable {

    private record Fault(IpvsOperation op, int errno) {
    }

    private final InMemoryIpvsTable kernel = new InMemoryIpvsTable();
    private final List<String> calls = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private int reads;
    private boolean loseNextBatch;

    public InMemoryIpvsTable kernel() {
        return kernel;
    }

    public List<String> calls() {
        return calls;
    }

    public int reads() {
        return reads;
    }

    public void clear() {
        calls.clear();
        reads = 0;
    }

    /**
     * The next {@link #execute} runs its commands but then throws, as a netlink pipeline whose answers the kernel
     * dropped: the caller cannot know what happened.
     */
    public void loseNextBatch() {
        loseNextBatch = true;
    }

    @Override
    public void execute(List<? extends IpvsCommand> commands, Failures failures) {
        IpvsTable.super.execute(commands, loseNextBatch ? (i, e) -> { } : failures);
        if (loseNextBatch) {
            loseNextBatch = false;
            throw new IpvsException(commands.getFirst().operation(), IpvsException.ENOBUFS, "pipeline");
        }
    }

    /** The next call of {@code op} fails with {@code errno} (queue several for several calls). */
    public void failNext(IpvsOperation op, int errno) {
        faults.add(new Fault(op, errno));
    }

    private void maybeFail(IpvsOperation op, String subject) {
        for (Fault f : faults) {
            if (f.op() == op) {
                faults.remove(f);
                throw new IpvsException(op, f.errno(), subject);
            }
        }
    }

    @Override
    public void addService(IpvsService service) {
        calls.add("add " + service.key());
        maybeFail(IpvsOperation.ADD_SERVICE, service.key().toString());
        kernel.addService(service);
    }

    @Override
    public void editService(IpvsService service) {
        calls.add("edit " + service.key());
        maybeFail(IpvsOperation.EDIT_SERVICE, service.key().toString());
        kernel.editService(service);
    }

    @Override
    public void deleteService(IpvsServiceKey key) {
        calls.add("del " + key);
        maybeFail(IpvsOperation.DELETE_SERVICE, key.toString());
        kernel.deleteService(key);
    }

    @Override
    public List<IpvsServiceEntry> services() {
        reads++;
        maybeFail(IpvsOperation.GET_SERVICES, "");
        return kernel.services();
    }

    @Override
    public Optional<IpvsServiceEntry> service(IpvsServiceKey key) {
        reads++;
        maybeFail(IpvsOperation.GET_SERVICES, key.toString());
        return kernel.service(key);
    }

    @Override
    public void addDestination(IpvsServiceKey service, IpvsDestination d) {
        calls.add("add " + service + " -> " + d.address().getHostAddress() + ":" + d.port());
        maybeFail(IpvsOperation.ADD_DESTINATION, service.toString());
        kernel.addDestination(service, d);
    }

    @Override
    public void editDestination(IpvsServiceKey service, IpvsDestination d) {
        calls.add("edit " + service + " -> " + d.address().getHostAddress() + ":" + d.port() + " w" + d.weight());
        maybeFail(IpvsOperation.EDIT_DESTINATION, service.toString());
        kernel.editDestination(service, d);
    }

    @Override
    public void deleteDestination(IpvsServiceKey service, InetAddress address, int port) {
        calls.add("del " + service + " -> " + address.getHostAddress() + ":" + port);
        maybeFail(IpvsOperation.DELETE_DESTINATION, service.toString());
        kernel.deleteDestination(service, address, port);
    }

    @Override
    public List<IpvsDestinationEntry> destinations(IpvsServiceKey service) {
        reads++;
        maybeFail(IpvsOperation.GET_DESTINATIONS, service.toString());
        return kernel.destinations(service);
    }

    @Override
    public IpvsTimeouts timeouts() {
        return kernel.timeouts();
    }

    @Override
    public void setTimeouts(IpvsTimeouts timeouts) {
        calls.add("timeouts " + timeouts.tcpSeconds() + " " + timeouts.tcpFinSeconds() + " " + timeouts.udpSeconds());
        kernel.setTimeouts(timeouts);
    }

    @Override
    public void startSyncDaemon(SyncDaemon daemon) {
        calls.add("start-daemon " + daemon.state() + " " + daemon.interfaceName() + " " + daemon.syncId());
        maybeFail(IpvsOperation.START_DAEMON, "");
        kernel.startSyncDaemon(daemon);
    }

    @Override
    public void stopSyncDaemon(SyncDaemon.State state) {
        calls.add("stop-daemon " + state);
        maybeFail(IpvsOperation.STOP_DAEMON, "");
        kernel.stopSyncDaemon(state);
    }

    @Override
    public List<SyncDaemon> syncDaemons() {
        return kernel.syncDaemons();
    }

    @Override
    public void flush() {
        calls.add("flush");
        maybeFail(IpvsOperation.FLUSH, "");
        kernel.flush();
    }

    @Override
    public void zero() {
        kernel.zero();
    }

    @Override
    public void zero(IpvsServiceKey key) {
        kernel.zero(key);
    }

    @Override
    public IpvsInfo info() {
        return kernel.info();
    }

    @Override
    public void close() {
        calls.add("close");
    }
}
