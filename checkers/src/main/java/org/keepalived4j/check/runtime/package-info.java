/**
 * Runs the checks: one {@link org.keepalived4j.check.runtime.CheckEngine} per configuration owns the health state on
 * one event loop, runs each distinct check once however many virtual servers share the real server
 * ({@link org.keepalived4j.check.runtime.CheckKey}, {@link org.keepalived4j.check.runtime.SharedCheck}), and
 * publishes the desired IPVS table whenever it changes.
 */
package org.keepalived4j.check.runtime;
