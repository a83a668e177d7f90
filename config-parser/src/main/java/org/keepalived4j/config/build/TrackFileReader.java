package org.keepalived4j.config.build;

import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.model.vrrp.TrackFile;
import org.keepalived4j.config.tree.ConfigNode;

/** {@code track_file NAME { file PATH; weight N [reverse]; init_file [VALUE] [overwrite] }} (trackers/track_file.c). */
final class TrackFileReader {

    private static final class Draft {
        final String name;
        String path;
        int weight = 1;
        boolean reverse;
        TrackFile.Init init;

        Draft(String name) {
            this.name = name;
        }
    }

    private static final KeywordTable<Draft> TABLE = new KeywordTable<Draft>("track_file")
            .add("file", (d, n, c) -> {
                if (n.argCount() < 1) {
                    c.error(n, "track file file name missing");
                } else if (d.path != null) {
                    c.error(n, "File already set for track file " + d.name + " - ignoring " + n.arg(0));
                } else {
                    d.path = n.arg(0);
                }
            })
            .add("weight", (d, n, c) -> {
                if (n.argCount() < 1) {
                    c.error(n, "No weight specified for track file " + d.name + " - ignoring");
                    return;
                }
                if (d.weight != 1) {
                    c.error(n, "Weight already set for track file " + d.name + " - ignoring " + n.arg(0));
                    return;
                }
                var v = Numbers.readInt(c, n.position(), n.arg(0), -254, 254);
                if (v.isEmpty()) {
                    c.error(n, "Weight (" + n.arg(0) + ") for track_file " + d.name
                            + " must be between [-254..254] inclusive. Ignoring...");
                    d.weight = 1;
                } else {
                    d.weight = v.getAsInt();
                }
                if (n.argCount() >= 2) {
                    if (n.arg(1).equals("reverse")) {
                        d.reverse = true;
                    } else {
                        c.error(n, "track_file " + d.name + " unknown weight option " + n.arg(1));
                    }
                }
            })
            .add("init_file", (d, n, c) -> {
                int value = 0;
                boolean overwrite = false;
                for (int i = 0; i < n.argCount(); i++) {
                    String w = n.arg(i).stripLeading();
                    if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || w.charAt(0) == '-')) {
                        var v = Numbers.readInt(c, n.position(), w, Integer.MIN_VALUE, Integer.MAX_VALUE);
                        if (v.isEmpty()) {
                            c.error(n, "Track file " + d.name + " init value " + w + " is invalid");
                            value = 0;
                        } else {
                            value = v.getAsInt();
                            if (value < -254 || value > 254) {
                                c.error(n, "Track file " + d.name + " init value " + value
                                        + " is outside sensible range [-254, 254]");
                            }
                        }
                    } else if (w.equals("overwrite")) {
                        overwrite = true;
                    } else {
                        c.error(n, "Unknown track file init option " + w);
                    }
                }
                d.init = new TrackFile.Init(value, overwrite);
            });

    private TrackFileReader() {
    }

    /** Reads the block; without {@code file} it is ignored with keepalived's message. */
    static void read(VrrpBuild build, ConfigNode node) {
        String name = node.argCount() > 0 ? node.arg(0) : "";
        if (node.keyword().equals("vrrp_track_file")) {
            build.ctx.report(ConfigErrorKind.NOTICE, node,
                    "\"vrrp_track_file\" is deprecated, please use \"track_file\"");
        }
        Draft d = new Draft(name);
        TABLE.apply(d, node.block(), build.ctx);
        if (d.path == null) {
            build.ctx.report(ConfigErrorKind.GENERAL_ERROR, VrrpScriptReader.endOf(node),
                    "No file set for track_file " + name + " - ignoring");
            return;
        }
        build.trackFiles.put(name, new TrackFile(name, d.path, d.weight, d.reverse, d.init, node.position()));
    }
}
