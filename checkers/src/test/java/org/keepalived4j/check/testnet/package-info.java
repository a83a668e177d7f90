/** Test networks that keep every probe on this machine ({@link org.keepalived4j.check.testnet.BlackholeNet}). */
package org.keepalived4j.check.testnet;
