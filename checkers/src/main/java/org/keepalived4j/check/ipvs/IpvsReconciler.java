package org.keepalived4j.check.ipvs;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.keepalived4j.config.model.LvsFlushOnStop;
import org.keepalived4j.netlink.ipvs.IpvsCommand;
import org.keepalived4j.netlink.ipvs.IpvsDestination;
import org.keepalived4j.netlink.ipvs.IpvsDestinationEntry;
import org.keepalived4j.netlink.ipvs.IpvsException;
import org.keepalived4j.netlink.ipvs.IpvsService;
import org.keepalived4j.netlink.ipvs.IpvsServiceEntry;
import org.keepalived4j.netlink.ipvs.IpvsServiceKey;
import org.keepalived4j.netlink.ipvs.IpvsTable;

/**
 * Makes the kernel's IPVS table hold the {@link DesiredIpvsTable} with as few commands as it can, and keeps it so.
 *
 * <ul>
 *   <li><b>Minimal change.</b> {@link #apply} diffs the desired table against what it believes the kernel holds (its
 *       last reading plus what it changed since), so a checker flipping one real server costs one command. A changed
 *       service or destination is edited ({@code IP_VS_SO_SET_EDIT}/{@code EDITDEST}: scheduler, flags, persistence,
 *       weight, thresholds, forwarding and tunnel all change in place), never deleted and re-added, so its
 *       connections survive.</li>
 *   <li><b>Ownership.</b> Only services in the desired table are touched; a service another tool created elsewhere
 *       in the table is left alone. A desired service that already exists is adopted (keepalived's {@code EEXIST}
 *       on add is not an error) and is ours from then on: its destinations follow the desired table. On stop,
 *       {@link #release} removes what we own as keepalived's {@code clear_services} does, per
 *       {@code lvs_flush_on_stop}.</li>
 *   <li><b>Drift.</b> {@link #resync} re-reads the kernel (up to {@value #SERVICES_PER_RESYNC} owned services in
 *       turn, each with its destinations) and puts back whatever was deleted or
 *       altered behind our back, logging each repair.</li>
 *   <li><b>Errors.</b> {@code EEXIST} on add becomes an edit, {@code ENOENT} on edit becomes an add (as keepalived's
 *       {@code ipvs_talk}), {@code ENOENT}/{@code ESRCH} on delete means already gone. Any other error is logged with
 *       keepalived's line and the entry is retried on the next {@link #apply} or {@link #resync}; the same error is
 *       logged again only after the entry succeeded in between.</li>
 * </ul>
 * Not thread-safe: the thread that owns the {@link IpvsTable} calls it.
 */
public final class IpvsReconciler {

    /** What we believe the kernel holds for one owned service. */
    private static final class Known {
        IpvsService service;
        final Map<InetSocketAddress, IpvsDestination> destinations = new LinkedHashMap<>();

        Known(IpvsService service) {
            this.service = service;
        }
    }

    /** Services (each with its destinations) one {@link #resync} reads back, at most. */
    static final int SERVICES_PER_RESYNC = 4;

    private final IpvsTable table;
    private final IpvsLog log;
    private final Map<IpvsServiceKey, Known> owned = new LinkedHashMap<>();
    private final Set<String> reportedErrors = new HashSet<>();
    private DesiredIpvsTable desired = DesiredIpvsTable.EMPTY;
    private boolean read;
    private int resyncCursor;
    private long commands;
    private long failures;
    private long repairs;
    /** The last {@link #apply} went through without a failure: what we own is what {@link #desired} says. */
    private boolean settled;

    /**
     * @param table the kernel's table (or a fake)
     * @param log   where lines go
     */
    public IpvsReconciler(IpvsTable table, IpvsLog log) {
        this.table = Objects.requireNonNull(table, "table");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Brings the kernel to {@code next}: adds, edits and deletes services and destinations. The first call reads
     * the kernel first, to adopt services that are already there. The commands go to the kernel together
     * ({@link IpvsTable#execute}: pipelined, many per netlink datagram); the rare failures that need a second
     * command (EEXIST on add, ENOENT on edit) are then handled one by one.
     */
    public void apply(DesiredIpvsTable next) {
        desired = Objects.requireNonNull(next, "next");
        settled = false;
        long failuresBefore = failures;
        if (!read) {
            read = true;
            if (!readKernel(false)) {
                read = false;
            }
        }
        Batch batch = new Batch();
        for (DesiredService s : next.services().values()) {
            plan(s, batch);
        }
        for (IpvsServiceKey key : owned.keySet()) {
            if (!next.services().containsKey(key)) {
                batch.add(new IpvsCommand.DeleteService(key), () -> {
                    succeeded(key, null);
                    owned.remove(key);
                }, e -> {
                    if (e.noSuchService()) {
                        owned.remove(key);
                    } else {
                        fail(key.toString(), e);
                    }
                });
            }
        }
        if (batch.run()) {
            batch.redo(next);
            settled = read && failures == failuresBefore;
        }
    }

    /** The commands that bring one desired service about, with what each one's outcome means. */
    private void plan(DesiredService want, Batch batch) {
        IpvsService service = want.service();
        IpvsServiceKey key = service.key();
        Known known = owned.get(key);
        if (known == null) {
            Known fresh = new Known(service);
            batch.add(new IpvsCommand.AddService(service), () -> {
                succeeded(key, null);
                owned.put(key, fresh);
            }, e -> {
                if (e.alreadyExists()) {
                    batch.redo.add(key); // created since we last read the kernel: adopt it afterwards
                } else {
                    fail(key.toString(), e); // its destinations' ESRCH then says nothing new
                }
            });
            for (IpvsDestination d : want.destinations().values()) {
                batch.add(new IpvsCommand.AddDestination(key, d), () -> added(key, d),
                        e -> destinationFailed(batch, key, d, e));
            }
            return;
        }
        if (!known.service.equals(service)) {
            batch.add(new IpvsCommand.EditService(service), () -> {
                succeeded(key, null);
                known.service = service;
            }, e -> {
                if (e.noSuchService()) {
                    owned.remove(key); // vanished: add it again afterwards
                    batch.redo.add(key);
                } else {
                    fail(key.toString(), e);
                }
            });
        }
        for (Map.Entry<InetSocketAddress, IpvsDestination> e : want.destinations().entrySet()) {
            IpvsDestination have = known.destinations.get(e.getKey());
            IpvsDestination d = e.getValue();
            if (have == null) {
                batch.add(new IpvsCommand.AddDestination(key, d), () -> added(key, d),
                        f -> destinationFailed(batch, key, d, f));
            } else if (!have.equals(d)) {
                batch.add(new IpvsCommand.EditDestination(key, d), () -> added(key, d),
                        f -> destinationFailed(batch, key, d, f));
            }
        }
        for (Map.Entry<InetSocketAddress, IpvsDestination> e : known.destinations.entrySet()) {
            if (!want.destinations().containsKey(e.getKey())) {
                IpvsDestination d = e.getValue();
                batch.add(new IpvsCommand.DeleteDestination(key, d.address(), d.port()), () -> {
                    succeeded(key, d);
                    removed(key, d);
                }, f -> {
                    if (f.noSuchDestination() || f.noSuchService()) {
                        removed(key, d);
                    } else {
                        fail(subject(key, d), f);
                    }
                });
            }
        }
    }

    private void added(IpvsServiceKey key, IpvsDestination d) {
        succeeded(key, d);
        Known k = owned.get(key);
        if (k != null) {
            k.destinations.put(DesiredService.keyOf(d), d);
        }
    }

    private void removed(IpvsServiceKey key, IpvsDestination d) {
        Known k = owned.get(key);
        if (k != null) {
            k.destinations.remove(DesiredService.keyOf(d));
        }
    }

    /** A pipelined destination command failed: its own fallback now, or nothing if its service is redone anyway. */
    private void destinationFailed(Batch batch, IpvsServiceKey key, IpvsDestination d, IpvsException e) {
        Known known = owned.get(key);
        if (batch.redo.contains(key) || known == null) {
            return;
        }
        if (e.alreadyExists()) {
            editDestination(key, d, known);
        } else if (e.noSuchDestination()) {
            known.destinations.remove(DesiredService.keyOf(d));
            addDestination(key, d, known);
        } else {
            destinationFailed(key, d, e);
        }
    }

    /**
     * Commands sent together, each with what its success and its failure mean; then the services whose add or edit
     * went wrong in a way that needs a second look ({@link #redo}), put right one command at a time.
     */
    private final class Batch {
        private final List<IpvsCommand> queued = new ArrayList<>();
        private final List<Runnable> onSuccess = new ArrayList<>();
        private final List<Consumer<IpvsException>> onFailure = new ArrayList<>();
        final Set<IpvsServiceKey> redo = new LinkedHashSet<>();

        void add(IpvsCommand command, Runnable ok, Consumer<IpvsException> failed) {
            queued.add(command);
            onSuccess.add(ok);
            onFailure.add(failed);
        }

        /** @return true if the outcomes are known (else the kernel is re-read on the next apply) */
        boolean run() {
            if (queued.isEmpty()) {
                return true;
            }
            commands += queued.size();
            IpvsException[] failed = new IpvsException[queued.size()];
            try {
                table.execute(queued, (i, e) -> failed[i] = e);
            } catch (IpvsException e) {
                failures++;
                log.error(e.getMessage());
                read = false;
                return false;
            }
            for (int i = 0; i < failed.length; i++) {
                if (failed[i] == null) {
                    onSuccess.get(i).run();
                } else {
                    onFailure.get(i).accept(failed[i]);
                }
            }
            return true;
        }

        /** The services to look at again: adopted after EEXIST, or added again after they vanished. */
        void redo(DesiredIpvsTable next) {
            for (IpvsServiceKey key : redo) {
                DesiredService s = next.services().get(key);
                if (s == null) {
                    continue;
                }
                Known known = ensureService(s.service());
                if (known != null) {
                    syncDestinations(s, known);
                }
            }
        }
    }

    /**
     * Re-reads the kernel's entries for the services we own or want, logs what drifted and repairs it. When nothing
     * drifted, the last apply went through and no failed entry waits for a retry, the table is already as desired
     * and the diff is skipped (it walks every destination: 100,000 of them on a big director, every few seconds).
     */
    public void resync() {
        long repairsBefore = repairs;
        boolean readOk = readKernel(true);
        if (readOk) {
            read = true;
            if (settled && repairs == repairsBefore && reportedErrors.isEmpty()) {
                return;
            }
        }
        apply(desired);
    }

    /**
     * Removes what keepalived would remove on stop ({@code clear_services}): with {@link LvsFlushOnStop#NONE} each
     * destination we added, then each service we own; with {@link LvsFlushOnStop#VS} each service we own; with
     * {@link LvsFlushOnStop#ALL} the whole table ({@code ipvsadm -C}).
     */
    public void release(LvsFlushOnStop mode) {
        settled = false;
        Batch batch = new Batch();
        switch (mode) {
            case ALL -> flush();
            case VS -> owned.keySet().forEach(key -> releaseService(batch, key));
            case NONE -> {
                for (Map.Entry<IpvsServiceKey, Known> e : owned.entrySet()) {
                    IpvsServiceKey key = e.getKey();
                    for (IpvsDestination d : e.getValue().destinations.values()) {
                        batch.add(new IpvsCommand.DeleteDestination(key, d.address(), d.port()), () -> { }, f -> {
                            if (!f.noSuchDestination() && !f.noSuchService()) {
                                fail(subject(key, d), f);
                            }
                        });
                    }
                    releaseService(batch, key);
                }
            }
        }
        batch.run();
        owned.clear();
        desired = DesiredIpvsTable.EMPTY;
    }

    private void releaseService(Batch batch, IpvsServiceKey key) {
        batch.add(new IpvsCommand.DeleteService(key), () -> { }, f -> {
            if (!f.noSuchService()) {
                fail(key.toString(), f);
            }
        });
    }

    /** Empties the whole IPVS table ({@code lvs_flush} at start, {@code lvs_flush_on_stop} at stop). */
    public void flush() {
        commands++;
        settled = false;
        try {
            table.flush();
            owned.clear();
            read = true;
        } catch (IpvsException e) {
            fail("flush", e);
        }
    }

    /** The services we own now. */
    public Set<IpvsServiceKey> ownedServices() {
        return Set.copyOf(owned.keySet());
    }

    /** Changing commands sent to the kernel so far (add, edit, delete, flush). */
    public long commands() {
        return commands;
    }

    /** Commands the kernel refused with an error we could not work around. */
    public long failures() {
        return failures;
    }

    /** Entries found deleted or altered behind our back and put back. */
    public long repairs() {
        return repairs;
    }

    // ---- kernel reading ----

    /**
     * Reads the kernel's state of owned and desired services into {@link #owned}; false if the read failed. The
     * first read (to adopt what is already there) takes one dump of every service and one destination dump per
     * service. A re-read ({@code reportDrift}) reads at most {@link #SERVICES_PER_RESYNC} of the owned and desired
     * services, in turn, each with one {@code GET_SERVICE} and one destination dump: its cost does not grow with the
     * table (with 4 per resync every 5 s, a table of 40 services is all read every 50 s, 10,000 services within
     * three and a half hours; a table of up to 4 services at every resync).
     */
    private boolean readKernel(boolean reportDrift) {
        return reportDrift ? readWindow() : readAll();
    }

    private boolean readAll() {
        Map<IpvsServiceKey, IpvsService> kernel = new LinkedHashMap<>();
        try {
            for (IpvsServiceEntry e : table.services()) {
                kernel.put(e.service().key(), e.service());
            }
        } catch (IpvsException e) {
            fail("list", e);
            return false;
        }
        Set<IpvsServiceKey> keys = new LinkedHashSet<>(owned.keySet());
        keys.addAll(desired.services().keySet());
        for (IpvsServiceKey key : keys) {
            IpvsService actual = kernel.get(key);
            if (actual == null) {
                owned.remove(key);
            } else {
                readDestinations(key, actual, false);
            }
        }
        return true;
    }

    private boolean readWindow() {
        Set<IpvsServiceKey> known = new LinkedHashSet<>(owned.keySet());
        known.addAll(desired.services().keySet());
        List<IpvsServiceKey> keys = new ArrayList<>(known);
        if (keys.isEmpty()) {
            return true;
        }
        int first = resyncCursor % keys.size();
        int count = Math.min(SERVICES_PER_RESYNC, keys.size());
        for (int i = 0; i < count; i++) {
            IpvsServiceKey key = keys.get((first + i) % keys.size());
            IpvsService actual;
            try {
                actual = table.service(key).map(IpvsServiceEntry::service).orElse(null);
            } catch (IpvsException e) {
                fail("list " + key, e);
                return false;
            }
            if (actual == null) {
                if (owned.remove(key) != null) {
                    log.info("IPVS: service " + key + " was removed behind our back; restoring it");
                    repairs++;
                }
                continue;
            }
            readDestinations(key, actual, true);
        }
        resyncCursor = (first + count) % keys.size();
        return true;
    }

    /** Reads one service's destinations into {@link #owned} (kept as it was when the read fails). */
    private void readDestinations(IpvsServiceKey key, IpvsService actual, boolean reportDrift) {
        Known before = owned.get(key);
        Known now = new Known(actual);
        try {
            for (IpvsDestinationEntry d : table.destinations(key)) {
                now.destinations.put(DesiredService.keyOf(d.destination()), d.destination());
            }
        } catch (IpvsException e) {
            fail("list " + key, e);
            return;
        }
        if (before != null && reportDrift) {
            reportDrift(key, before, now);
        }
        if (before != null || desired.services().containsKey(key)) {
            owned.put(key, now);
        }
    }

    private void reportDrift(IpvsServiceKey key, Known before, Known now) {
        if (!before.service.equals(now.service)) {
            log.info("IPVS: service " + key + " was changed behind our back; restoring it");
            repairs++;
        }
        for (Map.Entry<InetSocketAddress, IpvsDestination> e : before.destinations.entrySet()) {
            IpvsDestination actual = now.destinations.get(e.getKey());
            if (actual == null) {
                log.info("IPVS: destination " + e.getValue() + " of " + key
                        + " was removed behind our back; restoring it");
                repairs++;
            } else if (!actual.equals(e.getValue())) {
                log.info("IPVS: destination " + actual + " of " + key + " was changed behind our back; restoring "
                        + e.getValue());
                repairs++;
            }
        }
        for (Map.Entry<InetSocketAddress, IpvsDestination> e : now.destinations.entrySet()) {
            if (!before.destinations.containsKey(e.getKey())) {
                log.info("IPVS: destination " + e.getValue() + " was added to " + key
                        + " behind our back; removing it");
                repairs++;
            }
        }
    }

    // ---- services ----

    /** How an edit went. */
    private enum Edit { DONE, GONE, FAILED }

    /** Makes the service exist with the desired settings; returns what we know of it, null if it failed. */
    private Known ensureService(IpvsService want) {
        IpvsServiceKey key = want.key();
        Known known = owned.get(key);
        if (known != null) {
            if (known.service.equals(want)) {
                return known;
            }
            Edit edit = editService(want);
            if (edit == Edit.DONE) {
                known.service = want;
                return known;
            }
            if (edit == Edit.FAILED) {
                return null;
            }
            owned.remove(key); // vanished: add it again below
        }
        commands++;
        try {
            table.addService(want);
            succeeded(key, null);
            known = new Known(want);
            owned.put(key, known);
            return known;
        } catch (IpvsException e) {
            if (!e.alreadyExists()) {
                fail(key.toString(), e);
                return null;
            }
        }
        // EEXIST: created since we last read the kernel: adopt it with its destinations, then set it as we want it.
        known = new Known(want);
        try {
            for (IpvsDestinationEntry d : table.destinations(key)) {
                known.destinations.put(DesiredService.keyOf(d.destination()), d.destination());
            }
        } catch (IpvsException e) {
            fail("list " + key, e);
            return null;
        }
        if (editService(want) != Edit.DONE) {
            return null;
        }
        owned.put(key, known);
        return known;
    }

    private Edit editService(IpvsService want) {
        commands++;
        try {
            table.editService(want);
            succeeded(want.key(), null);
            return Edit.DONE;
        } catch (IpvsException e) {
            if (e.noSuchService()) {
                return Edit.GONE;
            }
            fail(want.key().toString(), e);
            return Edit.FAILED;
        }
    }

    /** Deletes a service; true when it is gone (deleted now or already). */
    private boolean deleteService(IpvsServiceKey key) {
        commands++;
        try {
            table.deleteService(key);
            succeeded(key, null);
            return true;
        } catch (IpvsException e) {
            if (e.noSuchService()) {
                return true;
            }
            fail(key.toString(), e);
            return false;
        }
    }

    // ---- destinations ----

    private void syncDestinations(DesiredService want, Known known) {
        IpvsServiceKey key = want.service().key();
        for (Map.Entry<InetSocketAddress, IpvsDestination> e : want.destinations().entrySet()) {
            IpvsDestination have = known.destinations.get(e.getKey());
            if (have == null) {
                addDestination(key, e.getValue(), known);
            } else if (!have.equals(e.getValue())) {
                editDestination(key, e.getValue(), known);
            }
            if (!owned.containsKey(key)) {
                return; // the service vanished under us; the next resync restores it
            }
        }
        List<IpvsDestination> extra = new ArrayList<>();
        for (Map.Entry<InetSocketAddress, IpvsDestination> e : known.destinations.entrySet()) {
            if (!want.destinations().containsKey(e.getKey())) {
                extra.add(e.getValue());
            }
        }
        for (IpvsDestination d : extra) {
            if (deleteDestination(key, d)) {
                known.destinations.remove(DesiredService.keyOf(d));
            }
        }
    }

    private void addDestination(IpvsServiceKey key, IpvsDestination d, Known known) {
        commands++;
        try {
            table.addDestination(key, d);
            succeeded(key, d);
            known.destinations.put(DesiredService.keyOf(d), d);
        } catch (IpvsException e) {
            if (e.alreadyExists()) {
                editDestination(key, d, known);
            } else {
                destinationFailed(key, d, e);
            }
        }
    }

    private void editDestination(IpvsServiceKey key, IpvsDestination d, Known known) {
        commands++;
        try {
            table.editDestination(key, d);
            succeeded(key, d);
            known.destinations.put(DesiredService.keyOf(d), d);
        } catch (IpvsException e) {
            if (e.noSuchDestination()) {
                known.destinations.remove(DesiredService.keyOf(d));
                addDestination(key, d, known);
            } else {
                destinationFailed(key, d, e);
            }
        }
    }

    private boolean deleteDestination(IpvsServiceKey key, IpvsDestination d) {
        commands++;
        try {
            table.deleteDestination(key, d.address(), d.port());
            succeeded(key, d);
            return true;
        } catch (IpvsException e) {
            if (e.noSuchDestination() || e.noSuchService()) {
                return true;
            }
            fail(subject(key, d), e);
            return false;
        }
    }

    private void destinationFailed(IpvsServiceKey key, IpvsDestination d, IpvsException e) {
        if (e.noSuchService()) {
            owned.remove(key); // gone behind our back: the next apply or resync adds it again
        }
        fail(subject(key, d), e);
    }

    private static String subject(IpvsServiceKey key, IpvsDestination d) {
        return key + " -> " + DesiredService.keyOf(d);
    }

    /** Forgets the reported errors of an entry that now succeeded (the subject is built only if there are any). */
    private void succeeded(IpvsServiceKey key, IpvsDestination d) {
        if (!reportedErrors.isEmpty()) {
            String subject = d == null ? key.toString() : subject(key, d);
            reportedErrors.removeIf(m -> m.startsWith(subject + "|"));
        }
    }

    private void fail(String subject, IpvsException e) {
        failures++;
        if (reportedErrors.add(subject + "|" + e.getMessage())) {
            log.error(e.getMessage());
        }
    }
}
