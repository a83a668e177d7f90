package org.keepalived4j.vrrp.track;

/**
 * The rise/fall counter of one {@code vrrp_script}, as keepalived's {@code vrrp_script_child_thread}: the result
 * counts from 0 to rise+fall-1; the script is good from {@code rise} up. {@code rise} successes in a row make a
 * failed (or not yet known) script good, {@code fall} failures in a row make a good one fail; while the script
 * has not changed state yet (init) the first failure fails it at once. Pure; owned by the tracker thread.
 */
public final class ScriptState {
    private final int rise;
    private final int fall;
    private int result;
    private Boolean ok;

    /**
     * @param rise     {@code rise} (at least 1)
     * @param fall     {@code fall} (at least 1)
     * @param initFail {@code init_fail}: start failed instead of unknown
     */
    public ScriptState(int rise, int fall, boolean initFail) {
        this.rise = Math.max(1, rise);
        this.fall = Math.max(1, fall);
        this.ok = initFail ? Boolean.FALSE : null;
    }

    /** The state: true good, false failed, null not known yet. */
    public Boolean ok() {
        return ok;
    }

    /** keepalived's {@code result} counter. */
    public int result() {
        return result;
    }

    /**
     * One run ended.
     *
     * @param success exit status 0
     * @return true when the state changed ("VRRP_Script(x) succeeded" / "failed")
     */
    public boolean onResult(boolean success) {
        if (success) {
            if (result < rise - 1) {
                result++;
                return false;
            }
            boolean changed = result < rise && !Boolean.TRUE.equals(ok);
            result = rise + fall - 1;
            if (changed) {
                ok = true;
            }
            return changed;
        }
        if (result > rise) {
            result--;
            return false;
        }
        boolean changed = (result == rise || ok == null) && !Boolean.FALSE.equals(ok);
        result = 0;
        if (changed) {
            ok = false;
        }
        return changed;
    }
}
