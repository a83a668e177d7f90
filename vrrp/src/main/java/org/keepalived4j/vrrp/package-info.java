/**
 * VRRP (RFC 3768 v2, RFC 9568 v3): {@link org.keepalived4j.vrrp.VrrpRuntime} is what the daemon drives, and
 * {@link org.keepalived4j.vrrp.DefaultVrrpRuntime} implements it (start, reload with keepalived's instance matching,
 * status, data and stats dumps, stop); {@code codec} holds the wire formats, {@code state} the per-instance state
 * machine (RFC 9568 section 6.4), {@code runtime} the single VRRP thread and its I/O, {@code bind} the mapping from
 * the config model, {@code track} the tracked objects, {@code net} addresses, routes, rules and VMACs over
 * rtnetlink, {@code notify} the notify FIFO and smtp alert decisions.
 */
package org.keepalived4j.vrrp;
