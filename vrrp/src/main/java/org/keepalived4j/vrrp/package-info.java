/**
 * VRRP (RFC 3768 v2, RFC 9568 v3): {@link org.keepalived4j.vrrp.VrrpRuntime} is what the daemon drives; {@code codec}
 * holds the wire formats, {@code state} the per-instance state machine (RFC 9568 section 6.4), {@code runtime} the
 * single VRRP thread and its I/O.
 */
package org.keepalived4j.vrrp;
