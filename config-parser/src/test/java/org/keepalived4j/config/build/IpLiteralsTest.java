package org.keepalived4j.config.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals as glibc's {@code inet_pton} reads them (the outcomes checked against glibc 2.36). */
class IpLiteralsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "255.255.255.255", "::", "::1", "1:2:3:4:5:6:7:8", "1::",
        "1:2:3:4:5:6:1.2.3.4", "::1.2.3.4"})
    void acceptsWhatInetPtonAccepts(String text) {
        assertEquals(InetAddress.ofLiteral(text), IpLiterals.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "01.2.3.4", "1.2.3", "1.2.3.4.", "1.2.3.4.5", "256.1.1.1", "1..2.3", "+1.2.3.4",
        "1.2.3.4 ", "a.b.c.d", "::1.2.3.04", "::1.2.3", "::1.2.3.256", "::1.2.3.4:5", "1::2::3", "fe80::1%eth0",
        "[::1]", "::1/64", "g::1", ":::", "1:2:3:4:5:6:7:8:9", " ::1"})
    void rejectsWhatInetPtonRejects(String text) {
        assertNull(IpLiterals.parse(text), text);
    }

    @Test
    void anIpv4MappedLiteralStaysIpv6() {
        Inet6Address v6 = assertInstanceOf(Inet6Address.class, IpLiterals.parse("::FFFF:10.0.0.1"));
        byte[] expected = new byte[16];
        expected[10] = (byte) 0xff;
        expected[11] = (byte) 0xff;
        expected[12] = 10;
        expected[15] = 1;
        assertArrayEquals(expected, v6.getAddress());
    }
}
