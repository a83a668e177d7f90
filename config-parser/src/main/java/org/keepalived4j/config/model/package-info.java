/**
 * The typed configuration model: immutable records and sealed interfaces, defaults applied, no strings left to
 * parse. Every element that stems from a statement carries its {@link org.keepalived4j.config.SourcePosition}.
 */
package org.keepalived4j.config.model;
