package org.keepalived4j.check.ipvs;

/**
 * Where the IPVS layer's log lines go, worded as keepalived's ({@code IPVS cmd IP_VS_SO_SET_ADD(1154) error: ...}).
 * Called on the IPVS owner thread; implementations must not block for long.
 */
public interface IpvsLog {

    /** A line keepalived would log at LOG_INFO. */
    void info(String line);

    /** A failure: an IPVS command the kernel refused, or IPVS not available at all. */
    void error(String line);
}
