package org.keepalived4j.core.dump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.keepalived4j.config.ConfigParser;

class ConfigDumpTest {

    @Test
    void dumpShowsFinalValuesDefaultsAndPositions() {
        String conf = """
                global_defs {
                    router_id DIRECTOR_1
                }
                vrrp_instance VI_1 {
                    state MASTER
                    interface eth0
                    virtual_router_id 51
                    advert_int 1
                    virtual_ipaddress {
                        192.168.10.100/24
                    }
                }
                virtual_server 192.168.10.100 80 {
                    lb_algo wrr
                    lb_kind DR
                    persistence_timeout 50
                    protocol TCP
                    real_server 192.168.10.11 80 {
                        weight 3
                        TCP_CHECK {
                            connect_timeout 3
                        }
                    }
                }
                """;
        String dump = ConfigDump.dump(ConfigParser.parse(conf).config());
        assertTrue(dump.contains("routerId: DIRECTOR_1"), dump);
        assertTrue(dump.contains("keepalived.conf:4"), "positions are shown:\n" + dump);
        assertTrue(dump.matches("(?s).*priority: 255.*"), "state MASTER without priority means 255:\n" + dump);
        assertTrue(dump.contains("192.168.10.11"), dump);
        assertTrue(dump.matches("(?s).*weight: 3.*"), dump);
        assertTrue(dump.contains("60s"), "delay_loop default 60s is shown:\n" + dump);
    }
}
