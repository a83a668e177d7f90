package org.keepalived4j.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.keepalived4j.vrrp.VrrpRuntime.InstanceStatus;

class VrrpJsonDumpTest {

    @Test
    void keepalivedsFieldNamesAndStateCodes() throws Exception {
        StringBuilder sb = new StringBuilder();
        VrrpJsonDump.write(List.of(
                new InstanceStatus("VI_1", "MASTER", 100, 150, "eth0", 51, 10, 2, 1, 0, 0),
                new InstanceStatus("V\"2", "FAULT", 90, 0, "eth1", 52, 0, 0, 0, 1, 3)), sb);
        assertEquals("[{\"data\":{\"iname\":\"VI_1\",\"ifp_ifname\":\"eth0\",\"vrid\":51,\"base_priority\":100,"
                + "\"effective_priority\":150,\"state\":2},\"stats\":{\"advert_rcvd\":2,\"advert_sent\":10,"
                + "\"become_master\":1,\"release_master\":0}},{\"data\":{\"iname\":\"V\\\"2\",\"ifp_ifname\":\"eth1\","
                + "\"vrid\":52,\"base_priority\":90,\"effective_priority\":0,\"state\":3},\"stats\":{\"advert_rcvd\":0,"
                + "\"advert_sent\":0,\"become_master\":0,\"release_master\":1}}]\n", sb.toString());
        assertEquals(0, VrrpJsonDump.stateCode("INIT"));
        assertEquals(1, VrrpJsonDump.stateCode("BACKUP"));
    }
}
