#!/usr/bin/env bash
# Benchmark (b), short form for tuning: in one boot of the IPVS VM, keepalived -C, then keepalived4j -C, then
# keepalived -C again (ORDER="ka k4j ka", the default), each on the HTTP_GET bench config (2,000 real servers every
# 10 s); for each, the CPU (user + sys, /proc) per check over CHECKS checks after WARM checks, the checker thread's
# wakeups (blocking waits) per check, and keepalived4j's CPU per thread. keepalived before and after brackets the
# drift of an emulated machine over the run (several per cent).
# Run on purpose (root, the VM prerequisites of vm/README.md); not part of the tests. K4J_JAVA_OPTS: JVM options.
# Usage: sudo bench/ipvs-http-cpu-pair.sh [CHECKS=30000] [WARM=6000]   (about 10 minutes)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
checks=${1:-30000}; warm=${2:-6000}
conf="$here/bench/out/ipvs-http-200-10-10.conf"
"$here/bench/ipvs-gen-config.sh" http 200 10 10 > "$conf"
"$here/vm/run.sh" -t 2400 - <<GUEST
set -u
K4J_BENCH_GUEST=$here/bench/ipvs-http-guest.sh
. \$K4J_BENCH_GUEST
dump() { threads \$1 > \$2; awk '{print \$14+\$15}' /proc/\$1/stat > \$2.all; }
run() { # label pid
  o00=\$(opens); while [ \$((\$(opens) - o00)) -lt $warm ]; do sleep 1; done
  tid=\$(checker_tid \$2); w0=\$(waits \$tid)
  dump \$2 /run/\$1.t0; o0=\$(opens); t0=\$(date +%s.%N)
  while [ \$((\$(opens) - o0)) -lt $checks ]; do sleep 1; done
  dump \$2 /run/\$1.t1; o1=\$(opens); t1=\$(date +%s.%N); w1=\$(waits \$tid)
  c=\$(( \$(cat /run/\$1.t1.all) - \$(cat /run/\$1.t0.all) ))
  echo "== \$1: \$((o1-o0)) checks, wall \$(echo "\$t1 - \$t0" | bc -l | cut -c1-6) s, cpu \$(echo "\$c / \$hz" | bc -l | cut -c1-6) s = \$(echo "\$c * 1000000 / \$hz / (\$o1 - \$o0)" | bc) us/check, checker-thread wakeups/check \$(echo "(\$w1 - \$w0) / (\$o1 - \$o0)" | bc -l | cut -c1-5)"
  awk -v hz=\$hz 'FNR==NR {u0[\$1]=\$2; s0[\$1]=\$3; next} {u=\$2-u0[\$1]; s=\$3-s0[\$1]; k=\$4; gsub(/[0-9]+\$/,"",k); U[k]+=u; S[k]+=s} END {for (k in U) if (U[k]+S[k]>0) printf "   %-22s user %7.2f sys %7.2f\n", k, U[k]/hz, S[k]/hz}' /run/\$1.t0 /run/\$1.t1
}
ka() {
ipvsadm -C
keepalived -C -n -l -I -f $conf -p /run/ka.pid -c /run/kac.pid >/run/ka.log 2>&1 &
kp=\$!; sleep 2; kc=\$(pgrep -P \$kp | head -n 1)
run ka \$kc
kill -TERM \$kp; sleep 5
}
k4j() {
ipvsadm -C
K4J_JAVA_OPTS="${K4J_JAVA_OPTS:-}" $here/bin/keepalived4j -C -n -l -I -f $conf -p /run/k4j.pid -c /run/k4jc.pid >/run/k4j.log 2>&1 &
jp=\$!
run k4j \$jp
echo "k4j log fail lines: \$(grep -ci 'fail\|timeout\|error' /run/k4j.log)"
kill -TERM \$jp; sleep 5
}
for who in ${ORDER:-ka k4j ka}; do \$who; done
GUEST
