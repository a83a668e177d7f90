/** State and configuration dumps: {@code --dump-conf} now; keepalived's data, stats and JSON files later. */
package org.keepalived4j.core.dump;
