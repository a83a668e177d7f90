package org.keepalived4j.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jlink'd runtime (dist/target/jlink/runtime) has every Java module that jdeps finds the packaged jars using,
 * except those of library features the daemon never touches. Fails, naming the module, when a new dependency
 * needs one more: add it to {@code k4j.jlink.modules} in dist/pom.xml.
 */
class JlinkModulesIT {

    /** Used only by Log4j features keepalived4j does not use: script conditions, JMX over RMI, annotations. */
    private static final Set<String> NOT_NEEDED = Set.of("java.compiler", "java.rmi", "java.scripting");

    @Test
    void runtimeHasEveryModuleThePackagedJarsUse(@TempDir Path work) throws IOException {
        Path target = Path.of(System.getProperty("k4j.debDirectory", "target"));
        Path runtime = target.resolve("jlink/runtime");
        Path jars = target.resolve("deb-jars");
        assertTrue(Files.isDirectory(runtime) && Files.isDirectory(jars),
                "no runtime or jars in " + target + "; the package phase builds them");

        Set<String> needed = new TreeSet<>(jdeps(unpacked(jars, work)));
        needed.removeAll(NOT_NEEDED);
        Set<String> present = runtimeModules(runtime);
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(present);
        assertEquals(Set.of(), missing, "jdeps says the jars need these modules, which the runtime lacks (has "
                + present + ")");
        assertTrue(present.containsAll(Set.of("jdk.unsupported", "jdk.security.auth", "jdk.crypto.ec")),
                present::toString);
    }

    /**
     * Each jar unpacked without its module-info: jdeps then reads them all as class-path code, which avoids the
     * module-name clash between pcap4j's descriptor (requires slf4j.api) and SLF4J 2 (org.slf4j).
     */
    private static List<Path> unpacked(Path jars, Path work) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(jars)) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Path dir = work.resolve(jar.getFileName().toString());
                dirs.add(dir);
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
                    for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                        Path out = dir.resolve(e.getName()).normalize();
                        if (e.isDirectory() || e.getName().endsWith("module-info.class") || !out.startsWith(dir)) {
                            continue;
                        }
                        Files.createDirectories(out.getParent());
                        Files.copy(zip, out);
                    }
                }
            }
        }
        return dirs;
    }

    private static List<String> jdeps(List<Path> dirs) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow(() ->
                new AssertionError("no jdeps: run the build on a JDK"));
        List<String> args = new ArrayList<>(List.of("--multi-release", String.valueOf(Runtime.version().feature()),
                "--ignore-missing-deps", "-summary"));
        dirs.forEach(d -> args.add(d.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int rc = jdeps.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, rc, "jdeps failed: " + err + out);
        // Lines "netty-common-4.2.20.Final.jar -> java.management"; only the platform modules matter.
        List<String> modules = out.toString().lines().filter(l -> l.contains("->"))
                .map(l -> l.substring(l.indexOf("->") + 2).strip())
                .filter(m -> m.matches("(java|jdk)\\.[a-z.]+")).distinct().toList();
        assertTrue(modules.contains("java.base"), "jdeps printed no modules:\n" + out);
        return modules;
    }

    /** The MODULES line of the runtime's {@code release} file. */
    private static Set<String> runtimeModules(Path runtime) throws IOException {
        Properties release = new Properties();
        try (InputStream in = Files.newInputStream(runtime.resolve("release"))) {
            release.load(in);
        }
        String modules = release.getProperty("MODULES", "").replace("\"", "").strip();
        return new TreeSet<>(Arrays.asList(modules.split("\\s+")));
    }
}
