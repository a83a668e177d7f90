package org.keepalived4j.netlink.vm;

import java.util.List;

/**
 * Steps that run inside the VM, each followed by shell checks (e.g. {@code ipvsadm -Sn}) whose output the host
 * compares. The class must have a public no-argument constructor: {@link GuestScenarioMain} instantiates it in the
 * guest by name, and the host may instantiate it too, e.g. to run the same steps against a fake.
 *
 * @param <C> what every step works on, e.g. an {@code IpvsTable}
 */
public interface GuestScenario<C extends AutoCloseable> {

    /**
     * @return the context for the steps, opened in the guest (e.g. {@code GenlIpvsTable.open()})
     * @throws Exception when it cannot be opened; the whole run then fails
     */
    C open() throws Exception;

    /** @return the steps, in order; names must be unique */
    List<GuestStep<C>> steps();
}
