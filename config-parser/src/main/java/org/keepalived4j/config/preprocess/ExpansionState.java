package org.keepalived4j.config.preprocess;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * What keepalived's reader remembers between lines while expanding: the active {@code ~SEQ} / {@code ~LST} loops
 * (innermost last), the rest of the multi-line definition being replayed, and the stack of interrupted multi-line
 * replays with the loop depth that was current when each started.
 */
final class ExpansionState {

    /** A multi-line replay put aside for a nested one, and the loop depth it belongs to. */
    record Pending(String rest, int seqDepth) {
    }

    final List<Sequence> sequences = new ArrayList<>();
    final ArrayDeque<Pending> multilineStack = new ArrayDeque<>();
    /** Loops at or below this depth belong to an outer replay and wait until it is done. */
    int multilineSeqDepth;
    /** The lines of a multi-line definition still to replay, or null. */
    String nextPtr;

    void push(String rest) {
        multilineStack.push(new Pending(rest, multilineSeqDepth));
    }

    /** The replay put aside last, restoring its loop depth; null when none is left. */
    String pop() {
        Pending p = multilineStack.poll();
        if (p == null) {
            return null;
        }
        multilineSeqDepth = p.seqDepth();
        return p.rest();
    }

    /** Forgets every loop and replay (used when an expansion runs away). */
    void clear() {
        sequences.clear();
        multilineStack.clear();
        multilineSeqDepth = 0;
        nextPtr = null;
    }
}
