package org.keepalived4j.netlink.ipvs;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * The kernel's IPVS table: what the checkers' reconciler reads and changes. {@link GenlIpvsTable} talks to the
 * kernel; {@link InMemoryIpvsTable} mimics it for unit tests, errors included.
 *
 * <p>Every failure is an {@link IpvsException} carrying the kernel's errno; the usual ones:
 * <table>
 *   <caption>Errors</caption>
 *   <tr><th>Call</th><th>errno</th><th>Predicate</th></tr>
 *   <tr><td>{@link #addService}</td><td>EEXIST, ENOENT (unknown scheduler)</td>
 *       <td>{@code alreadyExists}, {@code schedulerNotFound}</td></tr>
 *   <tr><td>{@link #editService}, {@link #deleteService}, {@link #zero(IpvsServiceKey)}</td><td>ESRCH</td>
 *       <td>{@code noSuchService}</td></tr>
 *   <tr><td>{@link #addDestination}</td><td>ESRCH (no service), EEXIST</td><td></td></tr>
 *   <tr><td>{@link #editDestination}, {@link #deleteDestination}</td><td>ESRCH (no service), ENOENT</td>
 *       <td>{@code noSuchDestination}</td></tr>
 *   <tr><td>{@link #startSyncDaemon}</td><td>EEXIST</td><td></td></tr>
 *   <tr><td>{@link #stopSyncDaemon}</td><td>ESRCH</td><td></td></tr>
 * </table>
 * Implementations are not thread-safe: one owner thread calls them.
 */
public interface IpvsTable extends AutoCloseable {

    /** @param service to add ({@code ipvsadm -A}) */
    void addService(IpvsService service);

    /** @param service new settings for the service with the same key ({@code ipvsadm -E}) */
    void editService(IpvsService service);

    /** @param key the service to remove, with its destinations ({@code ipvsadm -D}) */
    void deleteService(IpvsServiceKey key);

    /** @return every service ({@code ipvsadm -Ln}), in the kernel's order */
    List<IpvsServiceEntry> services();

    /** @param key a service @return it, or empty when there is no such service */
    Optional<IpvsServiceEntry> service(IpvsServiceKey key);

    /** @param service the service @param destination to add to it ({@code ipvsadm -a}) */
    void addDestination(IpvsServiceKey service, IpvsDestination destination);

    /** @param service the service @param destination new settings for the destination at the same address and port */
    void editDestination(IpvsServiceKey service, IpvsDestination destination);

    /**
     * @param service the service
     * @param address the real server's address
     * @param port the real server's port
     */
    void deleteDestination(IpvsServiceKey service, InetAddress address, int port);

    /**
     * @param service the service
     * @return its destinations; empty for a service without any (and, as the kernel answers, for an unknown one)
     */
    List<IpvsDestinationEntry> destinations(IpvsServiceKey service);

    /** Where {@link #execute} reports a command that failed. */
    @FunctionalInterface
    interface Failures {
        /** @param index the command's index in the list @param failure why it failed */
        void failed(int index, IpvsException failure);
    }

    /**
     * Runs the commands in order, each as if called on its own: a failure is reported and the next command is tried
     * all the same (so an {@link IpvsCommand.AddDestination} after a failed {@link IpvsCommand.AddService} of its
     * service fails with ESRCH). Commands not reported succeeded. The kernel's table sends them pipelined (many per
     * netlink datagram), which is what makes programming a large table fast; this default calls them one by one.
     *
     * @param commands what to run
     * @param failures gets each failed command's index and exception
     * @throws IpvsException when the outcome of some commands is unknown (the caller must re-read the table)
     */
    default void execute(List<? extends IpvsCommand> commands, Failures failures) {
        for (int i = 0; i < commands.size(); i++) {
            try {
                switch (commands.get(i)) {
                    case IpvsCommand.AddService c -> addService(c.service());
                    case IpvsCommand.EditService c -> editService(c.service());
                    case IpvsCommand.DeleteService c -> deleteService(c.key());
                    case IpvsCommand.AddDestination c -> addDestination(c.key(), c.destination());
                    case IpvsCommand.EditDestination c -> editDestination(c.key(), c.destination());
                    case IpvsCommand.DeleteDestination c -> deleteDestination(c.key(), c.address(), c.port());
                }
            } catch (IpvsException e) {
                failures.failed(i, e);
            }
        }
    }

    /** @return the connection timeouts ({@code ipvsadm -L --timeout}) */
    IpvsTimeouts timeouts();

    /** @param timeouts new timeouts; a 0 leaves that value as it is ({@code ipvsadm --set}) */
    void setTimeouts(IpvsTimeouts timeouts);

    /** @param daemon sync daemon to start ({@code ipvsadm --start-daemon}) */
    void startSyncDaemon(SyncDaemon daemon);

    /** @param state which daemon to stop ({@code ipvsadm --stop-daemon}) */
    void stopSyncDaemon(SyncDaemon.State state);

    /** @return the running sync daemons ({@code ipvsadm -L --daemon}) */
    List<SyncDaemon> syncDaemons();

    /** Removes every service and destination ({@code ipvsadm -C}). */
    void flush();

    /** Zeroes the counters of every service ({@code ipvsadm -Z}). */
    void zero();

    /** @param key the service whose counters to zero ({@code ipvsadm -Z -t ...}) */
    void zero(IpvsServiceKey key);

    /** @return IPVS version and connection table size */
    IpvsInfo info();

    /** Releases the socket, if any. */
    @Override
    void close();
}
