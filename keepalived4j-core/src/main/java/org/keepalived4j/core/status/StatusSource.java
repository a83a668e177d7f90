package org.keepalived4j.core.status;

/** Where the status endpoint reads the daemon's state; the daemon's is a {@link StatusBoard}, tests give fakes. */
@FunctionalInterface
public interface StatusSource {

    /** The state now; may block briefly (it asks the owning threads), never called on an event loop. */
    StatusSnapshot snapshot();
}
