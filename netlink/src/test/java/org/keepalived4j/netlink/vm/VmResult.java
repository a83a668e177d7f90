package org.keepalived4j.netlink.vm;

/**
 * What one script run inside the VM left behind.
 *
 * @param exitCode the script's exit code ({@code /bin/sh} semantics)
 * @param stdout everything it wrote to standard output, UTF-8
 * @param stderr everything it wrote to standard error, UTF-8
 */
public record VmResult(int exitCode, String stdout, String stderr) {

    /** @return whether the script exited with 0 */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * @return this, when the script exited with 0
     * @throws VmException naming the exit code and quoting stderr, otherwise
     */
    public VmResult requireSuccess() {
        if (exitCode != 0) {
            throw new VmException("guest script exited with " + exitCode + "; stderr:\n" + stderr
                    + (stdout.isEmpty() ? "" : "\nstdout:\n" + stdout));
        }
        return this;
    }
}
