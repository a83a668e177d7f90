package org.keepalived4j.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.keepalived4j.core.status.StatusAddress;

/** keepalived4j's own {@code --status-address}: off by default, loopback default address, validated. */
class StatusOptionTest {

    @Test
    void offByDefault() throws Exception {
        assertNull(OptionParser.parse(new String[] {"-n", "-f", "/etc/keepalived/keepalived.conf"}).statusAddress());
    }

    @Test
    void withoutAValueIsLoopbackDefault() throws Exception {
        assertEquals(StatusAddress.DEFAULT, OptionParser.parse(new String[] {"--status-address"}).statusAddress());
        assertEquals(new StatusAddress("127.0.0.1", 9650), StatusAddress.DEFAULT);
    }

    @Test
    void withAValue() throws Exception {
        assertEquals(new StatusAddress("0.0.0.0", 9100),
                OptionParser.parse(new String[] {"-n", "--status-address=0.0.0.0:9100", "-l"}).statusAddress());
        assertEquals(new StatusAddress("127.0.0.1", 9200),
                OptionParser.parse(new String[] {"--status=9200"}).statusAddress(), "getopt abbreviation");
    }

    @Test
    void aBadValueIsAUsageError() {
        OptionParser.UsageException e = assertThrows(OptionParser.UsageException.class,
                () -> OptionParser.parse(new String[] {"--status-address=host:port"}));
        assertEquals("Invalid status address 'host:port': bad port 'port'", e.getMessage());
    }
}
