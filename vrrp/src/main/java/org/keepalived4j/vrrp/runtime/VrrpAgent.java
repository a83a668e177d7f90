package org.keepalived4j.vrrp.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.keepalived4j.vrrp.codec.AdvertValidator;
import org.keepalived4j.vrrp.codec.DecodeResult;
import org.keepalived4j.vrrp.codec.ReceivedAdvert;
import org.keepalived4j.vrrp.codec.VrrpAdvertEncoder;
import org.keepalived4j.vrrp.codec.VrrpPacketDecoder;
import org.keepalived4j.vrrp.state.InstanceParams;
import org.keepalived4j.vrrp.state.NotifyScripts;
import org.keepalived4j.vrrp.state.SyncGroup;
import org.keepalived4j.vrrp.state.VrrpInstance;
import org.keepalived4j.vrrp.state.VrrpState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns every VRRP instance on one thread (role "vrrp"), Agrona style: {@link #doWork(long)} drains commands from
 * other threads, then received frames, then due deadlines; between cycles the thread blocks in {@link Poller}
 * until the next deadline or packet. Nothing is allocated per packet on the steady path (the decoder, validator,
 * encoder, buffers and the advert view are reused); see {@link PcapPacketIo} for libpcap's own allocation.
 *
 * <p>Use: {@link #addInstance}, {@link #addSyncGroup}, then either {@link #startThread()} (production) or
 * {@link #start(long)} and {@link #doWork(long)} with a fake clock (tests: the invoker mode). Other threads talk
 * to it only through {@link #trackerChanged}, {@link #requestStats}, {@link #post} and {@link #shutdown}. After
 * the start, tasks {@link #post posted} to the VRRP thread may add and remove instances and sync groups (a
 * reload): {@link #addInstance} then returns the new, not yet started instance, {@link #removeInstance} forgets
 * one (its caller stopped it first).
 */
public final class VrrpAgent implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(VrrpAgent.class);
    /** Commands handled per cycle. */
    public static final int COMMAND_DRAIN_LIMIT = 16;
    /** Frames read per interface per cycle (keepalived stops at a VRID's second advert). */
    public static final int PACKET_DRAIN_LIMIT = 64;
    private static final int FRAME_BUFFER = 2048;

    /** Work for the VRRP thread, sent from another thread. */
    @FunctionalInterface
    interface Command {
        void apply(long nowUs);
    }

    private final MonotonicClock clock;
    private final VipManager vipManager;
    private final NotifyRunner notifier;
    private final boolean logDetail;
    private final boolean logUnknownVrids;
    private final List<InstanceBinding> bindingList = new ArrayList<>();
    private final Map<String, InstanceBinding> byName = new HashMap<>();
    private final List<PacketIo> ioList = new ArrayList<>();
    private final List<InstanceBinding[]> vridTables = new ArrayList<>();
    private final List<SyncGroup> groups = new ArrayList<>();
    private final ArrayBlockingQueue<Command> commands = new ArrayBlockingQueue<>(1024);
    private final AtomicLong rejectedCommands = new AtomicLong();
    private final VrrpPacketDecoder decoder = new VrrpPacketDecoder();
    private final AdvertValidator validator = new AdvertValidator();
    private final ReceivedAdvert rx = new ReceivedAdvert();
    private final ReceivedAdvertView view = new ReceivedAdvertView();
    private final VrrpAdvertEncoder encoder = new VrrpAdvertEncoder();
    private final byte[] rxBuffer = new byte[FRAME_BUFFER];
    private final byte[] txBuffer = new byte[FRAME_BUFFER];
    private final CountDownLatch stopped = new CountDownLatch(1);

    private InstanceBinding[] bindings = new InstanceBinding[0];
    private PacketIo[] ios = new PacketIo[0];
    private InstanceBinding[][] tables = new InstanceBinding[0][];
    private StallDetector stalls = new StallDetector(Long.MAX_VALUE);
    private long unknownVrids;
    private boolean started;
    private volatile boolean running;
    private Poller poller;
    private Thread thread;

    /**
     * Creates an empty agent.
     *
     * @param clock           the monotonic clock (µs)
     * @param vipManager      adds and removes VIPs
     * @param notifier        runs notify scripts off this thread
     * @param logDetail       keepalived's {@code -D}: log each gratuitous ARP / NA
     * @param logUnknownVrids keepalived's {@code log_unknown_vrids}
     */
    public VrrpAgent(MonotonicClock clock, VipManager vipManager, NotifyRunner notifier, boolean logDetail,
                     boolean logUnknownVrids) {
        this.clock = clock;
        this.vipManager = vipManager;
        this.notifier = notifier;
        this.logDetail = logDetail;
        this.logUnknownVrids = logUnknownVrids;
    }

    /**
     * Adds an instance on {@code io} (the agent closes the io on {@link #close()} or when the last instance using
     * it is removed). Before the start from any one thread; after it only on the VRRP thread (in a
     * {@link #post posted} task), where the caller starts the returned instance itself.
     *
     * @return the new instance, in INIT
     */
    public VrrpInstance addInstance(InstanceParams params, PacketIo io) {
        if (byName.containsKey(params.name())) {
            throw new IllegalArgumentException("duplicate vrrp_instance " + params.name());
        }
        int ioIndex = ioList.indexOf(io);
        if (ioIndex < 0) {
            ioList.add(io);
            vridTables.add(new InstanceBinding[512]);
            ioIndex = ioList.size() - 1;
        }
        int key = (params.ipv6() ? 256 : 0) + params.vrid();
        InstanceBinding[] table = vridTables.get(ioIndex);
        if (table[key] != null) {
            throw new IllegalArgumentException("(" + params.name() + ") VRID " + params.vrid() + " is already used by "
                    + table[key].params.name() + " on " + io.interfaceName());
        }
        InstanceBinding b = new InstanceBinding(params, io, encoder, txBuffer, vipManager, notifier, logDetail);
        table[key] = b;
        bindingList.add(b);
        byName.put(params.name(), b);
        if (started) {
            publish();
        }
        return b.instance;
    }

    /**
     * VRRP thread (or invoker) only: forgets an instance the caller already stopped ({@code onShutdown}); closes
     * its io when no other instance uses it. Returns false when there is no such instance.
     */
    public boolean removeInstance(String name) {
        InstanceBinding b = detach(name);
        if (b == null) {
            return false;
        }
        closeIfUnused(b.io);
        if (started) {
            publish();
        }
        return true;
    }

    /**
     * VRRP thread (or invoker) only: swaps the instance {@code oldName} for a new one with {@code params} on
     * {@code io} (a reload changed it): the old one is dropped without any action, the new one is returned in INIT
     * for the caller to {@code resume} or start. The old io is closed if nothing uses it any more.
     */
    public VrrpInstance replaceInstance(String oldName, InstanceParams params, PacketIo io) {
        InstanceBinding old = detach(oldName);
        VrrpInstance v = addInstance(params, io);
        if (old != null && old.io != io) {
            closeIfUnused(old.io);
            if (started) {
                publish();
            }
        }
        return v;
    }

    private InstanceBinding detach(String name) {
        InstanceBinding b = byName.remove(name);
        if (b == null) {
            return null;
        }
        bindingList.remove(b);
        InstanceBinding[] table = vridTables.get(ioList.indexOf(b.io));
        table[(b.params.ipv6() ? 256 : 0) + b.params.vrid()] = null;
        return b;
    }

    private void closeIfUnused(PacketIo io) {
        for (InstanceBinding other : bindingList) {
            if (other.io == io) {
                return;
            }
        }
        int ioIndex = ioList.indexOf(io);
        if (ioIndex < 0) {
            return;
        }
        ioList.remove(ioIndex);
        vridTables.remove(ioIndex);
        try {
            io.close();
        } catch (RuntimeException e) {
            LOG.warn("closing {} failed: {}", io.interfaceName(), e.toString());
        }
    }

    /** Copies the lists into the arrays the duty cycle walks, and tells the poller about the fds. */
    private void publish() {
        bindings = bindingList.toArray(new InstanceBinding[0]);
        ios = ioList.toArray(new PacketIo[0]);
        tables = vridTables.toArray(new InstanceBinding[0][]);
        if (poller != null) {
            poller.updateFds(pollFds());
        }
    }

    private int[] pollFds() {
        int[] fds = new int[ioList.size()];
        for (int i = 0; i < fds.length; i++) {
            fds[i] = ioList.get(i).pollFd();
        }
        return fds;
    }

    /**
     * Adds a {@code vrrp_sync_group} over already added instances: before the start, or on the VRRP thread.
     *
     * @return the group
     */
    public SyncGroup addSyncGroup(String name, List<String> instanceNames, NotifyScripts scripts) {
        List<VrrpInstance> members = new ArrayList<>();
        for (String n : instanceNames) {
            InstanceBinding b = byName.get(n);
            if (b == null) {
                throw new IllegalArgumentException("VRRP_Group(" + name + ") has unknown instance " + n);
            }
            members.add(b.instance);
        }
        SyncGroup g = new SyncGroup(name, members, (grp, state) -> notifier.groupState(scripts, grp.name(), state));
        groups.add(g);
        return g;
    }

    /** VRRP thread only: dissolves a sync group (its members stay, ungrouped). False when there is none. */
    public boolean removeSyncGroup(String name) {
        for (SyncGroup g : groups) {
            if (g.name().equals(name)) {
                g.dissolve();
                groups.remove(g);
                return true;
            }
        }
        return false;
    }

    /** VRRP thread (or invoker) only: the sync groups. */
    public List<SyncGroup> syncGroups() {
        return List.copyOf(groups);
    }

    /** VRRP thread (or invoker) only: every instance, in the order added. */
    public List<VrrpInstance> instances() {
        List<VrrpInstance> all = new ArrayList<>(bindingList.size());
        for (InstanceBinding b : bindingList) {
            all.add(b.instance);
        }
        return all;
    }

    /** VRRP thread (or invoker) only: the interface an instance runs on, or null. */
    public PacketIo io(String instanceName) {
        InstanceBinding b = byName.get(instanceName);
        return b == null ? null : b.io;
    }

    /**
     * Starts every instance (RFC 9568 section 6.4.1) on the calling thread: invoker mode. Commands queued before
     * the start (tracker states) are applied first, so that an instance whose tracked object already failed starts
     * in FAULT, as keepalived's {@code initialise_tracking_priorities} before {@code vrrp_init_state}.
     */
    public void start(long nowUs) {
        if (started) {
            return;
        }
        started = true;
        running = true;
        bindings = bindingList.toArray(new InstanceBinding[0]);
        ios = ioList.toArray(new PacketIo[0]);
        tables = vridTables.toArray(new InstanceBinding[0][]);
        for (Command c = commands.poll(); c != null; c = commands.poll()) {
            c.apply(nowUs);
        }
        long minIntervalUs = Long.MAX_VALUE;
        for (InstanceBinding b : bindings) {
            minIntervalUs = Math.min(minIntervalUs, b.params.adverIntCs() * 10_000L);
        }
        // warn when a deadline is served later than a tenth of the shortest advert interval
        stalls = new StallDetector(Math.max(1_000L, minIntervalUs / 10));
        for (InstanceBinding b : bindings) {
            b.instance.start(nowUs);
        }
    }

    /** Starts the "vrrp" thread, which runs until {@link #shutdown()} completes. */
    public synchronized void startThread() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        poller = new Poller(pollFds());
        thread = Thread.ofPlatform().name("vrrp").unstarted(this::runLoop);
        thread.start();
    }

    private void runLoop() {
        try {
            start(clock.nowUs());
            while (running) {
                long now = clock.nowUs();
                if (doWork(now) == 0 && running) {
                    poller.await(nextDeadlineUs(now) - now);
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.error("VRRP thread failed", e);
            throw e;
        } finally {
            stopped.countDown();
        }
    }

    /**
     * One duty cycle: commands, then frames, then deadlines, all with {@code nowUs}.
     *
     * @return the amount of work done; 0 means the caller may block until {@link #nextDeadlineUs(long)}
     */
    public int doWork(long nowUs) {
        int work = 0;
        for (int i = 0; i < COMMAND_DRAIN_LIMIT; i++) {
            Command c = commands.poll();
            if (c == null) {
                break;
            }
            c.apply(nowUs);
            work++;
        }
        for (int i = 0; i < ios.length; i++) {
            PacketIo io = ios[i];
            for (int k = 0; k < PACKET_DRAIN_LIMIT; k++) {
                int n = io.receive(rxBuffer);
                if (n <= 0) {
                    break;
                }
                onFrame(i, n, nowUs);
                work++;
            }
        }
        for (InstanceBinding b : bindings) {
            VrrpInstance v = b.instance;
            if (v.hasDeadline()) {
                long deadline = v.nextDeadlineUs();
                if (nowUs - deadline >= 0) {
                    stalls.onDeadlineServed(deadline, nowUs);
                    v.onTimer(nowUs);
                    work++;
                }
            }
            if (b.garpPending()) {
                work += b.onGarpTimer(nowUs);
            }
        }
        return work;
    }

    private void onFrame(int ioIndex, int length, long nowUs) {
        DecodeResult r = decoder.decodeEthernet(rxBuffer, 0, length, rx);
        if (!r.isOk()) {
            if (r == DecodeResult.TOO_SHORT) {
                LOG.info("VRRP packet too short - {} bytes", length);
            }
            return;
        }
        int vrid = rx.advert().vrid();
        InstanceBinding b = tables[ioIndex][(rx.ipv6() ? 256 : 0) + vrid];
        if (b == null) {
            unknownVrids++;
            if (logUnknownVrids) {
                LOG.info("Unknown VRID({}) received on interface({}). ignoring...", vrid,
                        ios[ioIndex].interfaceName());
            }
            return;
        }
        VrrpInstance v = b.instance;
        if (!v.acceptsAdverts()) {
            return;
        }
        view.wrap(rx);
        r = validator.validate(rx, b.expectations, v.shouldCheckAddresses(view), v.stats());
        if (r.isOk()) {
            v.onAdvert(view, nowUs);
        }
    }

    /** The earliest deadline of any instance or paced burst, at most {@link Poller#MAX_WAIT_US} after now. */
    public long nextDeadlineUs(long nowUs) {
        long next = nowUs + Poller.MAX_WAIT_US;
        for (InstanceBinding b : bindings) {
            VrrpInstance v = b.instance;
            if (v.hasDeadline() && v.nextDeadlineUs() - next < 0) {
                next = v.nextDeadlineUs();
            }
            if (b.garpPending() && b.garpDeadlineUs() != Long.MIN_VALUE && b.garpDeadlineUs() - next < 0) {
                next = b.garpDeadlineUs();
            } else if (b.garpPending() && b.garpDeadlineUs() == Long.MIN_VALUE) {
                next = nowUs;
            }
        }
        return next;
    }

    private void offer(Command c) {
        if (!commands.offer(c)) {
            rejectedCommands.incrementAndGet();
            LOG.error("VRRP command queue full; command dropped");
            return;
        }
        Poller p = poller;
        if (p != null) {
            p.wakeup();
        }
    }

    /**
     * Any thread: runs {@code task} on the VRRP thread (at the next duty cycle in invoker mode) with the cycle's
     * time in µs. The task must not block.
     */
    public void post(LongConsumer task) {
        offer(task::accept);
    }

    /** Any thread: tracked objects of {@code instance} changed (see {@link VrrpInstance#onTrackerChange}). */
    public void trackerChanged(String instanceName, int faults, int priorityDelta) {
        offer(now -> {
            InstanceBinding b = byName.get(instanceName);
            if (b == null) {
                LOG.debug("tracker update for unknown instance {}", instanceName);
                return;
            }
            b.instance.onTrackerChange(faults, priorityDelta, now);
        });
    }

    /** Any thread: writes keepalived's stats file text for every instance to {@code out} (on the VRRP thread). */
    public void requestStats(Consumer<String> out) {
        offer(now -> {
            StringBuilder sb = new StringBuilder();
            for (InstanceBinding b : bindings) {
                b.instance.stats().appendStatsFile(b.params.name(), sb);
            }
            out.accept(sb.toString());
        });
    }

    /** Any thread: every instance stops (MASTERs send priority 0 and drop their VIPs), then the thread ends. */
    public void shutdown() {
        offer(now -> {
            for (InstanceBinding b : bindings) {
                b.instance.onShutdown(now);
            }
            running = false;
        });
    }

    /** Waits for the thread to end after {@link #shutdown()}; returns false on timeout. */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return thread == null || stopped.await(timeout, unit);
    }

    /** VRRP thread (or invoker) only: the named instance, or null. */
    public VrrpInstance instance(String name) {
        InstanceBinding b = byName.get(name);
        return b == null ? null : b.instance;
    }

    /** VRRP thread (or invoker) only: the state of the named instance. */
    public VrrpState state(String name) {
        VrrpInstance v = instance(name);
        return v == null ? null : v.state();
    }

    /** Adverts received for VRIDs we do not run. */
    public long unknownVrids() {
        return unknownVrids;
    }

    /** The late-wakeup detector. */
    public StallDetector stallDetector() {
        return stalls;
    }

    /** Commands dropped because the queue was full. */
    public long rejectedCommands() {
        return rejectedCommands.get();
    }

    /** Stops the thread if still running (without the priority 0 goodbye) and closes the interfaces. */
    @Override
    public void close() {
        running = false;
        if (poller != null) {
            poller.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (PacketIo io : ioList) {
            try {
                io.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", io.interfaceName(), e.toString());
            }
        }
        if (poller != null && (thread == null || !thread.isAlive())) {
            poller.close();
        }
    }
}
