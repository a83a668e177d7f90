/** Logging set up as keepalived's options ask: syslog (with keepalived's identities), console, file. */
package org.keepalived4j.core.log;
