package org.keepalived4j.config;

import org.keepalived4j.config.model.KeepalivedConfig;

/**
 * The result of reading a configuration: the model (always present, built from whatever could be read) and every
 * message. A caller that must not run a bad config checks {@link Diagnostics#fatal()} or {@link Diagnostics#clean()}.
 *
 * @param config      the model
 * @param diagnostics the messages, with file:line
 */
public record ParseResult(KeepalivedConfig config, Diagnostics diagnostics) {
}
