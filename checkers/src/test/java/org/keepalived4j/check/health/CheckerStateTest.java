package org.keepalived4j.check.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keepalived4j.check.health.CheckerState.Report;

class CheckerStateTest {

    @Test
    void firstSuccessIsReportedOnceThenQuiet() {
        CheckerState s = new CheckerState(3, false);
        assertEquals(Report.PASSED, s.onResult(true).report());
        assertEquals(Report.NONE, s.onResult(true).report());
        assertTrue(s.up());
    }

    @Test
    void firstFailureIsReportedAtOnceDespiteRetries() {
        CheckerState s = new CheckerState(3, false);
        CheckerState.Step step = s.onResult(false);
        assertEquals(Report.FAILED, step.report());
        assertEquals(0, step.afterRetries(), "a first-run failure is not 'after retries'");
        assertFalse(step.retryNext());
        assertFalse(s.up());
    }

    @Test
    void upServerNeedsRetryPlusOneFailuresToGoDown() {
        CheckerState s = new CheckerState(2, false);
        s.onResult(true);
        CheckerState.Step a = s.onResult(false);
        assertEquals(Report.NONE, a.report());
        assertTrue(a.retryNext());
        CheckerState.Step b = s.onResult(false);
        assertEquals(Report.NONE, b.report());
        assertTrue(b.retryNext());
        CheckerState.Step c = s.onResult(false);
        assertEquals(Report.FAILED, c.report());
        assertEquals(2, c.afterRetries());
        assertFalse(c.retryNext());
        // staying down is quiet; as keepalived's tcp_epilog, a down server is retried too
        CheckerState.Step d = s.onResult(false);
        assertEquals(Report.NONE, d.report());
        assertTrue(d.retryNext());
    }

    @Test
    void successDuringRetriesResetsTheCount() {
        CheckerState s = new CheckerState(1, false);
        s.onResult(true);
        assertTrue(s.onResult(false).retryNext());
        assertEquals(Report.NONE, s.onResult(true).report());
        assertEquals(0, s.retriesInProgress());
        assertTrue(s.onResult(false).retryNext(), "a fresh failure gets its retries again");
    }

    @Test
    void alphaStartsDownAndNeedsASuccess() {
        CheckerState s = new CheckerState(3, true);
        assertFalse(s.up());
        assertEquals(Report.FAILED, s.onResult(false).report(), "first-run failure is still reported (notify_down)");
        assertEquals(Report.NONE, s.onResult(false).report());
        assertEquals(Report.PASSED, s.onResult(true).report());
        assertTrue(s.up());
    }

    @Test
    void zeroRetriesFailsOnFirstFailure() {
        CheckerState s = new CheckerState(0, false);
        s.onResult(true);
        CheckerState.Step step = s.onResult(false);
        assertEquals(Report.FAILED, step.report());
        assertEquals(0, step.afterRetries());
    }

    @Test
    void pingRetriesOnlyWhileUp() {
        // keepalived's icmp_epilog: a down checker is not retried, it waits for the next delay_loop.
        CheckerState s = new CheckerState(2, false, true);
        s.onResult(true);
        assertTrue(s.onResult(false).retryNext());
        assertTrue(s.onResult(false).retryNext());
        CheckerState.Step down = s.onResult(false);
        assertEquals(Report.FAILED, down.report());
        assertEquals(2, down.afterRetries());
        CheckerState.Step again = s.onResult(false);
        assertEquals(Report.NONE, again.report());
        assertFalse(again.retryNext());
        assertEquals(Report.PASSED, s.onResult(true).report());
    }
}
