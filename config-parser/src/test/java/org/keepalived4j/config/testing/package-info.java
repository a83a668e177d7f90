/** Test utilities shared by the config-parser tests of several packages. */
package org.keepalived4j.config.testing;
