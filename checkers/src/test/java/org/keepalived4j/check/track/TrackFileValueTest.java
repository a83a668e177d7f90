package org.keepalived4j.check.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackFileValueTest {

    @TempDir
    Path dir;

    @Test
    void parsesAsStrtolWithBaseZero() {
        assertEquals(42, TrackFileValue.strtol("  42\n"));
        assertEquals(-5, TrackFileValue.strtol("-5"));
        assertEquals(16, TrackFileValue.strtol("0x10"));
        assertEquals(8, TrackFileValue.strtol("010"));
        assertEquals(0, TrackFileValue.strtol("0x"));
        assertEquals(7, TrackFileValue.strtol("7 apples"));
        assertEquals(0, TrackFileValue.strtol("apples"));
        assertEquals(0, TrackFileValue.strtol(""));
        assertEquals(Long.MAX_VALUE, TrackFileValue.strtol("99999999999999999999"));
    }

    @Test
    void readsFilesAndIgnoresOutOfRangeNumbers() throws IOException {
        List<String> log = new ArrayList<>();
        Path f = dir.resolve("v");
        assertEquals(OptionalLong.of(0), TrackFileValue.read(f, log::add), "a missing file reads as 0");
        Files.writeString(f, "");
        assertEquals(OptionalLong.of(0), TrackFileValue.read(f, log::add));
        Files.writeString(f, "-12\n");
        assertEquals(OptionalLong.of(-12), TrackFileValue.read(f, log::add));
        Files.writeString(f, "2147483648");
        assertEquals(OptionalLong.of(2147483648L), TrackFileValue.read(f, log::add), "2^31 is still accepted");
        assertTrue(log.isEmpty());
        Files.writeString(f, "4294967296");
        assertTrue(TrackFileValue.read(f, log::add).isEmpty());
        assertEquals(List.of("Invalid number 4294967296 read from " + f + " - ignoring"), log);
    }
}
