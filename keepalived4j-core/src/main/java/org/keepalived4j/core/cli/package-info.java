/** keepalived(8)'s command line: options, usage, signal names. */
package org.keepalived4j.core.cli;
