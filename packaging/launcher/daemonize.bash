# shellcheck shell=bash
# keepalived4j launcher library, sourced by bin/keepalived4j (installed as /usr/sbin/keepalived4j).
#
# keepalived forks into the background unless -n/--dont-fork is given, and its parent exits 0 once the daemon is
# on its way. A JVM cannot fork, so the launcher does that part: when the arguments ask for a running daemon
# without -n, it starts the JVM in a new session (setsid) with stdin on /dev/null, passes it --dont-fork, and waits
# (K4J_START_TIMEOUT seconds, default 20) until the daemon's pid file names it. Then it exits 0, as an init script
# expects; if the daemon dies or the time runs out, it exits non-zero and shows the daemon's last log lines.
#
# While starting, the JVM also gets -l (log to the console) and its stdout/stderr go through a pipe to a small
# reader that copies them into a temporary file (that is "the log's tail" shown on failure); once the daemon is up
# the reader discards everything, as keepalived's own forked daemon has stdout/stderr on /dev/null.
#
# Everything else (-t, -v, -h, --signum, -d, -n, a bad command line) runs the JVM in the foreground with exec.
#
# The caller sets the array K4J_JVM (java and its options up to and including the main class) and calls
# k4j_launch "$@".

# Long options as keepalived 2.2.7's getopt_long table: name:argument (n none, r required, o optional).
K4J_LONG_OPTS=(use-file:r vrrp:n check:n no_bfd:n all:n log-console:n log-detail:n log-facility:r log-file:o
  all-config:n flush-log-file:n no-syslog:n umask:r release-vips:n dont-release-vrrp:n dont-release-ipvs:n
  dont-respawn:n dont-fork:n dump-conf:n pid:r vrrp_pid:r genhash:n checkers_pid:r address-monitoring:n
  bfd_pid:r snmp:n snmp-agent-socket:r core-dump:n core-dump-pattern:o no-mem-check:n mem-check-log:n
  namespace:r config-id:r signum:r config-test:o config-fd:r perf:o debug:o version:n help:n)
# Short options by the argument they take.
K4J_SHORT_REQUIRED=fSuprcbAsi
K4J_SHORT_OPTIONAL=gMt
K4J_SHORT_NONE=PCBlDeGXVIRndTaxmLvh

# Where the daemon will write its pid; set by k4j_wants_detach.
K4J_PIDFILE=/run/keepalived4j.pid

# k4j_long_name NAME: prints "full-name:kind" for an exact or unambiguous abbreviated long option; fails otherwise.
k4j_long_name() {
  local want=$1 entry match="" count=0
  for entry in "${K4J_LONG_OPTS[@]}"; do
    if [ "${entry%:*}" = "$want" ]; then
      printf '%s\n' "$entry"
      return 0
    fi
    if [ -n "$want" ] && [ "${entry#"$want"}" != "$entry" ]; then
      match=$entry
      count=$((count + 1))
    fi
  done
  [ "$count" -eq 1 ] && printf '%s\n' "$match"
}

# k4j_wants_detach ARGS...: succeeds when ARGS ask for a daemon that keepalived would fork into the background:
# no -n/--dont-fork, and none of -t, -v, -h, --signum, -d (which print something and exit). Sets K4J_PIDFILE from
# -p/--pid. Fails on anything it does not understand, so that the JVM reports it in the foreground.
k4j_wants_detach() {
  local foreground=0 a name kind value rest c i
  K4J_PIDFILE=/run/keepalived4j.pid
  while [ $# -gt 0 ]; do
    a=$1
    shift
    case $a in
      --) [ $# -eq 0 ] || return 1; break ;;
      --*)
        name=${a#--}
        value=
        if [ "${name#*=}" != "$name" ]; then
          value=${name#*=}
          name=${name%%=*}
        fi
        name=$(k4j_long_name "$name") || return 1
        [ -n "$name" ] || return 1
        kind=${name##*:}
        name=${name%:*}
        if [ "$kind" = r ] && [ "${a#*=}" = "$a" ]; then
          [ $# -gt 0 ] || return 1
          value=$1
          shift
        fi
        case $name in
          dont-fork | config-test | version | help | signum | dump-conf) foreground=1 ;;
          pid) K4J_PIDFILE=$value ;;
        esac
        ;;
      -?*)
        i=1
        while [ "$i" -lt "${#a}" ]; do
          c=${a:i:1}
          rest=${a:i+1}
          i=$((i + 1))
          if [[ $K4J_SHORT_NONE == *"$c"* ]]; then
            case $c in n | v | h | d) foreground=1 ;; esac
          elif [[ $K4J_SHORT_OPTIONAL == *"$c"* ]]; then
            [ "$c" != t ] || foreground=1
            break
          elif [[ $K4J_SHORT_REQUIRED == *"$c"* ]]; then
            value=$rest
            if [ -z "$value" ]; then
              [ $# -gt 0 ] || return 1
              value=$1
              shift
            fi
            [ "$c" = p ] && K4J_PIDFILE=$value
            break
          else
            return 1
          fi
        done
        ;;
      *) return 1 ;;
    esac
  done
  [ "$foreground" -eq 0 ]
}

# k4j_console_reader FIFO FILE: copies lines from FIFO into FILE until SIGUSR1, then discards the rest.
# Runs in its own session, so that hanging up the terminal the launcher ran in does not kill it.
k4j_console_reader() {
  local line up=0
  trap 'up=1' USR1
  trap '' HUP INT
  exec 3>>"$2"
  exec 0<"$1"
  rm -f "$1"
  while [ "$up" -eq 0 ] && IFS= read -r line; do
    printf '%s\n' "$line" >&3
  done
  exec 3>&-
  exec cat >/dev/null
}

# k4j_detach ARGS...: starts the daemon in the background and waits until it runs; see the top of this file.
k4j_detach() {
  local timeout=${K4J_START_TIMEOUT:-20} work console fifo reader pid rc=0 deadline
  [[ $timeout =~ ^[0-9]+$ ]] || timeout=20
  if ! command -v setsid >/dev/null; then
    echo "keepalived4j: setsid (util-linux) is needed to start the daemon" >&2
    return 1
  fi
  work=$(mktemp -d "${TMPDIR:-/tmp}/keepalived4j-start.XXXXXX") || return 1
  console=$work/console
  fifo=$work/fifo
  mkfifo -m 600 "$fifo" || { rm -rf "$work"; return 1; }
  export -f k4j_console_reader
  setsid "$BASH" -c 'k4j_console_reader "$1" "$2"' keepalived4j-console "$fifo" "$console" \
    </dev/null >/dev/null 2>&1 &
  reader=$!
  setsid "${K4J_JVM[@]}" --dont-fork --log-console "$@" </dev/null >"$fifo" 2>&1 &
  pid=$!
  deadline=$((SECONDS + timeout))
  while :; do
    if [ "$(cat "$K4J_PIDFILE" 2>/dev/null)" = "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -USR1 "$reader" 2>/dev/null || true
      rm -rf "$work"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      wait "$pid" || rc=$?
      [ "$rc" -ne 0 ] || rc=1
      k4j_await_exit "$reader"
      k4j_report_failure "$console" "exited with code $rc before it was running"
      rm -rf "$work"
      return "$rc"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      kill -TERM "$pid" 2>/dev/null || true
      k4j_await_exit "$reader"
      k4j_report_failure "$console" "was not running after ${timeout}s (no pid $pid in $K4J_PIDFILE); stopped it"
      rm -rf "$work"
      return 1
    fi
    sleep 0.1
  done
}

# k4j_await_exit PID: waits up to 2 s for PID to end. The console reader ends once the daemon's output is closed,
# after copying its last lines, which are what k4j_report_failure shows.
k4j_await_exit() {
  local i
  for ((i = 0; i < 20; i++)); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
}

# k4j_report_failure CONSOLE-FILE WHY: tells why the daemon did not start, with its last log lines.
k4j_report_failure() {
  echo "keepalived4j: the daemon $2. Its last output:" >&2
  if [ -s "$1" ]; then
    tail -n 20 "$1" | sed 's/^/  /' >&2
  else
    echo "  (nothing)" >&2
  fi
}

# k4j_launch ARGS...: runs keepalived4j with ARGS, in the background when keepalived would fork.
k4j_launch() {
  if k4j_wants_detach "$@"; then
    k4j_detach "$@"
  else
    exec "${K4J_JVM[@]}" "$@"
  fi
}
