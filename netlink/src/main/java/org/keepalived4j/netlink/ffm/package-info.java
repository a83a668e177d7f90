/**
 * libc bindings on {@code java.lang.foreign}: {@link org.keepalived4j.netlink.ffm.Libc} (method-handle holders with
 * errno captured into a caller-owned call-state segment) and {@link org.keepalived4j.netlink.ffm.Interfaces}.
 * Internal to the netlink module.
 */
package org.keepalived4j.netlink.ffm;
