package org.keepalived4j.config.build;

import java.util.List;
import java.util.function.Function;
import org.keepalived4j.config.model.vrrp.Tracked;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * The lines of {@code track_interface}, {@code track_script}, {@code track_file} and {@code track_process} blocks in an
 * instance or sync group: {@code NAME [weight N [reverse|noreverse]]}, resolved against what is defined so far (as
 * keepalived does: a {@code vrrp_script} defined after the instance is "not found").
 */
final class TrackReferences {

    private final VrrpBuild build;

    TrackReferences(VrrpBuild build) {
        this.build = build;
    }

    /** {@code track_interface { IF [weight N [reverse]] }} (keepalived's alloc_track_if). */
    void interfaces(String owner, ConfigNode block, TrackLists lists) {
        for (ConfigNode line : ValueBlocks.lines(block, build.ctx)) {
            String name = line.keyword();
            if (!build.interfaces.lookup(name)) {
                build.ctx.error(line, "(" + owner + ") tracked interface " + name + " doesn't exist");
                continue;
            }
            if (lists.interfaces.stream().anyMatch(t -> t.target().equals(name))) {
                build.ctx.error(line, "(" + owner + ") duplicate track_interface " + name + " - ignoring");
                continue;
            }
            int weight = 0;
            boolean reverse = false;
            List<String> w = line.words();
            if (w.size() >= 2) {
                if (!w.get(1).equals("weight")) {
                    build.ctx.error(line, "(" + owner + ") unknown track_interface " + name + " option " + w.get(1)
                            + " - ignoring");
                    continue;
                }
                if (w.size() == 2) {
                    build.ctx.error(line, "(" + owner + ") weight without value specified for track_interface "
                            + name + " - ignoring");
                    continue;
                }
                weight = weight(line, w.get(2), "(" + owner + ") weight " + w.get(2) + " for " + name
                        + " must be between [-253..253] inclusive. Ignoring...", 0, owner, name);
                if (w.size() >= 4) {
                    if (w.get(3).equals("reverse")) {
                        reverse = true;
                    } else {
                        build.ctx.error(line, "(" + owner + ") unknown track_interace " + name + " weight option "
                                + w.get(3) + " - ignoring");
                    }
                }
            }
            lists.interfaces.add(new Tracked<>(name, weight, reverse, line.position()));
        }
    }

    /** -254..254 read; +-254 become +-253 with keepalived's message; invalid gives {@code fallback}. */
    private int weight(ConfigNode line, String word, String invalidMsg, int fallback, String owner, String name) {
        var n = Numbers.readInt(build.ctx, line.position(), word, -254, 254);
        if (n.isEmpty()) {
            build.ctx.error(line, invalidMsg);
            return fallback;
        }
        int v = n.getAsInt();
        if (v == 254 || v == -254) {
            build.ctx.error(line, "(" + owner + ") weight for " + name + " cannot be +/-254. Setting to +/-253");
            return v > 0 ? 253 : -253;
        }
        return v;
    }

    /** The object a tracked line names, or null after {@code (%s) track KIND %s not found, ignoring...}. */
    private interface Target<T> {
        int weight(T t);

        boolean reverse(T t);
    }

    private <T> void objects(String owner, ConfigNode block, List<Tracked<T>> list, Function<String, T> find,
                             Target<T> defaults, String kind, String dupKind, String optKind, int min, int max,
                             boolean clamp254) {
        for (ConfigNode line : ValueBlocks.lines(block, build.ctx)) {
            String name = line.keyword();
            T target = find.apply(name);
            if (target == null) {
                build.ctx.error(line, "(" + owner + ") track " + kind + " " + name + " not found, ignoring...");
                continue;
            }
            if (list.stream().anyMatch(t -> t.target() == target)) {
                build.ctx.error(line, "(" + owner + ") duplicate track_" + dupKind + " " + name + " - ignoring");
                continue;
            }
            int weight = defaults.weight(target);
            boolean reverse = defaults.reverse(target);
            List<String> w = line.words();
            if (w.size() >= 2) {
                if (!w.get(1).equals("weight")) {
                    build.ctx.error(line, "(" + owner + ") unknown track " + kind + " option " + w.get(1)
                            + " - ignoring");
                    continue;
                }
                if (w.size() == 2) {
                    build.ctx.error(line, "(" + owner + ") weight without value specified for track " + kind + " "
                            + name + " - ignoring");
                    continue;
                }
                var n = Numbers.readInt(build.ctx, line.position(), w.get(2), min, max);
                if (n.isEmpty()) {
                    build.ctx.error(line, clamp254
                            ? "(" + owner + ") track script " + name
                                    + ": weight must be between [-253..253] inclusive, ignoring..."
                            : "(" + owner + ") weight for track " + kind + " " + name + " must be in [" + min + ".."
                                    + max + "] inclusive. Ignoring...");
                } else if (clamp254 && Math.abs(n.getAsInt()) == 254) {
                    build.ctx.error(line, "(" + owner + ") weight for " + name + " cannot be +/-254. Setting to +/-253");
                    weight = n.getAsInt() > 0 ? 253 : -253;
                } else {
                    weight = n.getAsInt();
                }
                if (w.size() >= 4) {
                    if (w.get(3).equals("reverse")) {
                        reverse = true;
                    } else if (w.get(3).equals("noreverse")) {
                        reverse = false;
                    } else {
                        build.ctx.error(line, "(" + owner + ") unknown track_" + optKind + " " + name
                                + " weight option " + w.get(3) + " - ignoring");
                        if (kind.equals("file")) {
                            continue;
                        }
                    }
                }
            }
            list.add(new Tracked<>(target, weight, reverse, line.position()));
        }
    }

    /** {@code track_script { NAME [weight N [reverse|noreverse]] }}. */
    void scripts(String owner, ConfigNode block, TrackLists lists) {
        objects(owner, block, lists.scripts, build.scripts::get, new Target<>() {
            public int weight(org.keepalived4j.config.model.vrrp.VrrpScript s) {
                return s.weight();
            }

            public boolean reverse(org.keepalived4j.config.model.vrrp.VrrpScript s) {
                return s.weightReverse();
            }
        }, "script", "script", "script", -254, 254, true);
    }

    /** {@code track_file { NAME [weight N [reverse|noreverse]] }}. */
    void files(String owner, ConfigNode block, TrackLists lists) {
        objects(owner, block, lists.files, build.trackFiles::get, new Target<>() {
            public int weight(org.keepalived4j.config.model.vrrp.TrackFile f) {
                return f.weight();
            }

            public boolean reverse(org.keepalived4j.config.model.vrrp.TrackFile f) {
                return f.weightReverse();
            }
        }, "file", "file", "file", -254, 254, false);
    }

    /** {@code track_process { NAME [weight N [reverse|noreverse]] }}. */
    void processes(String owner, ConfigNode block, TrackLists lists) {
        objects(owner, block, lists.processes, build.processes::get, new Target<>() {
            public int weight(org.keepalived4j.config.model.vrrp.VrrpTrackProcess p) {
                return p.weight();
            }

            public boolean reverse(org.keepalived4j.config.model.vrrp.VrrpTrackProcess p) {
                return p.weightReverse();
            }
        }, "process", "process", "process", -254, 254, false);
    }
}
