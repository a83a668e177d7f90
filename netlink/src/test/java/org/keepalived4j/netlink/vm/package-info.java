/**
 * Test support for real IPVS: a qemu VM booting Debian's kernel (the CI kernel has no IPVS), driven from JUnit.
 *
 * <p>{@link org.keepalived4j.netlink.vm.VmHarness} boots it ({@code vm/qemu.sh} at the repository root),
 * {@link org.keepalived4j.netlink.vm.VmSession} runs scripts in one boot,
 * {@link org.keepalived4j.netlink.vm.GuestJava} builds the command line that runs a Java main in the guest, and
 * {@link org.keepalived4j.netlink.vm.RequiresVm} skips (or, under {@code CI=true}, fails) tests when no VM can run.
 */
package org.keepalived4j.netlink.vm;
