package org.keepalived4j.check.checker;

import io.netty.buffer.ByteBuf;
import java.util.function.Function;

/**
 * One url fetch of an {@code HTTP_GET} / {@code SSL_GET} attempt, whatever carries it: once connected the read timeout
 * starts, bytes go to an {@link HttpResponseReader}, and the judged response completes the {@link Attempt} at end of
 * stream, on a read error or on a header block too large. The attempt's timer covers the connect, each read and the
 * whole fetch. Used on the loop only.
 */
final class HttpExchange implements Conversation {

    private final Attempt attempt;
    private final HttpResponseReader reader;
    private final Function<HttpResponseReader.Response, CheckOutcome> judge;

    /**
     * @param attempt the attempt to complete
     * @param digest  true to compute the body's MD5
     * @param judge   turns the response read into the outcome
     */
    HttpExchange(Attempt attempt, boolean digest, Function<HttpResponseReader.Response, CheckOutcome> judge) {
        this.attempt = attempt;
        this.reader = new HttpResponseReader(digest);
        this.judge = judge;
    }

    @Override
    public void connected() {
        attempt.phase("Timeout HTTP read");
    }

    @Override
    public void connectFailed(Throwable cause) {
        attempt.complete(CheckOutcome.failure("Error connecting"));
    }

    @Override
    public void sendFailed(Throwable cause) {
        attempt.complete(CheckOutcome.failure("Cannot send get request to"));
    }

    @Override
    public boolean received(ByteBuf data) {
        attempt.activity();
        if (!reader.consume(data)) {
            ended(new IllegalStateException("HTTP header block larger than " + HttpResponseReader.MAX_HEADER_BYTES
                    + " bytes"));
            return false;
        }
        return true;
    }

    @Override
    public void ended(Throwable error) {
        HttpResponseReader.Response r = reader.finish(error);
        if (r != null) {
            attempt.complete(judge.apply(r)); // closes the connection
        }
    }
}
