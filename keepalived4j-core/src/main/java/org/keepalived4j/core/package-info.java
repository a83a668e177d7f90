/** The keepalived4j daemon: entry point and composition root. */
package org.keepalived4j.core;
