package org.keepalived4j.config.tree;

import java.util.List;
import org.keepalived4j.config.SourcePosition;

/**
 * One statement of keepalived.conf: a keyword, its arguments on the same line, and an optional {@code { ... }} block.
 *
 * <p>This is the generic block structure the grammar produces; it knows no keyword. The model builder gives it meaning
 * through keyword tables. Inside blocks such as {@code virtual_ipaddress} every line is a node whose "keyword" is the
 * first word (an address), exactly as keepalived reads them.
 *
 * @param keyword       the first word of the line
 * @param args          the remaining words of the line (not including braces)
 * @param block         the statements inside the block, or {@code null} when the statement has no block
 * @param position      where the keyword stands
 * @param blockPosition where the block's {@code {} stands ({@link SourcePosition#NONE} without a block)
 * @param line          the whole preprocessed line the statement stands on (comments removed, definitions
 *                      expanded), for keywords that re-read it as keepalived does (scripts: quotes and escapes)
 * @param closePosition where the block's closing {@code }} stands ({@link SourcePosition#NONE} without a block, or
 *                      when the input ended before the block was closed); keepalived reports an unknown block keyword's
 *                      {@code }} at the top level as {@code Unknown keyword '}'} on that line
 */
public record ConfigNode(String keyword, List<Word> args, List<ConfigNode> block, SourcePosition position,
                         SourcePosition blockPosition, String line, SourcePosition closePosition) {

    public ConfigNode {
        args = List.copyOf(args);
        block = block == null ? null : List.copyOf(block);
        closePosition = closePosition == null ? SourcePosition.NONE : closePosition;
    }

    /**
     * Where the block ends: the closing brace if known, else the keyword's own line. keepalived reports the checks
     * it makes at the end of a block (its {@code install_sublevel_end_handler}s) at that line.
     */
    public SourcePosition blockEnd() {
        return closePosition.isNone() ? position : closePosition;
    }

    /** A statement whose closing brace position is not known ({@link SourcePosition#NONE}). */
    public ConfigNode(String keyword, List<Word> args, List<ConfigNode> block, SourcePosition position,
                      SourcePosition blockPosition, String line) {
        this(keyword, args, block, position, blockPosition, line, SourcePosition.NONE);
    }

    /** True if the statement has a {@code { ... }} block (possibly empty). */
    public boolean hasBlock() {
        return block != null;
    }

    /** Number of arguments after the keyword. */
    public int argCount() {
        return args.size();
    }

    /** The text of argument {@code i} (0 is the first word after the keyword). */
    public String arg(int i) {
        return args.get(i).text();
    }

    /** All words of the line, keyword first, as keepalived's {@code strvec}. */
    public List<String> words() {
        String[] w = new String[args.size() + 1];
        w[0] = keyword;
        for (int i = 0; i < args.size(); i++) {
            w[i + 1] = args.get(i).text();
        }
        return List.of(w);
    }

    @Override
    public String toString() {
        return position + " " + words() + (block == null ? "" : " {" + block.size() + "}");
    }
}
