/**
 * The public entry of the config parser: {@link org.keepalived4j.config.ConfigParser}, its options, result and
 * diagnostics. The model lives in {@code model}; everything else in this module is internal.
 */
package org.keepalived4j.config;
