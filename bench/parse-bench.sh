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

best() { # command... -> best wall seconds and best CPU seconds (user + system) over $runs runs, and the last exit code
  local bw="" bc="" rc=0 tf w u sy c
  tf=$(mktemp)
  for _ in $(seq "$runs"); do
    set +e; ip netns exec "$ns" /usr/bin/time -o "$tf" -f '%e %U %S' "$@" >/dev/null 2>&1; rc=$?; set -e
    read -r w u sy < <(tail -1 "$tf")
    c=$(echo "$u + $sy" | bc -l)
    if [ -z "$bw" ] || [ "$(echo "$w < $bw" | bc -l)" = 1 ]; then bw=$w; fi
    if [ -z "$bc" ] || [ "$(echo "$c < $bc" | bc -l)" = 1 ]; then bc=$c; fi
  done
  rm -f "$tf"
  printf '%.3f %.3f %d' "$bw" "$bc" "$rc"
}
read -r k kc rck <<<"$(best keepalived -t -f "$conf")"
read -r j jc rcj <<<"$(best "$here/bin/keepalived4j" -t -f "$conf")"
printf '%-24s %10s %10s %6s\n' "parse+validate (-t)" "wall s" "CPU s" "exit"
printf '%-24s %10.3f %10.3f %6d\n' "keepalived 2.2.7" "$k" "$kc" "$rck"
printf '%-24s %10.3f %10.3f %6d\n' "keepalived4j" "$j" "$jc" "$rcj"
printf 'ratio keepalived4j/keepalived: %.2f wall, %.2f CPU (best of %d runs, incl. process start)\n' \
  "$(echo "$j / $k" | bc -l)" "$(echo "$jc / $kc" | bc -l)" "$runs"
