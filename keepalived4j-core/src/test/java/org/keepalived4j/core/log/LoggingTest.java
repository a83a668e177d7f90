package org.keepalived4j.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;

/** What the daemon's logging lets through, per logger, without touching the JVM's logging context. */
class LoggingTest {

    private static Configuration configuration(boolean detail) {
        Configuration c = Logging.configuration(new Logging.Settings(true, detail, false, null, null));
        c.initialize(); // builds the loggers; nothing is started or installed
        return c;
    }

    private static Level level(Configuration c, String logger) {
        return c.getLoggerConfig(logger).getLevel();
    }

    @Test
    void nettyAndPcap4jInternalsStayOutEvenWithDetail() {
        Configuration c = configuration(true);
        assertEquals(Level.DEBUG, level(c, "org.keepalived4j.vrrp.Instance"), "-D: keepalived4j's own detail");
        assertEquals(Level.ERROR, level(c, "io.netty.util.internal.MacAddressUtil"));
        assertEquals(Level.ERROR, level(c, "io.netty.util.internal.PlatformDependent0"));
        assertEquals(Level.WARN, level(c, "org.pcap4j.core.NativeMappings"));
    }

    @Test
    void withoutDetailTheDaemonLogsInfo() {
        Configuration c = configuration(false);
        assertEquals(Level.INFO, level(c, "Keepalived_healthcheckers"));
    }
}
