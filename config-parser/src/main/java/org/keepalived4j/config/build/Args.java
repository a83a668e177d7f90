package org.keepalived4j.config.build;

import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.tree.ConfigNode;

/** Access to a statement's words with keepalived's message for a missing one ({@code null_strvec}). */
final class Args {

    private Args() {
    }

    /**
     * Word {@code index} of the statement (0 = keyword), or null after keepalived's
     * {@code *** Configuration line starting `X` is missing a parameter after keyword `Y` at word position N}.
     */
    static String word(ConfigNode node, BuildContext ctx, int index) {
        var w = node.words();
        if (index < w.size()) {
            return w.get(index);
        }
        ctx.report(ConfigErrorKind.MISSING_PARAMETER, node, "*** Configuration line starting `" + node.keyword()
                + "` is missing a parameter after keyword `" + w.get(w.size() - 1) + "` at word position "
                + (index + 1));
        return null;
    }

    /** The first argument, or null after the message. */
    static String first(ConfigNode node, BuildContext ctx) {
        return word(node, ctx, 1);
    }
}
