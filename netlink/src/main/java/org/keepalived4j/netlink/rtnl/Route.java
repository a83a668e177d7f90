package org.keepalived4j.netlink.rtnl;

import org.keepalived4j.netlink.msg.Rtnl;

import java.net.InetAddress;
import java.util.Objects;

/**
 * A route as keepalived's {@code virtual_routes}/{@code static_routes} set it ({@code [type] [src <IP>]
 * <dst>[/<len>] [via <IP>] [dev <IF>] [scope <SCOPE>] [table <N>] [metric <N>] [protocol <P>] [tos <N>]}) and as
 * {@code RTM_NEWROUTE} reports it. Build with {@link #builder(IpFamily)}.
 *
 * @param family address family
 * @param destination destination network ({@code RTA_DST}); {@code null} for the default route
 * @param destinationPrefix {@code rtm_dst_len}
 * @param source source selector ({@code from}, {@code RTA_SRC}); {@code null} when none
 * @param sourcePrefix {@code rtm_src_len}
 * @param gateway next hop ({@code via}, {@code RTA_GATEWAY}), or {@code null}
 * @param outIfIndex output interface ({@code dev}, {@code RTA_OIF}), {@code 0} when none
 * @param preferredSource preferred source address ({@code src}, {@code RTA_PREFSRC}), or {@code null}
 * @param table routing table ({@code RT_TABLE_MAIN} = 254 by default)
 * @param metric {@code RTA_PRIORITY}, or {@link #UNSET}
 * @param scope {@code RT_SCOPE_*}
 * @param protocol {@code RTPROT_*}; keepalived's default is {@code RTPROT_KEEPALIVED} (18)
 * @param type route type
 * @param tos {@code rtm_tos}
 */
public record Route(IpFamily family, InetAddress destination, int destinationPrefix, InetAddress source,
                    int sourcePrefix, InetAddress gateway, int outIfIndex, InetAddress preferredSource, int table,
                    long metric, int scope, int protocol, RouteType type, int tos) {
    /** "not set" for {@code metric}. */
    public static final long UNSET = -1;

    /** Validates. */
    public Route {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(type, "type");
        checkPrefix(family, destination, destinationPrefix, "destination");
        checkPrefix(family, source, sourcePrefix, "source");
        for (InetAddress a : new InetAddress[] {gateway, preferredSource}) {
            if (a != null && IpFamily.of(a) != family) {
                throw new IllegalArgumentException("address " + a.getHostAddress() + " is not " + family);
            }
        }
    }

    private static void checkPrefix(IpFamily family, InetAddress a, int prefix, String what) {
        if (a == null ? prefix != 0 : IpFamily.of(a) != family || prefix < 0 || prefix > family.maxPrefixLength()) {
            throw new IllegalArgumentException("invalid " + what + " " + a + "/" + prefix + " for " + family);
        }
    }

    /** @param family family @return a builder with keepalived's defaults (main table, universe, RTPROT_KEEPALIVED) */
    public static Builder builder(IpFamily family) {
        return new Builder(family);
    }

    /** @return a builder holding this route's values */
    public Builder toBuilder() {
        Builder b = new Builder(family);
        b.destination = destination;
        b.destinationPrefix = destinationPrefix;
        b.source = source;
        b.sourcePrefix = sourcePrefix;
        b.gateway = gateway;
        b.outIfIndex = outIfIndex;
        b.preferredSource = preferredSource;
        b.table = table;
        b.metric = metric;
        b.scope = scope;
        b.protocol = protocol;
        b.type = type;
        b.tos = tos;
        return b;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (type != RouteType.UNICAST) {
            s.append(type.name().toLowerCase()).append(' ');
        }
        s.append(destination == null ? "default" : destination.getHostAddress() + "/" + destinationPrefix);
        if (gateway != null) {
            s.append(" via ").append(gateway.getHostAddress());
        }
        if (outIfIndex != 0) {
            s.append(" dev ").append(outIfIndex);
        }
        if (preferredSource != null) {
            s.append(" src ").append(preferredSource.getHostAddress());
        }
        s.append(" table ").append(table);
        if (metric != UNSET) {
            s.append(" metric ").append(metric);
        }
        return s.toString();
    }

    /** Mutable builder for {@link Route}. */
    public static final class Builder {
        private final IpFamily family;
        private InetAddress destination;
        private int destinationPrefix;
        private InetAddress source;
        private int sourcePrefix;
        private InetAddress gateway;
        private int outIfIndex;
        private InetAddress preferredSource;
        private int table = Rtnl.RT_TABLE_MAIN;
        private long metric = UNSET;
        private int scope = Rtnl.RT_SCOPE_UNIVERSE;
        private int protocol = Rtnl.RTPROT_KEEPALIVED;
        private RouteType type = RouteType.UNICAST;
        private int tos;

        private Builder(IpFamily family) {
            this.family = Objects.requireNonNull(family);
        }

        /** @param network destination @param prefix its length @return this */
        public Builder destination(InetAddress network, int prefix) {
            this.destination = network;
            this.destinationPrefix = prefix;
            return this;
        }

        /** @param network source selector @param prefix its length @return this */
        public Builder source(InetAddress network, int prefix) {
            this.source = network;
            this.sourcePrefix = prefix;
            return this;
        }

        /** @param value next hop @return this */
        public Builder gateway(InetAddress value) {
            this.gateway = value;
            return this;
        }

        /** @param value output interface index @return this */
        public Builder outIfIndex(int value) {
            this.outIfIndex = value;
            return this;
        }

        /** @param value preferred source @return this */
        public Builder preferredSource(InetAddress value) {
            this.preferredSource = value;
            return this;
        }

        /** @param value table @return this */
        public Builder table(int value) {
            this.table = value;
            return this;
        }

        /** @param value metric @return this */
        public Builder metric(long value) {
            this.metric = value;
            return this;
        }

        /** @param value {@code RT_SCOPE_*} @return this */
        public Builder scope(int value) {
            this.scope = value;
            return this;
        }

        /** @param value {@code RTPROT_*} @return this */
        public Builder protocol(int value) {
            this.protocol = value;
            return this;
        }

        /** @param value type @return this */
        public Builder type(RouteType value) {
            this.type = value;
            return this;
        }

        /** @param value tos @return this */
        public Builder tos(int value) {
            this.tos = value;
            return this;
        }

        /** @return the route */
        public Route build() {
            return new Route(family, destination, destinationPrefix, source, sourcePrefix, gateway, outIfIndex,
                    preferredSource, table, metric, scope, protocol, type, tos);
        }
    }
}
