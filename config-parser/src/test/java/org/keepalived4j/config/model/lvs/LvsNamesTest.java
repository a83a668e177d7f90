package org.keepalived4j.config.model.lvs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** keepalived's names of LVS objects; the expected texts are what glibc 2.36's {@code inet_ntop} prints. */
class LvsNamesTest {

    @ParameterizedTest
    @CsvSource({
        "10.0.0.2, 10.0.0.2",
        "::, ::",
        "::1, ::1",
        "::2, ::2",
        "::ffff, ::ffff",
        "::1:2, ::0.1.0.2",
        "::1.2.3.4, ::1.2.3.4",
        "::ffff:0, ::255.255.0.0",
        "::ffff:1.2.3.4, ::ffff:1.2.3.4",
        "0:0:0:0:0:ffff::, ::ffff:0.0.0.0",
        "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
        "1:0:0:2:0:0:0:3, 1:0:0:2::3",
        "1:0:2:0:3:0:4:0, 1:0:2:0:3:0:4:0",
        "FE80:0:0:0:1:0:0:0, fe80::1:0:0:0",
    })
    void addressIsPrintedAsInetNtop(String literal, String expected) throws UnknownHostException {
        assertEquals(expected, LvsNames.address(address(literal)));
    }

    /** The literal's address; an IPv4-mapped IPv6 literal stays IPv6 (the JDK would make it an Inet4Address). */
    private static InetAddress address(String literal) throws UnknownHostException {
        InetAddress a = InetAddress.ofLiteral(literal);
        if (literal.indexOf(':') < 0 || a instanceof Inet6Address) {
            return a;
        }
        byte[] b = new byte[16];
        b[10] = (byte) 0xff;
        b[11] = (byte) 0xff;
        System.arraycopy(a.getAddress(), 0, b, 12, 4);
        return Inet6Address.getByAddress(null, b, -1);
    }

    @Test
    void pairAndTrio() {
        InetSocketAddress v4 = new InetSocketAddress(InetAddress.ofLiteral("10.0.0.2"), 80);
        InetSocketAddress v6 = new InetSocketAddress(InetAddress.ofLiteral("2001:db8::2"), 443);
        assertEquals("[10.0.0.2]:80", LvsNames.pair(v4));
        assertEquals("[10.0.0.2]:tcp:80", LvsNames.trio(v4, Protocol.TCP));
        assertEquals("[2001:db8::2]:udp:443", LvsNames.trio(v6, Protocol.UDP));
    }
}
