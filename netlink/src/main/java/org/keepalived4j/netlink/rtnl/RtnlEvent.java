package org.keepalived4j.netlink.rtnl;

/**
 * An rtnetlink notification, as {@link LinkMonitor} delivers it: keepalived reacts to interfaces going up or
 * down (a tracked interface fault) and to addresses appearing or vanishing (a VIP removed behind its back).
 */
public sealed interface RtnlEvent permits RtnlEvent.LinkChanged, RtnlEvent.LinkRemoved, RtnlEvent.AddressAdded,
        RtnlEvent.AddressRemoved, RtnlEvent.EventsLost {

    /**
     * {@code RTM_NEWLINK}: an interface appeared or changed (flags, name, MAC...).
     *
     * @param link its state now
     */
    record LinkChanged(Link link) implements RtnlEvent {
    }

    /**
     * {@code RTM_DELLINK}: an interface was deleted.
     *
     * @param link its last state
     */
    record LinkRemoved(Link link) implements RtnlEvent {
    }

    /**
     * {@code RTM_NEWADDR}.
     *
     * @param address the address
     */
    record AddressAdded(IfAddress address) implements RtnlEvent {
    }

    /**
     * {@code RTM_DELADDR}.
     *
     * @param address the address
     */
    record AddressRemoved(IfAddress address) implements RtnlEvent {
    }

    /**
     * The kernel dropped notifications ({@code ENOBUFS}): re-read links and addresses with a dump.
     */
    record EventsLost() implements RtnlEvent {
    }
}
