package org.keepalived4j.vrrp.track;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.track.TrackWeights.Contribution;

/** keepalived's weight arithmetic and the vrrp_script rise/fall counter. */
class TrackWeightsTest {
    @Test
    void weightZeroFaultsOnFailureOrOnSuccessWhenReversed() {
        assertEquals(Contribution.FAULT, TrackWeights.ofState(false, 0, false));
        assertEquals(Contribution.NONE, TrackWeights.ofState(true, 0, false));
        assertEquals(Contribution.FAULT, TrackWeights.ofState(true, 0, true));
        assertEquals(Contribution.NONE, TrackWeights.ofState(null, 0, false), "a script not run yet counts nothing");
    }

    @Test
    void positiveWeightAddsOnSuccessNegativeSubtractsOnFailure() {
        assertEquals(new Contribution(false, 10), TrackWeights.ofState(true, 10, false));
        assertEquals(Contribution.NONE, TrackWeights.ofState(false, 10, false));
        assertEquals(new Contribution(false, -20), TrackWeights.ofState(false, -20, false));
        assertEquals(Contribution.NONE, TrackWeights.ofState(true, -20, false));
        assertEquals(new Contribution(false, -10), TrackWeights.ofState(true, 10, true), "reverse");
    }

    @Test
    void filesMultiplyTheirValueAndMinus254IsFault() {
        assertEquals(new Contribution(false, -15), TrackWeights.ofFile(3, -5, false));
        assertEquals(new Contribution(false, 253), TrackWeights.ofFile(1000, 1, false), "clamped to 253");
        assertEquals(Contribution.FAULT, TrackWeights.ofFile(-254, 1, false));
        assertEquals(Contribution.FAULT, TrackWeights.ofFile(7, 0, false), "weight 0: non-zero means fault");
        assertEquals(Contribution.NONE, TrackWeights.ofFile(0, 0, false));
        assertEquals(Contribution.FAULT, TrackWeights.ofFile(0, 0, true), "reverse: zero means fault");
    }

    @Test
    void scriptNeedsRiseSuccessesAndFallFailures() {
        ScriptState s = new ScriptState(2, 3, false);
        assertNull(s.ok());
        assertFalse(s.onResult(true));
        assertNull(s.ok(), "one success of rise 2");
        assertTrue(s.onResult(true));
        assertEquals(Boolean.TRUE, s.ok());
        assertFalse(s.onResult(false));
        assertFalse(s.onResult(false));
        assertEquals(Boolean.TRUE, s.ok(), "two failures of fall 3");
        assertTrue(s.onResult(false));
        assertEquals(Boolean.FALSE, s.ok());
        assertFalse(s.onResult(false), "already failed");
        assertFalse(s.onResult(true));
        assertTrue(s.onResult(true));
        assertEquals(Boolean.TRUE, s.ok());
    }

    @Test
    void aScriptNotYetKnownFailsOnItsFirstFailureAndInitFailStartsFailed() {
        ScriptState s = new ScriptState(3, 3, false);
        assertTrue(s.onResult(false), "init: the first failure counts at once");
        assertEquals(Boolean.FALSE, s.ok());
        ScriptState f = new ScriptState(1, 1, true);
        assertEquals(Boolean.FALSE, f.ok());
        assertFalse(f.onResult(false));
        assertTrue(f.onResult(true));
    }
}
