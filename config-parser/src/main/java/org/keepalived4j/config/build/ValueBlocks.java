package org.keepalived4j.config.build;

import java.util.ArrayList;
import java.util.List;
import org.keepalived4j.config.ConfigErrorKind;
import org.keepalived4j.config.tree.ConfigNode;

/**
 * keepalived's {@code alloc_value_block}: a block whose lines are data ({@code virtual_ipaddress},
 * {@code track_interface}, {@code group}...) rather than keywords. Each line is one node; its {@link ConfigNode#words()}
 * are the values.
 */
final class ValueBlocks {

    private ValueBlocks() {
    }

    /**
     * The lines of a value block (nested blocks flattened, as keepalived reads on); warns about words after the
     * block keyword ({@code Block %s has extra parameters %s ...}).
     */
    static List<ConfigNode> lines(ConfigNode block, BuildContext ctx) {
        if (block.argCount() > 0) {
            ctx.report(ConfigErrorKind.GENERAL_ERROR, block,
                    "Block " + block.keyword() + " has extra parameters " + block.arg(0) + " ...");
        }
        List<ConfigNode> out = new ArrayList<>();
        if (block.hasBlock()) {
            flatten(block.block(), out);
        }
        return out;
    }

    private static void flatten(List<ConfigNode> nodes, List<ConfigNode> out) {
        for (ConfigNode n : nodes) {
            out.add(new ConfigNode(n.keyword(), n.args(), null, n.position(), n.blockPosition(), n.line()));
            if (n.hasBlock()) {
                flatten(n.block(), out);
            }
        }
    }

    /** The single words of a block ({@code group { VI_1 VI_2 }}), every word of every line. */
    static List<String> words(ConfigNode block, BuildContext ctx) {
        List<String> out = new ArrayList<>();
        for (ConfigNode n : lines(block, ctx)) {
            out.addAll(n.words());
        }
        return out;
    }
}
