#!/usr/bin/env bash
# Benchmark (b): CPU time (user + sys of the daemon's processes) for CHECKS HTTP_GET checks, keepalived -C against
# keepalived4j -C, in the IPVS VM (vm/run.sh). N x M real servers, each its own address in 172.16.0.0/12 (made local
# in the guest), all served by bench/ipvs-responder.py on port 80; HTTP_GET every D seconds. After a warm-up of WARMUP
# checks (the guest's TCP ActiveOpens, /proc/net/snmp: one per check) the CPU counters are sampled, then again once
# CHECKS more checks are done. Also printed: the CPU from process start to the end (start-up, parsing and the
# warm-up included), and the same figures for the first CHECKS checks from start.
# Run on purpose (root, the VM prerequisites of vm/README.md, a packaged daemon); not part of the tests.
# Environment: K4J_BENCH_JAVA_OPTS (JVM options for keepalived4j), K4J_BENCH_ONLY=k4j (measure keepalived4j alone),
# K4J_BENCH_TIMEOUT (seconds for the whole VM run, 5400), K4J_BENCH_ORDER (the order the daemons run in, "ka k4j").
# Progress lines: the VM's run directory (.vm/run.*/progress). keepalived4j's CPU is also printed per thread, and for
# both the course of the run every 30 s: CPU per check and the checker thread's wakeups (voluntary context switches,
# each a wait in epoll that blocked) per check.
# Usage: sudo bench/ipvs-http-cpu-bench.sh [N=200] [M=10] [D=10] [CHECKS=100000] [WARMUP=20000]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n=${1:-200}; m=${2:-10}; d=${3:-10}; checks=${4:-100000}; warmup=${5:-20000}
out="$here/bench/out"; mkdir -p "$out"
conf="$out/ipvs-http-$n-$m-$d.conf"
"$here/bench/ipvs-gen-config.sh" http "$n" "$m" "$d" > "$conf"
echo "config: $conf ($((n * m)) HTTP_GET every ${d}s = $((n * m / d)) checks/s; $warmup checks of warm-up, then measuring $checks)"

"$here/vm/run.sh" -t "${K4J_BENCH_TIMEOUT:-5400}" - <<GUEST
set -u
progress() { echo "\$(date +%T) \$*" >> progress; }
K4J_BENCH_GUEST=$here/bench/ipvs-http-guest.sh
. \$K4J_BENCH_GUEST
ticks() { for p in "\$@"; do awk '{ print \$14 + \$15 }' /proc/\$p/stat 2>/dev/null; done | awk '{ s += \$1 } END { print s + 0 }'; }
fails() { grep -c -i "fail\|timeout\|error" "\$1" 2>/dev/null || true; }
stop() { kill -TERM "\$1"; for _ in \$(seq 120); do kill -0 "\$1" 2>/dev/null || return 0; sleep 0.5; done; kill -KILL "\$1"; }
measure() {  # \$1 label, \$2 log, rest: pids
  label=\$1; log=\$2; shift 2  # os: the TCP opens before the daemon started
  while [ \$((\$(opens) - os)) -lt $warmup ]; do sleep 1; done
  c0=\$(ticks "\$@"); o0=\$(opens); t0=\$(date +%s.%N); threads \$1 > /run/\$label.t0
  progress "\$label: warm-up done (\$((o0 - os)) checks, cpu ticks \$c0); measuring from \$o0 TCP opens"
  first=""
  echo "\$label 0 0 \$(waits \$tid)" > /run/\$label.course
  while [ \$((\$(opens) - o0)) -lt $checks ]; do
    sleep 1
    if [ -z "\$first" ] && [ \$((\$(opens) - os)) -ge $checks ]; then first=\$(ticks "\$@"); fi
    if [ \$((\$(date +%s) % 30)) = 0 ]; then
      n=\$((\$(opens) - o0)); c=\$((\$(ticks "\$@") - c0))
      echo "\$label \$n \$c \$(waits \$tid)" >> /run/\$label.course
      progress "\$label: \$n checks, cpu ticks \$c"
    fi
  done
  c1=\$(ticks "\$@"); o1=\$(opens); t1=\$(date +%s.%N); threads \$1 > /run/\$label.t1
  [ -n "\$first" ] || first=\$c1
  printf '%s %d %.2f %.2f %.1f %d %.2f\n' "\$label" \$((o1 - o0)) "\$(echo "(\$c1 - \$c0) / \$hz" | bc -l)" \
      "\$(echo "\$c1 / \$hz" | bc -l)" "\$(echo "\$t1 - \$t0" | bc -l)" "\$(fails "\$log")" \
      "\$(echo "\$first / \$hz" | bc -l)" >> /run/results
}

ka() {
  ipvsadm -C
  os=\$(opens)
  keepalived -C -n -l -I -f $conf -p /run/ka.pid -c /run/kac.pid >/run/ka.log 2>&1 &
  kp=\$!
  sleep 2
  kc=\$(pgrep -P \$kp | head -n 1)
  tid=\$kc
  measure keepalived /run/ka.log \$kp \$kc
  stop \$kp
}
k4j() {
  ipvsadm -C
  os=\$(opens)
  K4J_JAVA_OPTS="${K4J_BENCH_JAVA_OPTS:-}" $here/bin/keepalived4j -C -n -l -I -f $conf -p /run/k4j.pid -c /run/k4jc.pid >/run/k4j.log 2>&1 &
  jp=\$!
  while [ \$((\$(opens) - os)) -lt 100 ]; do sleep 1; done
  tid=\$(checker_tid \$jp)
  measure keepalived4j /run/k4j.log \$jp
  stop \$jp
}
if [ "${K4J_BENCH_ONLY:-}" = k4j ]; then k4j; cat /run/results; exit 0; fi
for who in ${K4J_BENCH_ORDER:-ka k4j}; do \$who; done

set -- \$(grep '^keepalived ' /run/results); kn=\$2 kcpu=\$3 ktot=\$4 ksec=\$5 kf=\$6 kfirst=\$7
set -- \$(grep '^keepalived4j ' /run/results); jn=\$2 jcpu=\$3 jtot=\$4 jsec=\$5 jf=\$6 jfirst=\$7
echo "after $warmup checks of warm-up:"
printf '%-16s %8s %10s %10s %10s %9s\n' "" checks "cpu s" "us/check" "wall s" "fail lines"
printf '%-16s %8d %10.2f %10.1f %10.1f %9d\n' keepalived \$kn \$kcpu "\$(echo "\$kcpu * 1000000 / \$kn" | bc -l)" \$ksec \$kf
printf '%-16s %8d %10.2f %10.1f %10.1f %9d\n' keepalived4j \$jn \$jcpu "\$(echo "\$jcpu * 1000000 / \$jn" | bc -l)" \$jsec \$jf
echo "from process start (start-up and parsing included):"
printf '%-16s %22s %26s\n' "" "cpu s, first $checks" "cpu s, all $((warmup + checks))"
printf '%-16s %22.2f %26.2f\n' keepalived \$kfirst \$ktot
printf '%-16s %22.2f %26.2f\n' keepalived4j \$jfirst \$jtot
echo "responder errors: \$(grep -c Error /run/responder.log)"
printf 'ratio keepalived4j / keepalived: after warm-up %.2f (per check %.2f); from start: first %d checks %.2f, all %.2f\n' \
  "\$(echo "\$jcpu / \$kcpu" | bc -l)" "\$(echo "(\$jcpu / \$jn) / (\$kcpu / \$kn)" | bc -l)" $checks \
  "\$(echo "\$jfirst / \$kfirst" | bc -l)" "\$(echo "\$jtot / \$ktot" | bc -l)"
echo "the course of each run after the warm-up (every 30 s: checks so far; CPU and checker-thread wakeups per check since the last line):"
awk -v hz=\$hz '{ if (\$2 > 0) printf "   %-14s %7d %6.0f us/check %5.2f wakeups/check\\n", \$1, \$2, (\$3 - c) * 1000000 / hz / (\$2 - n), (\$4 - w) / (\$2 - n); n = \$2; c = \$3; w = \$4 }' /run/keepalived.course /run/keepalived4j.course 2>/dev/null
echo "keepalived4j per thread over the measured checks (CPU s):"
awk -v hz=\$hz 'FNR==NR {u0[\$1]=\$2; s0[\$1]=\$3; next} {u=\$2-u0[\$1]; s=\$3-s0[\$1]; k=\$4; gsub(/[0-9]+\$/,"",k); U[k]+=u; S[k]+=s} END {for (k in U) if (U[k]+S[k]>0) printf "   %-22s user %7.2f sys %7.2f\\n", k, U[k]/hz, S[k]/hz}' /run/keepalived4j.t0 /run/keepalived4j.t1
GUEST
