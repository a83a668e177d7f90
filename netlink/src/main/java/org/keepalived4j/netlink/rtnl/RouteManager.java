package org.keepalived4j.netlink.rtnl;

import java.util.List;

/**
 * Adds and removes routes ({@code RTM_NEWROUTE}/{@code RTM_DELROUTE}): keepalived's {@code virtual_routes} and
 * {@code static_routes}. As keepalived does, an add that finds the route there ({@code EEXIST}) returns
 * {@code false}; so does a delete that finds it gone ({@code ESRCH}).
 */
public interface RouteManager {
    /** @param route the route (sent with {@code NLM_F_CREATE | NLM_F_EXCL}) @return {@code false} if it existed */
    boolean add(Route route);

    /** @param route the route (sent with {@code NLM_F_CREATE | NLM_F_REPLACE}) */
    void replace(Route route);

    /** @param route the route @return {@code false} if it was not there */
    boolean delete(Route route);

    /**
     * @param family address family
     * @param table routing table ({@code 254} main)
     * @return the table's routes (cloned cache entries excluded)
     */
    List<Route> list(IpFamily family, int table);
}
