package org.keepalived4j.netlink.rtnl;

import org.keepalived4j.netlink.netns.NetnsExecutor;
import org.keepalived4j.netlink.testing.SystemTests;
import org.keepalived4j.netlink.testing.TestNetns;

import java.util.concurrent.Callable;

/**
 * A namespace with a veth pair {@code veth0}/{@code veth1} (both up) and an {@link Rtnetlink} client opened on the
 * namespace's thread.
 */
final class NamespaceFixture implements AutoCloseable {
    final TestNetns ns;
    final Rtnetlink rtnl;
    final int veth0;

    private NamespaceFixture(TestNetns ns) throws Exception {
        this.ns = ns;
        ns.ip("link add veth0 type veth peer name veth1");
        ns.ip("link set veth0 up");
        ns.ip("link set veth1 up");
        this.rtnl = ns.executor().call(Rtnetlink::open);
        this.veth0 = on(() -> rtnl.links().byName("veth0").orElseThrow().index());
    }

    static NamespaceFixture create(String purpose) throws Exception {
        SystemTests.assumeRootWithNamespaces();
        TestNetns ns = TestNetns.create(purpose);
        try {
            return new NamespaceFixture(ns);
        } catch (Exception | Error e) {
            ns.close();
            throw e;
        }
    }

    /** Runs on the namespace thread, where {@link #rtnl} belongs. */
    <T> T on(Callable<T> task) throws Exception {
        return ns.executor().call(task);
    }

    NetnsExecutor executor() {
        return ns.executor();
    }

    String ip(String args) {
        return ns.ip(args);
    }

    @Override
    public void close() {
        try {
            ns.executor().run(rtnl::close);
        } catch (Exception e) {
            throw new IllegalStateException("closing the rtnetlink client in " + ns.name(), e);
        } finally {
            ns.close();
        }
    }
}
