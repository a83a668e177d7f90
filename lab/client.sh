#!/usr/bin/env bash
# The lab's client, run inside the client namespace (one process per phase: spawning processes is slow in the VM).
#   client.sh rounds N VIP SRC...   N rounds of one request per source address; one line per round:
#                                   "round R: 51->rs2 52->rs1 ..." ("-" = no answer)
#   client.sh probe VIP SRC         a request every 0.2 s until killed; one line per request:
#                                   "START_US END_US ANSWER" (microseconds since the epoch)
# The source address is chosen with a host route to the VIP (busybox nc cannot bind one); a request is
# "GET / HTTP/1.0" through busybox nc with a 1 s connect timeout, the answer is the first word of the body's last line.
set -uo pipefail

use_source() { ip route replace "$1/32" dev eth0 src "$2"; }
ask() { # ask VIP -> rs1 | rs2 | -
  local reply last
  reply=$(printf 'GET / HTTP/1.0\r\n\r\n' | busybox nc -w 1 "$1" 80 2>/dev/null) || { echo -; return; }
  last=${reply##*$'\n'}
  last=${last%%[ $'\r']*}
  echo "${last:--}"
}

case "${1:-}" in
  rounds)
    n=$2 vip=$3
    shift 3
    for ((r = 1; r <= n; r++)); do
      line="round $r:"
      for src in "$@"; do
        use_source "$vip" "$src" || exit 1
        line+=" ${src##*.}->$(ask "$vip")"
      done
      echo "$line"
    done
    ;;
  probe)
    use_source "$2" "$3" || exit 1
    while :; do
      t=${EPOCHREALTIME/[.,]/}
      a=$(ask "$2")
      echo "$t ${EPOCHREALTIME/[.,]/} $a"
      sleep 0.2
    done
    ;;
  *) echo "usage: client.sh rounds N VIP SRC... | probe VIP SRC" >&2; exit 2 ;;
esac
