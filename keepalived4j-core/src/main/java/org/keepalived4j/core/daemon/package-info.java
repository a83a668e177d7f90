/** The running daemon: composition root, pid files, signals. */
package org.keepalived4j.core.daemon;
