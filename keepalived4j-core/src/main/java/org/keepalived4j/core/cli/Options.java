package org.keepalived4j.core.cli;

import java.nio.file.Path;
import java.util.List;
import org.keepalived4j.core.status.StatusAddress;

/**
 * keepalived(8)'s command-line options, parsed. Names follow keepalived's long options.
 *
 * @param configFile      {@code -f/--use-file}, default {@code /etc/keepalived/keepalived.conf}
 * @param vrrpOnly        {@code -P/--vrrp}
 * @param checkOnly       {@code -C/--check}
 * @param logConsole      {@code -l/--log-console}
 * @param logDetail       {@code -D/--log-detail}
 * @param logFacility     {@code -S/--log-facility}: 0-7 for local0-7, or "user"/"daemon"; {@code null} = daemon
 * @param logFile         {@code -g/--log-file}, or {@code null}
 * @param noSyslog        {@code -G/--no-syslog}
 * @param dontFork        {@code -n/--dont-fork}
 * @param dumpConf        {@code -d/--dump-conf}: print the configuration as read
 * @param configTest      {@code -t/--config-test}
 * @param configTestLog   the optional {@code --config-test=LOG_FILE}, or {@code null} for stderr
 * @param pidFile         {@code -p/--pid}, or {@code null} for the default
 * @param vrrpPidFile     {@code -r/--vrrp_pid}, or {@code null}
 * @param checkersPidFile {@code -c/--checkers_pid}, or {@code null}
 * @param configId        {@code -i/--config-id}, or {@code null} (the host name)
 * @param releaseVips     {@code -X/--release-vips}
 * @param dontReleaseVrrp {@code -V/--dont-release-vrrp}
 * @param dontReleaseIpvs {@code -I/--dont-release-ipvs}
 * @param dontRespawn     {@code -R/--dont-respawn}
 * @param allConfig       {@code -e/--all-config}: a missing include is an error
 * @param namespace       {@code -s/--namespace}, or {@code null}
 * @param umask           {@code -u/--umask}, or {@code null}
 * @param signum          {@code --signum=SIGFUNC}, or {@code null}
 * @param version         {@code -v/--version}
 * @param help            {@code -h/--help}
 * @param unsupported     options keepalived has and keepalived4j does not (SNMP, DBus, BFD...), as given
 * @param statusAddress   keepalived4j's own {@code --status-address[=HOST:PORT]}: where the metrics and status
 *                        endpoint listens, or {@code null} for none (the default)
 */
public record Options(Path configFile, boolean vrrpOnly, boolean checkOnly, boolean logConsole, boolean logDetail,
                      String logFacility, Path logFile, boolean noSyslog, boolean dontFork, boolean dumpConf,
                      boolean configTest, Path configTestLog, Path pidFile, Path vrrpPidFile, Path checkersPidFile,
                      String configId, boolean releaseVips, boolean dontReleaseVrrp, boolean dontReleaseIpvs,
                      boolean dontRespawn, boolean allConfig, String namespace, Integer umask, String signum,
                      boolean version, boolean help, List<String> unsupported, StatusAddress statusAddress) {

    /** keepalived's default configuration file. */
    public static final Path DEFAULT_CONFIG = Path.of("/etc/keepalived/keepalived.conf");

    /**
     * Our default pid file. It differs from keepalived's {@code /run/keepalived.pid} on purpose, so that
     * keepalived and keepalived4j can run side by side on one host.
     */
    public static final Path DEFAULT_PID_FILE = Path.of("/run/keepalived4j.pid");

    public Options {
        unsupported = List.copyOf(unsupported);
    }
}
