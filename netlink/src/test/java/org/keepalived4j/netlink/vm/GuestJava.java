package org.keepalived4j.netlink.vm;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

/**
 * Shell command lines that start a Java {@code main} inside the VM with this JVM's own JDK and class path, both
 * visible to the guest through the read-only host root. That is how a JUnit test on the host runs code in the
 * guest: it sends {@code GuestJava.command(SomeGuestMain.class, "plan.txt")} to {@link VmSession#exec}, after
 * {@link VmSession#putFile} for the plan, and asserts on the returned output.
 *
 * <p>Surefire's manifest-only booter jar is expanded into the entries its {@code Class-Path} names. A class path
 * entry under {@code /tmp} is refused: the guest has its own {@code /tmp}.
 */
public final class GuestJava {
    /** JVM options for the guest: emulated CPUs make C2 and parallel GC cost more than they return. */
    public static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xmx256m", "-Xss1m", "--enable-native-access=ALL-UNNAMED");

    private GuestJava() {
    }

    /**
     * @param mainClass a class with {@code public static void main(String[])} on this JVM's class path
     * @param args its arguments
     * @return a {@code /bin/sh} command line that runs it in the guest
     * @throws VmException when the JDK or a class path entry is not visible to the guest
     */
    public static String command(Class<?> mainClass, String... args) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        requireVisible(java);
        List<String> words = new ArrayList<>();
        words.add(java.toString());
        words.addAll(JVM_OPTIONS);
        words.add("-cp");
        words.add(classPath().stream().map(Path::toString).collect(Collectors.joining(":")));
        words.add(mainClass.getName());
        words.addAll(List.of(args));
        return words.stream().map(GuestJava::quote).collect(Collectors.joining(" "));
    }

    /** @return this JVM's class path, manifest-only jars expanded, every entry checked to be guest-visible */
    public static List<Path> classPath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (!e.isEmpty()) {
                expand(Path.of(e).toAbsolutePath().normalize(), entries);
            }
        }
        entries.forEach(GuestJava::requireVisible);
        return List.copyOf(entries);
    }

    /** @param s a word @return it single-quoted for {@code /bin/sh} */
    public static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static void expand(Path entry, Set<Path> out) {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            out.add(entry);
            return;
        }
        String manifestClassPath = manifestClassPath(entry);
        if (manifestClassPath == null || !entry.getFileName().toString().startsWith("surefirebooter")) {
            out.add(entry);
            return;
        }
        for (String url : manifestClassPath.trim().split("\\s+")) {
            URI uri = entry.toUri().resolve(url);
            out.add(Path.of(uri).toAbsolutePath().normalize());
        }
    }

    private static String manifestClassPath(Path jar) {
        try (JarFile jf = new JarFile(jar.toFile())) {
            Manifest m = jf.getManifest();
            return m == null ? null : m.getMainAttributes().getValue("Class-Path");
        } catch (IOException e) {
            throw new VmException("cannot read the manifest of class path entry " + jar + ": " + e.getMessage(), e);
        }
    }

    private static void requireVisible(Path p) {
        if (p.startsWith("/tmp") || p.startsWith("/var/tmp") || p.startsWith("/run") || p.startsWith("/dev/shm")) {
            throw new VmException(p + " is on a file system the guest replaces with its own tmpfs; "
                    + "the guest cannot see it");
        }
    }
}
