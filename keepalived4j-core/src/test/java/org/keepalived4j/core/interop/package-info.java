/**
 * Interop of the daemon with Debian's keepalived in network namespaces: the VRRP matrix
 * ({@link org.keepalived4j.core.interop.DaemonInteropMatrixTest}).
 */
package org.keepalived4j.core.interop;
