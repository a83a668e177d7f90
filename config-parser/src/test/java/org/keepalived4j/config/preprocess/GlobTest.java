package org.keepalived4j.config.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlobTest {

    @TempDir
    Path dir;

    @Test
    void braceExpansion() {
        assertEquals(List.of("abd", "acd"), Glob.expandBraces("a{b,c}d"));
        assertEquals(List.of("ab1", "ab2", "ac"), Glob.expandBraces("a{b{1,2},c}"));
        assertEquals(List.of("x", "ax"), Glob.expandBraces("{,a}x"));
        assertEquals(List.of("a{b,c"), Glob.expandBraces("a{b,c"));
        assertEquals(List.of("a\\{b,c}"), Glob.expandBraces("a\\{b,c}"));
        assertTrue(Glob.hasBrace("x{y"));
        assertFalse(Glob.hasBrace("x\\{y"));
    }

    @Test
    void fnmatch() {
        assertTrue(FnMatch.matches("*.conf", "a.conf"));
        assertFalse(FnMatch.matches("*.conf", ".hidden.conf"));
        assertTrue(FnMatch.matches(".*", ".hidden"));
        assertTrue(FnMatch.matches("[a-c]?.conf", "b1.conf"));
        assertFalse(FnMatch.matches("[!a-c]?.conf", "b1.conf"));
        assertTrue(FnMatch.matches("[]x].c", "].c"));
        assertTrue(FnMatch.matches("a\\*", "a*"));
        assertFalse(FnMatch.matches("a\\*", "ab"));
        assertTrue(FnMatch.matches("*a*b*", "xxaybzz"));
    }

    @Test
    void expansionCountsWhatIsMissing() throws IOException {
        Files.createDirectories(dir.resolve("d1"));
        Files.createDirectories(dir.resolve("d2"));
        Files.writeString(dir.resolve("d1/x.conf"), "");
        Glob g = Glob.expand("d*/x.conf", dir);
        assertEquals(List.of("d1/x.conf"), g.paths());
        assertEquals(1, g.missingFiles());
        assertTrue(g.haveWildcards());
        Glob none = Glob.expand("nodir/*.conf", dir);
        assertEquals(List.of(), none.paths());
        assertEquals(1, none.missingDirs());
        Glob marked = Glob.expand("d?", dir);
        assertEquals(List.of("d1/", "d2/"), marked.paths());
    }
}
