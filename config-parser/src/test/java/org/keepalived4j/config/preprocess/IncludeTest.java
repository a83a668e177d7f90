package org.keepalived4j.config.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.Diagnostic;
import org.keepalived4j.config.Diagnostics;
import org.keepalived4j.config.ParseOptions;
import org.keepalived4j.config.SourcePosition;

/**
 * Includes, with the messages and positions keepalived 2.2.7 gives for the same tree of files (checked with
 * {@code keepalived -t -f}).
 */
class IncludeTest {

    @TempDir
    Path dir;

    private final Diagnostics diagnostics = new Diagnostics();

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("conf.d/dir.conf"));
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("conf.d/a.conf"), "global_defs {\n router_id x\n}\n");
        Files.writeString(dir.resolve("conf.d/b.conf"), "bogus_a 1\n");
        Files.writeString(dir.resolve("sub/s.conf"), "bogus_sub\ninclude ../conf.d/b.conf\n");
    }

    private List<SourceLine> readMain(String text) throws IOException {
        Path main = dir.resolve("main.conf");
        Files.writeString(main, text);
        return new Preprocessor(ParseOptions.defaults(), diagnostics).read(main);
    }

    private List<String> messages() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    private List<ConfigErrorKind> kinds() {
        return diagnostics.all().stream().map(Diagnostic::kind).toList();
    }

    @Test
    void globsAreSortedRelativeAndNamedAsMatched() throws IOException {
        List<SourceLine> l = readMain("include conf.d/*.conf\nafter\n");
        assertEquals(List.of(
                new SourceLine("global_defs", new SourcePosition("conf.d/a.conf", 1)),
                new SourceLine("{", new SourcePosition("conf.d/a.conf", 1)),
                new SourceLine("router_id x", new SourcePosition("conf.d/a.conf", 2)),
                new SourceLine("}", new SourcePosition("conf.d/a.conf", 3)),
                new SourceLine("bogus_a 1", new SourcePosition("conf.d/b.conf", 1)),
                new SourceLine("after", new SourcePosition(dir.resolve("main.conf").toString(), 2))), l);
        // the directory matched too; keepalived names it with the previous file's last line
        assertEquals(List.of("(conf.d/b.conf: Line 1) Configuration file 'conf.d/dir.conf/' is a directory - skipping"),
                messages());
        assertEquals(List.of(ConfigErrorKind.INFO), kinds());
    }

    @Test
    void includesResolveAgainstTheIncludingFilesDirectory() throws IOException {
        List<SourceLine> l = readMain("include sub/s.conf\n");
        assertEquals(List.of(new SourceLine("bogus_sub", new SourcePosition("sub/s.conf", 1)),
                new SourceLine("bogus_a 1", new SourcePosition("../conf.d/b.conf", 1))), l);
        assertEquals(List.of(), messages());
    }

    @Test
    void missingFilesPerIncludeType() throws IOException {
        readMain("include missing.conf\nincluder missing2.conf\nincludem missing3.conf\ninclude nomatch*.conf\n"
                + "includew nomatch*.conf\nincludea nodir/*.conf\n");
        String main = dir.resolve("main.conf").toString();
        assertEquals(List.of(
                "(" + main + ": Line 1) Config files missing 'missing.conf'.",
                "(" + main + ": Line 2) Config files missing 'missing2.conf'.",
                "(" + main + ": Line 3) Config files missing 'missing3.conf'.",
                "(" + main + ": Line 5) No config files matched 'nomatch*.conf'.",
                "(" + main + ": Line 6) Config files missing 'nodir/*.conf'."), messages());
        assertEquals(List.of(ConfigErrorKind.INFO, ConfigErrorKind.INFO, ConfigErrorKind.FILE_NOT_FOUND,
                ConfigErrorKind.FILE_NOT_FOUND, ConfigErrorKind.FILE_NOT_FOUND), kinds());
    }

    @Test
    void braceAlternativesMustAllMatchOnlyForIncludeb() throws IOException {
        List<SourceLine> l = readMain("include conf.d/{b,zz}.conf\nincludeb conf.d/{b,zz}.conf\n");
        assertEquals(List.of("bogus_a 1"), l.stream().map(SourceLine::text).toList());
        String main = dir.resolve("main.conf").toString();
        assertEquals(List.of("(" + main + ": Line 1) Some config files missing: \"conf.d/{b,zz}.conf\".",
                "(" + main + ": Line 2) Some config files missing: \"conf.d/{b,zz}.conf\"."), messages());
        assertEquals(List.of(ConfigErrorKind.INFO, ConfigErrorKind.FILE_NOT_FOUND), kinds());
    }

    @Test
    void braceAlternativesKeepTheirOrder() throws IOException {
        List<SourceLine> l = readMain("include conf.d/{b,a}.conf\n");
        assertEquals(List.of("conf.d/b.conf", "conf.d/a.conf"),
                l.stream().map(s -> s.position().file()).distinct().toList());
    }

    @Test
    void includeLoopIsStoppedAtOnce() throws IOException {
        Files.writeString(dir.resolve("loop1.conf"), "one\ninclude loop2.conf\n");
        Files.writeString(dir.resolve("loop2.conf"), "two\ninclude loop1.conf\n");
        List<SourceLine> l = readMain("include loop1.conf\nend\n");
        assertEquals(List.of("one", "two", "end"), l.stream().map(SourceLine::text).toList());
        assertEquals(List.of("(loop2.conf: Line 2) Configuration file 'loop1.conf' open problem "
                + "(include loop - the file is already being read) - skipping"), messages());
    }

    @Test
    void selfInclusionOfTheMainFile() throws IOException {
        List<SourceLine> l = readMain("x\ninclude main.conf\n");
        assertEquals(List.of("x"), l.stream().map(SourceLine::text).toList());
        assertEquals(1, diagnostics.size());
        assertTrue(messages().get(0).contains("open problem (include loop"), messages().toString());
    }

    @Test
    void executableAndNonRegularFilesAreSkipped() throws IOException {
        Path exe = dir.resolve("exe.conf");
        Files.writeString(exe, "never\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(dir.resolve("dangling.conf"), dir.resolve("nothing-here"));
        List<SourceLine> l = readMain("includer exe.conf\nincluder dangling.conf\n");
        assertEquals(List.of(), l);
        String main = dir.resolve("main.conf").toString();
        assertEquals(List.of(
                "(" + main + ": Line 1) Configuration file 'exe.conf' is not a regular non-executable file - skipping",
                "(" + main + ": Line 2) Configuration file 'dangling.conf' is not a regular non-executable file - skipping"),
                messages());
        assertEquals(List.of(ConfigErrorKind.FILE_NOT_FOUND, ConfigErrorKind.FILE_NOT_FOUND), kinds());
    }

    @Test
    void absolutePatternsAndTextInput() throws IOException {
        List<SourceLine> l = new Preprocessor(ParseOptions.defaults(), diagnostics)
                .read("include " + dir + "/conf.d/b.conf\n", "inline.conf", Path.of("/"));
        assertEquals(List.of(new SourceLine("bogus_a 1", new SourcePosition(dir + "/conf.d/b.conf", 1))), l);
    }

    @Test
    void relativeIncludeOfTextInputUsesTheBaseDirectory() {
        List<SourceLine> l = new Preprocessor(ParseOptions.defaults(), diagnostics)
                .read("include sub/s.conf\n", "inline.conf", dir);
        assertEquals(List.of("bogus_sub", "bogus_a 1"), l.stream().map(SourceLine::text).toList());
    }

    @Test
    void missingMainFile() {
        List<SourceLine> l = new Preprocessor(ParseOptions.defaults(), diagnostics).read(dir.resolve("nope.conf"));
        assertEquals(List.of(), l);
        assertEquals(List.of("Config files missing '" + dir.resolve("nope.conf") + "'."), messages());
        assertTrue(diagnostics.fatal());
    }

    @Test
    void mainFileMayBeAPattern() {
        List<SourceLine> l = new Preprocessor(ParseOptions.defaults(), diagnostics).read(dir.resolve("conf.d/[ab].conf"));
        assertEquals(List.of(dir + "/conf.d/a.conf", dir + "/conf.d/b.conf"),
                l.stream().map(s -> s.position().file()).distinct().toList());
        assertEquals(List.of("WARNING, multiple configuration file matches of " + dir + "/conf.d/[ab].conf, starting with "
                + dir + "/conf.d/a.conf"), messages());
    }

    @Test
    void definitionsCrossIncludes() throws IOException {
        Files.writeString(dir.resolve("defs.conf"), "$NAME=fromdefs\n");
        List<SourceLine> l = readMain("include defs.conf\nk $NAME\n");
        assertEquals(List.of("k fromdefs"), l.stream().map(SourceLine::text).toList());
    }
}
