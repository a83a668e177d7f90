package org.keepalived4j.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusAddressAndJsonTest {

    @Test
    void addressForms() {
        assertEquals(new StatusAddress("127.0.0.1", 9100), StatusAddress.parse("9100"));
        assertEquals(new StatusAddress("0.0.0.0", 9650), StatusAddress.parse("0.0.0.0"));
        assertEquals(new StatusAddress("10.0.0.1", 8080), StatusAddress.parse("10.0.0.1:8080"));
        assertEquals(new StatusAddress("localhost", 1), StatusAddress.parse("localhost:1"));
        assertEquals(new StatusAddress("::1", 9000), StatusAddress.parse("[::1]:9000"));
        assertEquals(new StatusAddress("::1", 9650), StatusAddress.parse("[::1]"));
        assertEquals(new StatusAddress("fe80::1", 9650), StatusAddress.parse("fe80::1"));
        assertEquals(new StatusAddress("127.0.0.1", 0), StatusAddress.parse(":0"));
        assertEquals("http://[::1]:9000", StatusAddress.parse("[::1]:9000").url());
        assertEquals("127.0.0.1:9650", StatusAddress.DEFAULT.toString());
    }

    @Test
    void badAddressesSayWhy() {
        assertEquals("Invalid status address 'x:70000': port 70000 out of range 0-65535",
                assertThrows(IllegalArgumentException.class, () -> StatusAddress.parse("x:70000")).getMessage());
        assertEquals("Invalid status address 'x:y': bad port 'y'",
                assertThrows(IllegalArgumentException.class, () -> StatusAddress.parse("x:y")).getMessage());
        assertEquals("Invalid status address '[::1': missing ']'",
                assertThrows(IllegalArgumentException.class, () -> StatusAddress.parse("[::1")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> StatusAddress.parse(""));
    }

    @Test
    void jsonRoundTrip() {
        String text = new JsonWriter().beginObject()
                .name("s").value("a\"b\\c\n\u0001é")
                .name("n").value(-42L)
                .name("d").value(0.5)
                .name("inf").value(Double.POSITIVE_INFINITY)
                .name("t").value(true)
                .name("z").nullValue()
                .name("a").beginArray().value(1L).beginObject().endObject().beginArray().endArray().endArray()
                .endObject().text();
        Map<?, ?> m = (Map<?, ?>) JsonReader.parse(text);
        assertEquals("a\"b\\c\n\u0001é", m.get("s"));
        assertEquals(-42L, m.get("n"));
        assertEquals(0.5, m.get("d"));
        assertEquals(null, m.get("inf"));
        assertEquals(true, m.get("t"));
        assertEquals(List.of(1L, Map.of(), List.of()), m.get("a"));
    }

    @Test
    void badJsonSaysWhere() {
        assertEquals("bad JSON at offset 8: ',' or '}' expected",
                assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\":1 2}")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1,"));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("\"\\x\""));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("1 1"));
    }
}
