#!/usr/bin/env bash
# Benchmark (a): time to program N services x M destinations from process start, in the IPVS VM (vm/run.sh):
# keepalived4j (bin/keepalived4j -C), keepalived (keepalived -C) and `ipvsadm -R` on the same table.
# "Complete" = the last service has its M destinations and `ipvsadm -Sn | wc -l` = N + N*M; polled every 0.2 s.
# Progress lines go to the VM's run directory (.vm/run.*/progress) while it runs.
# Run on purpose (root, the VM prerequisites of vm/README.md, a packaged daemon: ./mvnw -B -q -DskipTests package);
# not part of the tests. Environment: K4J_BENCH_JAVA_OPTS (JVM options for keepalived4j in the guest, e.g. an AppCDS
# archive), K4J_BENCH_LIMIT (seconds each daemon may take, 3000), K4J_VM_MEM (guest MiB; 4096 here by default),
# K4J_BENCH_ONLY=k4j (time keepalived4j alone, when tuning).
# Usage: sudo bench/ipvs-program-bench.sh [N=10000] [M=10]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n=${1:-10000}; m=${2:-10}
limit=${K4J_BENCH_LIMIT:-3000}
export K4J_VM_MEM=${K4J_VM_MEM:-4096}
out="$here/bench/out"; mkdir -p "$out"   # not under /tmp: the guest has its own /tmp
conf="$out/ipvs-program-$n-$m.conf"
"$here/bench/ipvs-gen-config.sh" program "$n" "$m" > "$conf"
last=$((n - 1)); a=$((last / 250)); b=$((last % 250 + 1))
last_vip="10.$((100 + a / 250)).$((a % 250)).$b"
total=$((n + n * m))
echo "config: $conf ($n services x $m destinations = $total ipvsadm -Sn lines)"

"$here/vm/run.sh" -t $((3 * limit + 600)) - <<GUEST
set -u
progress() { echo "\$(date +%T) \$*" >> progress; }
ip route add local 172.16.0.0/12 dev lo
ulimit -n 65536
/usr/bin/python3 $here/bench/ipvs-responder.py tcp 80 >/run/responder.log 2>&1 &
for _ in \$(seq 100); do [ -n "\$(ss -Hltn 'sport = :80')" ] && break; sleep 0.3; done
now() { date +%s.%N; }
complete() {  # \$1 = start time, \$2 = pid; prints the seconds until the table was complete, or "incomplete"
  while :; do
    if [ "\$(ipvsadm -Ln -t $last_vip:80 2>/dev/null | grep -c -- '->')" -ge $((m + 1)) ]; then
      t=\$(now)
      [ "\$(ipvsadm -Sn | wc -l)" -ge $total ] && { echo "\$t - \$1" | bc; return; }
    fi
    if ! kill -0 "\$2" 2>/dev/null || [ "\$(echo "\$(now) - \$1 > $limit" | bc)" = 1 ]; then
      progress "gave up: \$(ipvsadm -Sn | wc -l) lines, process alive: \$(kill -0 \$2 2>/dev/null && echo yes || echo no)"
      echo incomplete; return
    fi
    sleep 0.2
  done
}
stop() { kill -TERM "\$1"; for _ in \$(seq 600); do kill -0 "\$1" 2>/dev/null || return 0; sleep 0.5; done; kill -KILL "\$1"; }
ratio() { case "\$1\$2" in *incomplete*) echo "-" ;; *) echo "\$1 / \$2" | bc -l | xargs printf '%.2f' ;; esac; }

ipvsadm -C
progress "keepalived4j start"
s=\$(now)
K4J_JAVA_OPTS="${K4J_BENCH_JAVA_OPTS:-}" $here/bin/keepalived4j -C -n -l -I -f $conf -p /run/k4j.pid -c /run/k4jc.pid >/run/k4j.log 2>&1 &
jp=\$!
t_j=\$(complete \$s \$jp)
progress "keepalived4j: \$t_j s"
{ head -n 1 /run/k4j.log; grep -m 1 "Gained quorum" /run/k4j.log; grep -m 1 "Activating" /run/k4j.log
  grep -c "failed\.$" /run/k4j.log; } >> progress
ipvsadm -Sn | sort > /run/rules-k4j
stop \$jp

if [ "${K4J_BENCH_ONLY:-}" = k4j ]; then printf 'keepalived4j -C: %s s (K4J_BENCH_ONLY=k4j)\n' "\$t_j"; cat progress; exit 0; fi

ipvsadm -C
progress "keepalived start"
s=\$(now)
keepalived -C -n -l -I -f $conf -p /run/ka.pid -c /run/kac.pid >/run/ka.log 2>&1 &
kp=\$!
t_ka=\$(complete \$s \$kp)
progress "keepalived: \$t_ka s"
ipvsadm -Sn > /run/rules
stop \$kp

ipvsadm -C
s=\$(now)
ipvsadm -R < /run/rules
t_r=\$(echo "\$(now) - \$s" | bc)
progress "ipvsadm -R: \$t_r s"
[ "\$(ipvsadm -Sn | wc -l)" -eq $total ] || echo "ipvsadm -R: incomplete table" >&2
sort /run/rules > /run/rules-ka
cmp -s /run/rules-ka /run/rules-k4j && same=yes || same=no

printf '%-34s %10s %8s\n' "program $n x $m (from start)" seconds "vs keepalived"
printf '%-34s %10s %8s\n' "keepalived -C" "\$t_ka" "1.00"
printf '%-34s %10s %8s\n' "keepalived4j -C" "\$t_j" "\$(ratio \$t_j \$t_ka)"
printf '%-34s %10s %8s\n' "ipvsadm -R" "\$t_r" "\$(ratio \$t_r \$t_ka)"
echo "same ipvsadm -Sn from both daemons: \$same"
echo "progress:"; cat progress
GUEST
