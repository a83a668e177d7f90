#!/usr/bin/env bash
# The keepalived4j lab, run as root on a kernel with IPVS (bin/keepalived4j-lab starts it, in the VM if needed).
# Builds namespaces for a client, two directors and two web real servers on one bridge, runs the LVS-DR example
# (examples/lvs-dr) on the directors, and shows: requests spread over both real servers, the MASTER killed and the
# BACKUP taking over (timed), a real server going down and the checker removing it, and a clean teardown.
#   lab/lab.sh [--with-keepalived]
# Environment: K4J_JAVA_OPTS (JVM options for bin/keepalived4j), K4J_LAB_AOT (an AOT cache for the daemon's JVM,
# copied to the work directory first; bin/keepalived4j-lab makes one for the VM), LAB_NS (namespace name prefix,
# default k4jlab).
set -uo pipefail
here=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
repo=$(cd "$here/.." && pwd)
# shellcheck source=lab/lib.sh
. "$here/lib.sh"

daemon=keepalived4j
[ "${1:-}" = --with-keepalived ] && daemon=keepalived
LAB_STEPS=8
LAB_DIR=$(mktemp -d /tmp/k4jlab.XXXXXX)
started_pids=()
cleaned=0

finish() {
  local rc=$?
  [ "$cleaned" = 1 ] && return
  trap - EXIT INT TERM
  echo
  lab_say "cleaning up after an error or interruption (exit $rc)"
  local d
  for d in d1 d2; do
    [ -f "$LAB_DIR/$d.log" ] && { echo "--- last lines of $d.log"; tail -n 25 "$LAB_DIR/$d.log"; }
  done
  lab_cleanup
  rm -rf "$LAB_DIR"
  lab_say "lab FAILED"
  exit $((rc == 0 ? 1 : rc))
}
trap finish EXIT
trap 'echo; lab_say "interrupted"; exit 130' INT TERM

# --- the daemon on a director -----------------------------------------------------------------------------------
# The lab copy of an example config: the example itself, with faster health checks so that the lab stays short.
lab_conf() {
  sed -e 's/delay_loop 6/delay_loop 2/' -e 's/connect_timeout 3/connect_timeout 1/' \
      -e 's/retry 3/retry 1/' -e 's/delay_before_retry 3/delay_before_retry 1/' \
      "$repo/examples/lvs-dr/$1"
}

start_director() {
  local d=$1 conf=$2 cmd
  lab_conf "$conf" > "$LAB_DIR/$d.conf"
  local args=(-n -l -G -f "$LAB_DIR/$d.conf" -p "$LAB_DIR/$d.pid" -r "$LAB_DIR/$d-vrrp.pid"
      -c "$LAB_DIR/$d-check.pid")
  if [ "$daemon" = keepalived ]; then
    cmd=(keepalived)
  else
    cmd=("$repo/bin/keepalived4j")
  fi
  ip netns exec "$(lab_ns "$d")" "${cmd[@]}" "${args[@]}" > "$LAB_DIR/$d.log" 2>&1 &
  started_pids+=($!)
  disown $!
  lab_info "$d: $daemon started (pid $!), config $conf, log $d.log"
}

show_log() { # show_log DIRECTOR FROM_LINE REGEX [MAX_LINES]: matching log lines, keepalived's date prefix cut short
  tail -n +"$2" "$LAB_DIR/$1.log" | grep -E -- "$3" | head -n "${4:-8}" \
    | sed -E -e 's/^[A-Z][a-z]{2} [A-Z][a-z]{2} +[0-9]+ ([0-9:]{8}) [0-9]{4}: /\1 /' -e "s/^/                    | $1: /"
}
log_lines() { wc -l < "$LAB_DIR/$1.log"; }

# Requests from every client address, $1 rounds; prints one line per round and sets got_rs1, got_rs2, got_none.
requests() {
  local out
  out=$(lab_in client "$here/client.sh" rounds "$1" "$LAB_VIP" "${LAB_CLIENT_IPS[@]}") || lab_die "the client failed"
  got_rs1=$(grep -o -- '->rs1' <<< "$out" | wc -l)
  got_rs2=$(grep -o -- '->rs2' <<< "$out" | wc -l)
  got_none=$(grep -o -- '->-' <<< "$out" | wc -l)
  sed -e 's/->-/->(no answer)/g' <<< "$out" | while read -r line; do lab_info "$line"; done
}

# --- the lab ------------------------------------------------------------------------------------------------------
echo "keepalived4j lab: LVS-DR with two directors (VRRP MASTER/BACKUP) and two web real servers"
echo "  daemon on the directors: $daemon"
echo "  kernel $(uname -r)$([ -n "${K4J_VM:-}" ] && echo ', inside the keepalived4j VM'); work files in $LAB_DIR"

# Software emulation (the VM) is slow, most of all at starting a JVM: wait longer there.
start_timeout=120
[ -n "${K4J_VM:-}" ] && start_timeout=300
if [ "$daemon" = keepalived4j ] && [ -n "${K4J_LAB_AOT:-}" ] && [ -f "$K4J_LAB_AOT" ]; then
  cp "$K4J_LAB_AOT" "$LAB_DIR/daemon.aot" && export K4J_JAVA_OPTS="${K4J_JAVA_OPTS:-} -XX:AOTCache=$LAB_DIR/daemon.aot"
  echo "  JVM options for the daemon: $K4J_JAVA_OPTS"
fi

if [ -n "$(lab_existing_ns)" ]; then
  lab_say "removing namespaces left by an earlier lab run: $(lab_existing_ns | tr '\n' ' ')"
  lab_cleanup
fi

lab_step "network: namespaces $LAB_NS-{client,d1,d2,rs1,rs2} on one bridge (in $LAB_NS-net), $LAB_NET.0/24"
lab_build_network || lab_die "cannot build the namespaces"
lab_info "client  ${LAB_CLIENT_IPS[*]}" \
    "d1      $LAB_D1_IP    director, VRRP MASTER (priority 100)" \
    "d2      $LAB_D2_IP    director, VRRP BACKUP (priority 90)" \
    "rs1     $LAB_RS1_IP   web real server (weight 3)" \
    "rs2     $LAB_RS2_IP   web real server (weight 1)" \
    "VIP     $LAB_VIP  virtual_server $LAB_VIP 80, lb_kind DR, lb_algo wrr"

lab_step "real servers: examples/realserver.sh start $LAB_VIP, then a web server (busybox httpd) answering its name"
for rs in rs1 rs2; do
  lab_in "$rs" "$repo/examples/realserver.sh" start "$LAB_VIP" | while read -r line; do lab_info "$rs: $line"; done
  mkdir -p "$LAB_DIR/www-$rs"
  ip=LAB_${rs^^}_IP
  echo "$rs (${!ip})" > "$LAB_DIR/www-$rs/index.html"
  ip netns exec "$(lab_ns "$rs")" busybox httpd -f -p 80 -h "$LAB_DIR/www-$rs" > "$LAB_DIR/httpd-$rs.log" 2>&1 &
  started_pids+=($!)
  disown $!
done
web_up() { lab_in client bash -c "printf 'GET / HTTP/1.0\r\n\r\n' | busybox nc -w 1 $1 80" 2>/dev/null | tail -n 1; }
for rs in rs1 rs2; do
  ip=LAB_${rs^^}_IP
  lab_wait 10 eval '[ -n "$(web_up ${!ip})" ]' || lab_die "$rs's web server does not answer on http://${!ip}/"
  lab_info "$rs: http://${!ip}/ answers \"$(web_up "${!ip}")\""
done

lab_step "directors: $daemon on d1 (keepalived-master.conf) and d2 (keepalived-backup.conf)"
lab_info "lab copies of examples/lvs-dr: unchanged except faster checks (delay_loop 2, connect_timeout 1, retry 1," \
    "delay_before_retry 1 instead of 6, 3, 3, 3); advert_int 1, wrr 3:1, persistence_timeout 50 as in the example"
start_director d1 keepalived-master.conf
start_director d2 keepalived-backup.conf
t_start=$(lab_now)
lab_wait "$start_timeout" lab_has_vip d1 || lab_die "d1 did not take the VIP within $start_timeout s"
lab_info "d1 holds the VIP $(lab_secs "$t_start") s after the start"
both_in() { lab_ipvs_has "$1" "$LAB_RS1_IP" && lab_ipvs_has "$1" "$LAB_RS2_IP"; }
lab_wait "$start_timeout" both_in d1 || lab_die "d1's IPVS table did not get both real servers within $start_timeout s"
lab_wait "$start_timeout" both_in d2 || lab_die "d2's IPVS table did not get both real servers within $start_timeout s"
lab_wait "$start_timeout" grep -q "Entering BACKUP STATE" "$LAB_DIR/d2.log" \
  || lab_die "d2 did not enter BACKUP state within $start_timeout s"
show_log d1 1 'Entering|Activating healthchecker' 6
show_log d2 1 'Entering' 3
lab_info "ipvsadm -Ln on d1:"
lab_in d1 ipvsadm -Ln | lab_indent

lab_step "requests: the client asks http://$LAB_VIP/ from ${#LAB_CLIENT_IPS[@]} source addresses, twice"
lab_info "persistence_timeout 50 pins each client address to one real server for 50 s, so one address would" \
    "always see the same server; several addresses show wrr 3:1 sharing them out (rs1 gets 3 of every 4)."
requests 2
before="rs1 $got_rs1, rs2 $got_rs2, unanswered $got_none"
if [ "$got_rs1" -gt 0 ] && [ "$got_rs2" -gt 0 ] && [ "$got_none" = 0 ]; then
  lab_ok "requests spread over both real servers: $before"
else
  lab_fail "requests not spread over both real servers: $before"
fi

lab_step "failover: kill -9 the MASTER director d1 and pull its cable"
lab_info "(a killed daemon leaves its VIP and IPVS table in d1's kernel; a crashed machine would not, so the lab" \
    "also takes d1's link down. Meanwhile the client sends a request every 0.2 s from ${LAB_CLIENT_IPS[0]}.)"
d2_from=$(($(log_lines d2) + 1))
probe_file=$LAB_DIR/probe
ip netns exec "$(lab_ns client)" "$here/client.sh" probe "$LAB_VIP" "${LAB_CLIENT_IPS[0]}" > "$probe_file" 2>&1 &
prober=$!
disown $prober
lab_wait 20 grep -q ' rs' "$probe_file" || lab_die "the client's probe got no answer before the kill"
lab_has_vip d2 && lab_fail "d2 holds the VIP before the kill: both directors are MASTER"
# d2's address events with the time they were read: when the VIP appeared there, to the millisecond.
ip -n "$(lab_ns d2)" monitor address 2>&1 | while IFS= read -r line; do echo "${EPOCHREALTIME/[.,]/} $line"; done \
  > "$LAB_DIR/d2-addr" &
monitor=$!
disown $monitor
d1_pids=$(ip netns pids "$(lab_ns d1)" | tr '\n' ' ')
# Times count from the kill (d1's adverts stop). Until its link is down d1's kernel still forwards to the real
# servers by itself, so only requests sent after that count as answered through d2.
t_kill=$(lab_now)
# shellcheck disable=SC2086
kill -9 $d1_pids
ip -n "$(lab_ns d1)" link set eth0 down
t_unplugged=$(lab_now)
lab_say "killed every process of d1 (kill -9 ${d1_pids% }) and took its link down ($(lab_secs "$t_kill" "$t_unplugged") s later)"
t_vip=""
if lab_wait 60 lab_has_vip d2; then
  t_vip=$(awk -v vip="$LAB_VIP/" 'index($0, "inet " vip) && !/Deleted/ { print $1; exit }' "$LAB_DIR/d2-addr")
  [ -n "$t_vip" ] || t_vip=$(lab_now)
  lab_info "d2 holds the VIP $(lab_secs "$t_kill" "$t_vip") s after the kill (from ip monitor address on d2)"
else
  lab_fail "d2 did not take the VIP within 60 s"
fi
kill "$monitor" 2>/dev/null
# The first request sent after d1 was unplugged and answered (so through d2): its end time.
answered_after_kill() { awk -v t="$t_unplugged" '$1 > t && $3 ~ /^rs/ { print $2; exit }' "$probe_file"; }
lab_wait 30 eval '[ -n "$(answered_after_kill)" ]'
kill "$prober"
t_answer=$(answered_after_kill)
# Requests sent after the kill that got no answer, and a timeline: when each ended (s after the kill) and its answer.
failed_probes=$(awk -v t="$t_unplugged" -v a="${t_answer:-99999999999999999}" '$1 > t && $2 < a' "$probe_file" | wc -l)
timeline=$(awk -v u="$t_unplugged" -v t="$t_kill" -v a="${t_answer:-99999999999999999}" '$1 > u && $2 <= a {
    printf "%s+%.1fs %s", sep, ($2 - t) / 1e6, ($3 == "-" ? "no answer" : $3); sep = ", " }' "$probe_file")
lab_info "requests sent once d1 was unplugged, as they ended (s after the kill): $timeline"
show_log d2 "$d2_from" 'Entering|gratuitous ARPs|Received' 4
if [ -n "$t_vip" ] && [ -n "$t_answer" ]; then
  failover="VIP on d2 after $(lab_secs "$t_kill" "$t_vip") s, first answer via d2 $(lab_secs "$t_kill" "$t_answer") s after the kill ($failed_probes unanswered before it)"
  lab_ok "failover: $failover"
else
  failover="no answer via d2 within 30 s of the kill"
  lab_fail "failover: $failover"
fi

lab_step "requests after the failover: d2 directs them now"
requests 2
after="rs1 $got_rs1, rs2 $got_rs2, unanswered $got_none"
if [ "$got_none" = 0 ] && [ $((got_rs1 + got_rs2)) -gt 0 ]; then
  lab_ok "after failover: $((got_rs1 + got_rs2))/$((got_rs1 + got_rs2 + got_none)) requests answered ($after)"
else
  lab_fail "after failover: $got_none of $((got_rs1 + got_rs2 + got_none)) requests unanswered ($after)"
fi
lab_info "ipvsadm -Ln on d2:"
lab_in d2 ipvsadm -Ln | lab_indent

lab_step "real server down: stop rs2's web server; d2's TCP_CHECK removes it"
d2_from=$(($(log_lines d2) + 1))
rs2_pids=$(ip netns pids "$(lab_ns rs2)" | tr '\n' ' ')
t_down=$(lab_now)
# shellcheck disable=SC2086
kill $rs2_pids
lab_say "stopped rs2's web server (kill ${rs2_pids% })"
t_removed=""
if lab_wait 60 eval '! lab_ipvs_has d2 $LAB_RS2_IP'; then
  t_removed=$(lab_now)
  show_log d2 "$d2_from" "$LAB_RS2_IP" 6
  lab_info "ipvsadm -Ln on d2:"
  lab_in d2 ipvsadm -Ln | lab_indent
  checker="$LAB_RS2_IP removed from d2's IPVS table $(lab_secs "$t_down" "$t_removed") s after its web server stopped"
  lab_ok "checker: $checker"
else
  checker="$LAB_RS2_IP still in d2's IPVS table 60 s after its web server stopped"
  lab_fail "checker: $checker"
fi
requests 1
without="rs1 $got_rs1, rs2 $got_rs2, unanswered $got_none"
if [ "$got_none" = 0 ] && [ "$got_rs2" = 0 ]; then
  lab_ok "without rs2: $got_rs1/$got_rs1 requests answered, all by rs1"
else
  lab_fail "without rs2: $without"
fi

lab_step "cleanup: stop d2 (SIGTERM), then everything else, delete the namespaces"
lab_cleanup
cleaned=1
left_ns=$(lab_existing_ns | tr '\n' ' ')
left_pids=""
for p in "${started_pids[@]}" $prober; do kill -0 "$p" 2>/dev/null && left_pids+="$p "; done
if [ -z "$left_ns" ] && [ -z "$left_pids" ]; then
  lab_ok "cleanup: no namespaces, no processes left"
else
  lab_fail "cleanup: left behind namespaces [$left_ns] processes [$left_pids]"
fi
rm -rf "$LAB_DIR"
trap - EXIT INT TERM

echo
echo "summary ($daemon, $(lab_secs "$lab_t0") s):"
echo "  before failover:  $before"
echo "  failover:         $failover"
echo "  after failover:   $after"
echo "  checker:          $checker"
echo "  rs2 down:         $without"
if [ "$lab_failures" = 0 ]; then
  echo "LAB PASSED"
else
  echo "LAB FAILED ($lab_failures checks failed)"
  exit 1
fi
