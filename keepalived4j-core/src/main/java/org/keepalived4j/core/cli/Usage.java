package org.keepalived4j.core.cli;

import java.io.PrintStream;

/** The {@code -h} text: keepalived's options, with what keepalived4j does with each. */
final class Usage {

    private Usage() {
    }

    static void print(PrintStream err) {
        err.print("""
                Usage: keepalived4j [OPTION...]
                  -f, --use-file=FILE          Use the specified configuration file
                                                default '/etc/keepalived/keepalived.conf'
                  -P, --vrrp                   Only run with VRRP subsystem
                  -C, --check                  Only run with Health-checker subsystem
                  -l, --log-console            Log messages to local console
                  -D, --log-detail             Detailed log messages
                  -S, --log-facility=([0-7]|local[0-7]|user|daemon)
                                               Set syslog facility to LOG_LOCAL[0-7], user or daemon (default)
                  -g, --log-file=FILE          Also log to FILE (default /tmp/keepalived.log)
                  -G, --no-syslog              Don't log via syslog
                  -u, --umask=MASK             umask for file creation (in numeric form)
                  -X, --release-vips           Drop VIP on transition from signal.
                  -V, --dont-release-vrrp      Don't remove VRRP VIPs and VROUTEs on daemon stop
                  -I, --dont-release-ipvs      Don't remove IPVS topology on daemon stop
                  -R, --dont-respawn           Don't respawn child processes
                  -n, --dont-fork              Don't fork the daemon process
                  -d, --dump-conf              Dump the configuration data
                  -p, --pid=FILE               Use specified pidfile (default /run/keepalived4j.pid)
                  -r, --vrrp_pid=FILE          Use specified pidfile for the VRRP part
                  -c, --checkers_pid=FILE      Use specified pidfile for the checkers part
                  -s, --namespace=NAME         Run in network namespace NAME (overrides config)
                  -e, --all-config             Error if any configuration file missing
                  -i, --config-id id           Skip any configuration lines beginning '@' that don't match id
                                                or any lines beginning @^ that do match.
                                                The config-id defaults to the node name if option not used
                      --signum=SIGFUNC         Return signal number for STOP, RELOAD, DATA, STATS, STATS_CLEAR, JSON (= DATA)
                  -t, --config-test[=LOG_FILE] Check the configuration for obvious errors, output to
                                                stderr by default
                  -v, --version                Display the version number
                  -h, --help                   Display this help message
                keepalived4j's own:
                      --status-address[=HOST:PORT]
                                               Serve Prometheus metrics (/metrics) and a JSON status
                                                document (/status) over HTTP; off by default,
                                                127.0.0.1:9650 when given without a value
                  keepalived4j status [--status-address=HOST:PORT]
                                               Print the running daemon's instances and servers
                Not supported (accepted with a message): -B/--no_bfd, -b, -x/--snmp, -A, -T/--genhash, -m, -M, --perf.
                """);
    }
}
