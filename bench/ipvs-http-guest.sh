# Sourced by the HTTP_GET CPU benchmarks' guest scripts (bench/ipvs-http-cpu-bench.sh, ipvs-http-cpu-pair.sh) inside
# the IPVS VM: makes 172.16.0.0/12 local, starts bench/ipvs-responder.py on port 80 and waits for it, and defines
# the readings both take. Not a command of its own.
ip route add local 172.16.0.0/12 dev lo
ulimit -n 65536
/usr/bin/python3 "$(dirname "$K4J_BENCH_GUEST")/ipvs-responder.py" http 80 >/run/responder.log 2>&1 &
for _ in $(seq 100); do [ -n "$(ss -Hltn 'sport = :80')" ] && break; sleep 0.3; done
hz=$(getconf CLK_TCK)
# the guest's TCP active opens so far (one per check)
opens() { awk '/^Tcp:/ { if (h) { print $6; exit } h = 1 }' /proc/net/snmp; }
# voluntary context switches of task $1 (its waits that blocked)
waits() { awk '/^voluntary_ctxt_switches/ { print $2 }' /proc/$1/status 2>/dev/null || echo 0; }
# the id of process $1's checker thread (keepalived4j's "checker-*"), else $1 itself
checker_tid() { for t in /proc/$1/task/*; do case "$(cat $t/comm)" in checker*) echo ${t##*/}; return;; esac; done; echo $1; }
# one line per thread of process $1: id, user and system ticks, name
threads() { for t in /proc/$1/task/*; do printf '%s %s %s\n' "${t##*/}" "$(awk '{print $14, $15}' $t/stat)" "$(tr ' ' _ < $t/comm)"; done | sort; }
