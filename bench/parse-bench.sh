#!/usr/bin/env bash
# Parse-and-validate benchmark: keepalived4j -t against keepalived -t on the same generated config
# (10,000 virtual servers x 10 real servers by default). Run on purpose, as root; not part of the tests.
# Usage: sudo bench/parse-bench.sh [N=10000] [M=10] [RUNS=3]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n=${1:-10000}; m=${2:-10}; runs=${3:-3}
out="$here/bench/out"; mkdir -p "$out"
conf="$out/lvs-$n-$m.conf"
"$here/bench/gen-lvs-config.sh" "$n" "$m" > "$conf"
echo "config: $conf ($(wc -l < "$conf") lines, $n virtual servers x $m real servers)"
ns=k4jbench$$
ip netns add "$ns"
trap 'ip netns del "$ns" 2>/dev/null || true' EXIT
ip -n "$ns" link add eth0 type veth peer name peth0
ip -n "$ns" link set eth0 up; ip -n "$ns" link set lo up

best() { # command... -> best wall seconds over $runs runs, and the last exit code
  local b="" rc=0 s e t
  for _ in $(seq "$runs"); do
    s=$(date +%s.%N)
    set +e; ip netns exec "$ns" "$@" >/dev/null 2>&1; rc=$?; set -e
    e=$(date +%s.%N)
    t=$(echo "$e - $s" | bc -l)
    if [ -z "$b" ] || [ "$(echo "$t < $b" | bc -l)" = 1 ]; then b=$t; fi
  done
  printf '%.3f %d' "$b" "$rc"
}
read -r k rck <<<"$(best keepalived -t -f "$conf")"
read -r j rcj <<<"$(best "$here/bin/keepalived4j" -t -f "$conf")"
printf '%-24s %10s %6s\n' "parse+validate (-t)" "seconds" "exit"
printf '%-24s %10.3f %6d\n' "keepalived 2.2.7" "$k" "$rck"
printf '%-24s %10.3f %6d\n' "keepalived4j" "$j" "$rcj"
printf 'ratio keepalived4j/keepalived: %.2f (best of %d runs, wall clock incl. process start)\n' \
  "$(echo "$j / $k" | bc -l)" "$runs"
