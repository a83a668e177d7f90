package org.keepalived4j.vrrp.track;

/**
 * keepalived's tracking arithmetic ({@code vrrp_track.c initialise_*_tracking_priorities},
 * {@code process_script_update_priority}, {@code track_file.c update_track_file_status}), pure.
 *
 * <table>
 * <caption>What one tracked object contributes (m = -1 with {@code reverse}, else 1)</caption>
 * <tr><th>object</th><th>weight 0</th><th>weight w &ne; 0</th></tr>
 * <tr><td>interface, script, process: OK</td><td>FAULT with {@code reverse}</td><td>+w&middot;m if w &gt; 0,
 *     else 0</td></tr>
 * <tr><td>interface, script, process: failed</td><td>FAULT without {@code reverse}</td><td>+w&middot;m if
 *     w &lt; 0, else 0</td></tr>
 * <tr><td>script not run yet</td><td>nothing</td><td>nothing</td></tr>
 * <tr><td>file holding v</td><td>FAULT when (v &ne; 0) without {@code reverse}, (v = 0) with it</td>
 *     <td>v&middot;w&middot;m clamped to -254..253; -254 is FAULT</td></tr>
 * </table>
 *
 * The instance's effective priority is its {@code priority} plus the sum, clamped to 1..254 by the state machine
 * (an address owner keeps 255).
 */
public final class TrackWeights {
    /** keepalived's file status meaning "instance down". */
    public static final int FILE_FAULT = -254;

    private TrackWeights() {
    }

    /**
     * A two-state object's contribution.
     *
     * @param ok      its state; null while unknown (a script that has not run yet)
     * @param weight  the tracking weight
     * @param reverse {@code reverse}
     */
    public static Contribution ofState(Boolean ok, int weight, boolean reverse) {
        if (ok == null) {
            return Contribution.NONE;
        }
        int m = reverse ? -1 : 1;
        if (weight == 0) {
            return ok == reverse ? Contribution.FAULT : Contribution.NONE;
        }
        if (ok) {
            return new Contribution(false, weight > 0 ? weight * m : 0);
        }
        return new Contribution(false, weight < 0 ? weight * m : 0);
    }

    /**
     * A tracked file's contribution.
     *
     * @param value   the number in the file (0 when missing or unreadable)
     * @param weight  the tracking weight
     * @param reverse {@code reverse}
     */
    public static Contribution ofFile(long value, int weight, boolean reverse) {
        if (weight == 0) {
            return (value != 0) != reverse ? Contribution.FAULT : Contribution.NONE;
        }
        long status = value * weight * (reverse ? -1L : 1L);
        if (status <= FILE_FAULT) {
            return Contribution.FAULT;
        }
        return new Contribution(false, (int) Math.min(status, 253));
    }

    /**
     * What one object does to one instance.
     *
     * @param fault whether it puts the instance in FAULT
     * @param delta what it adds to the priority
     */
    public record Contribution(boolean fault, int delta) {
        /** Nothing. */
        public static final Contribution NONE = new Contribution(false, 0);
        /** FAULT. */
        public static final Contribution FAULT = new Contribution(true, 0);
    }
}
