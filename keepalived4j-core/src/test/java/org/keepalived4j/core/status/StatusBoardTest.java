package org.keepalived4j.core.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;

class StatusBoardTest {

    @Test
    void countsTransitionsAndReadsSuppliers() {
        StatusBoard b = new StatusBoard();
        b.vrrp(() -> List.of(new InstanceStatus("VI_1", "MASTER", 100, 100, "eth0", 51, 1, 2, 1, 0, 0)));
        b.onStateChange("VI_1", "BACKUP", 100);
        b.onStateChange("VI_1", "MASTER", 100);
        b.onStateChange("VI_1", "MASTER", 100);
        StatusSnapshot s = b.snapshot();
        assertEquals(2, s.transitions("VI_1", "MASTER"));
        assertEquals(1, s.transitions("VI_1", "BACKUP"));
        assertEquals(0, s.transitions("VI_9", "MASTER"));
        assertEquals(Map.of("vrrp", true), s.sources(), "only the sources the daemon has");
        assertTrue(s.virtualServers().isEmpty());
        assertNull(s.ipvs());
    }

    @Test
    void aFailingSupplierLeavesItsSectionEmptyAndMarksItDown() {
        StatusBoard b = new StatusBoard();
        b.lvs(() -> {
            throw new IllegalStateException("checker loop: stopped");
        });
        b.ipvs(() -> IpvsCounters.UNAVAILABLE);
        StatusSnapshot s = b.snapshot();
        assertEquals(Map.of("checker", false, "ipvs", true), s.sources());
        assertTrue(s.virtualServers().isEmpty());
        String page = MetricsPage.render(s);
        assertTrue(page.contains("keepalived4j_status_source_up{source=\"checker\"} 0\n"), page);
        assertTrue(page.contains("keepalived4j_ipvs_available 0\n"), page);
    }
}
