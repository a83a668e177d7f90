/**
 * The model builder: keyword tables per block (as keepalived's {@code install_keyword}), handlers that fill small
 * mutable builders, and validators that turn them into the immutable model, reporting problems into
 * {@link org.keepalived4j.config.Diagnostics} with file:line.
 */
package org.keepalived4j.config.build;
