package org.keepalived4j.vrrp.track;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.keepalived4j.config.model.vrrp.VrrpTrackProcess;
import org.keepalived4j.vrrp.bind.TrackEntry;

/**
 * A snapshot of the processes in {@code /proc} (name from {@code comm}, argv from {@code cmdline}) and
 * keepalived's {@code vrrp_track_process} matching against it: the name ({@code comm}, at most 15 characters) or,
 * with {@code full_command} or a path, {@code argv[0]}; then the parameters as {@code param_match} says. keepalived
 * follows process events through the proc connector; we scan, which costs one directory walk per scan interval.
 *
 * @param processes the processes seen
 */
public record ProcessTable(List<Proc> processes) {
    /**
     * One process.
     *
     * @param comm its name
     * @param argv its command line (empty for kernel threads)
     */
    public record Proc(String comm, List<String> argv) {
    }

    /** Reads {@code procRoot} ({@code /proc}); processes that vanish while reading are skipped. */
    public static ProcessTable scan(Path procRoot) {
        List<Proc> out = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(procRoot,
                p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path d : dirs) {
                try {
                    String comm = Files.readString(d.resolve("comm"), StandardCharsets.UTF_8).strip();
                    byte[] raw = Files.readAllBytes(d.resolve("cmdline"));
                    List<String> argv = raw.length == 0 ? List.of()
                            : Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
                    out.add(new Proc(comm, List.copyOf(argv)));
                } catch (IOException e) {
                    // the process ended while we read it
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + procRoot + ": " + e.getMessage(), e);
        }
        return new ProcessTable(Collections.unmodifiableList(out));
    }

    /** How many processes match {@code spec}. */
    public long count(TrackEntry.ProcessSpec spec) {
        long n = 0;
        for (Proc p : processes) {
            if (matches(spec, p)) {
                n++;
            }
        }
        return n;
    }

    static boolean matches(TrackEntry.ProcessSpec spec, Proc p) {
        boolean byPath = spec.fullCommand() || spec.process().contains("/");
        if (byPath) {
            if (p.argv().isEmpty() || !p.argv().getFirst().equals(spec.process())) {
                return false;
            }
        } else {
            String name = spec.process().length() > 15 ? spec.process().substring(0, 15) : spec.process();
            if (!p.comm().equals(name)) {
                return false;
            }
        }
        List<String> want = spec.parameters();
        if (want.isEmpty() || spec.paramMatch() == VrrpTrackProcess.ParamMatch.NONE) {
            return true;
        }
        List<String> args = p.argv().isEmpty() ? List.of() : p.argv().subList(1, p.argv().size());
        return switch (spec.paramMatch()) {
            case EXACT -> args.equals(want);
            case INITIAL -> args.size() >= want.size() && args.subList(0, want.size()).equals(want);
            case PARTIAL -> Collections.indexOfSubList(args, want) >= 0;
            case NONE -> true;
        };
    }
}
