package org.keepalived4j.config.model.vrrp;

import java.time.Duration;
import java.util.List;
import org.keepalived4j.config.SourcePosition;

/**
 * {@code garp_group { garp_interval T; gna_interval T; interface IF | interfaces { IF... } }}: spacing of GARP/NA
 * messages sent on a set of interfaces.
 *
 * @param garpInterval     minimum gap between GARPs, or null if not set
 * @param gnaInterval      minimum gap between unsolicited NAs, or null if not set
 * @param interfaces       the interfaces
 * @param aggregationGroup the group number keepalived gives an {@code interfaces} block (0 for {@code interface})
 * @param position         where the block starts
 */
public record GarpGroup(Duration garpInterval, Duration gnaInterval, List<String> interfaces, int aggregationGroup,
                        SourcePosition position) {

    public GarpGroup {
        interfaces = List.copyOf(interfaces);
    }
}
