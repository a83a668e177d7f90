package org.keepalived4j.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OptionParserTest {

    @Test
    void defaultsAreKeepalivedsButOurPidFileDiffers() throws Exception {
        Options o = OptionParser.parse(new String[0]);
        assertEquals(Path.of("/etc/keepalived/keepalived.conf"), o.configFile());
        assertFalse(o.configTest());
        assertNull(o.pidFile());
        assertEquals(Path.of("/run/keepalived4j.pid"), Options.DEFAULT_PID_FILE);
    }

    @Test
    void clusteredShortOptionsAndAttachedArguments() throws Exception {
        Options o = OptionParser.parse(new String[] {"-nlD", "-f/tmp/k.conf", "-p", "/tmp/p.pid", "-S", "3"});
        assertTrue(o.dontFork());
        assertTrue(o.logConsole());
        assertTrue(o.logDetail());
        assertEquals(Path.of("/tmp/k.conf"), o.configFile());
        assertEquals(Path.of("/tmp/p.pid"), o.pidFile());
        assertEquals("local3", o.logFacility());
    }

    @Test
    void longOptionsWithEqualsOrSeparateArgument() throws Exception {
        Options o = OptionParser.parse(new String[] {"--use-file=/a", "--config-id", "high", "--config-test=/tmp/t",
            "--vrrp_pid=/r", "--checkers_pid", "/c", "--dump-conf"});
        assertEquals(Path.of("/a"), o.configFile());
        assertEquals("high", o.configId());
        assertTrue(o.configTest());
        assertEquals(Path.of("/tmp/t"), o.configTestLog());
        assertEquals(Path.of("/r"), o.vrrpPidFile());
        assertEquals(Path.of("/c"), o.checkersPidFile());
        assertTrue(o.dumpConf());
    }

    @Test
    void optionalArgumentOnlyWithEquals() throws Exception {
        Options o = OptionParser.parse(new String[] {"-t", "-f", "x.conf"});
        assertTrue(o.configTest());
        assertNull(o.configTestLog());
        assertEquals(Path.of("x.conf"), o.configFile());
    }

    @Test
    void unsupportedOptionsAreNamedNotFatal() throws Exception {
        Options o = OptionParser.parse(new String[] {"--snmp", "-B", "-t"});
        assertEquals(2, o.unsupported().size());
        assertTrue(o.unsupported().get(0).contains("SNMP"));
        assertTrue(o.configTest());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThrows(OptionParser.UsageException.class, () -> OptionParser.parse(new String[] {"-Z"}));
        assertThrows(OptionParser.UsageException.class, () -> OptionParser.parse(new String[] {"-f"}));
        assertThrows(OptionParser.UsageException.class, () -> OptionParser.parse(new String[] {"--nope"}));
        assertThrows(OptionParser.UsageException.class, () -> OptionParser.parse(new String[] {"-S", "9"}));
        assertThrows(OptionParser.UsageException.class, () -> OptionParser.parse(new String[] {"stray"}));
    }

    @Test
    void signumAndVersionAsKeepalived() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, CommandLine.run(new String[] {"--signum=RELOAD"}, o, e));
        assertEquals(0, CommandLine.run(new String[] {"--signum=STATS_CLEAR"}, o, e));
        assertEquals(1, CommandLine.run(new String[] {"--signum=TDUMP"}, o, e));
        assertEquals("1\n63\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Unknown sigfunc TDUMP"));
        assertEquals(1, CommandLine.run(new String[] {"-Z"}, o, e));
    }
}
