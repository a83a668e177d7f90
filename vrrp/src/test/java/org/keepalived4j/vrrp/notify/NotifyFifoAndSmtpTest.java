package org.keepalived4j.vrrp.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.FileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keepalived4j.vrrp.state.VrrpState;

/** notify_fifo lines as keepalived writes them, and which transitions are mailed. */
class NotifyFifoAndSmtpTest {
    @TempDir
    Path dir;

    @Test
    void linesReachTheFifoInKeepalivedsFormat() throws Exception {
        Path fifo = dir.resolve("notify.fifo");
        try (NotifyFifoWriter w = NotifyFifoWriter.open(List.of(fifo))) {
            assertEquals(true, Files.exists(fifo), "created with mkfifo");
            w.stateChanged(false, "VI_1", VrrpState.MASTER, 100);
            w.stateChanged(true, "G1", VrrpState.BACKUP, 0);
            try (BufferedReader r = new BufferedReader(new FileReader(fifo.toFile()))) {
                assertEquals("INSTANCE \"VI_1\" MASTER 100", r.readLine());
                assertEquals("GROUP \"G1\" BACKUP 0", r.readLine());
            }
        }
    }

    @Test
    void smtpAlertsFollowKeepalivedsRules() {
        List<String> mails = new ArrayList<>();
        SmtpAlerts a = new SmtpAlerts((g, n, s, subject, body) -> mails.add(n + ": " + subject + " / " + body), true);
        a.setEnabled(Set.of("VI_1"), Set.of("G1"));
        a.stateChanged(false, "VI_1", VrrpState.MASTER, 100);
        a.stateChanged(false, "VI_1", VrrpState.MASTER, 100);
        a.stateChanged(false, "VI_1", VrrpState.FAULT, 100);
        a.stateChanged(false, "VI_2", VrrpState.MASTER, 100);
        a.stateChanged(true, "G1", VrrpState.BACKUP, 0);
        assertEquals(List.of("VI_1: Entering MASTER state / => VRRP Instance is now owning VRRP VIPs <=",
                "G1: Entering BACKUP state / => All VRRP group instances are now in BACKUP state <="), mails,
                "once per state, no FAULT mail with no_email_faults, only where smtp_alert is set");
    }
}
