# shellcheck shell=bash
# Shared pieces of the keepalived4j lab (sourced by lab/lab.sh and bin/keepalived4j-lab): progress output, time,
# the namespace topology and the cleanup. Everything lives in network namespaces named "${LAB_NS}-*"; nothing is
# routed to or from the namespace the lab was started in. Few processes are spawned on purpose: in the VM (software
# emulation) every exec costs 0.1-0.5 s.

LAB_NS=${LAB_NS:-k4jlab}
LAB_NET=192.168.10
LAB_VIP=$LAB_NET.100
LAB_D1_IP=$LAB_NET.2
LAB_D2_IP=$LAB_NET.3
LAB_RS1_IP=$LAB_NET.11
LAB_RS2_IP=$LAB_NET.12
# The client has several addresses: persistence_timeout pins one client address to one real server (see lab.sh).
LAB_CLIENT_IPS=("$LAB_NET.51" "$LAB_NET.52" "$LAB_NET.53" "$LAB_NET.54")
LAB_NODES=(client d1 d2 rs1 rs2)

# --- time: microseconds since the epoch, in bash arithmetic ---------------------------------------------------------
lab_now() { echo "${EPOCHREALTIME/[.,]/}"; }
# Seconds from microsecond time $1 to $2 (default: now), two decimals.
lab_secs() {
  local d=$(( (${2:-$(lab_now)} - $1) / 10000 ))
  printf '%d.%02d' $((d / 100)) $((d % 100))
}
lab_t0=$(lab_now)

# --- output ---------------------------------------------------------------------------------------------------------
lab_step_no=0
lab_failures=0
lab_say() { printf '[%(%H:%M:%S)T %6ss] %s\n' -1 "$(lab_secs "$lab_t0")" "$*"; }
lab_step() {
  lab_step_no=$((lab_step_no + 1))
  echo
  lab_say "step $lab_step_no/$LAB_STEPS: $*"
}
lab_info() { printf '                    %s\n' "$@"; }
lab_indent() { sed 's/^/                    | /'; }
lab_ok() { printf '                    OK   %s\n' "$*"; }
lab_fail() {
  printf '                    FAIL %s\n' "$*"
  lab_failures=$((lab_failures + 1))
}
lab_die() {
  printf '                    FATAL %s\n' "$*"
  exit 1
}

# --- namespaces -----------------------------------------------------------------------------------------------------
lab_ns() { echo "$LAB_NS-$1"; }
lab_in() {
  local n=$1
  shift
  ip netns exec "$(lab_ns "$n")" "$@"
}

# Namespaces of this lab that exist now, one per line (ip netns keeps them as files in /run/netns).
lab_existing_ns() {
  local f
  for f in /run/netns/"$LAB_NS"-*; do [ -e "$f" ] && echo "${f##*/}"; done
  return 0
}

# The switch namespace "net" holds a bridge; each node's eth0 is a veth whose peer is a port of that bridge.
lab_build_network() {
  local node batch
  modprobe -q -a bridge veth 2>/dev/null || true
  for node in net "${LAB_NODES[@]}"; do batch+="netns add $(lab_ns "$node")"$'\n'; done
  ip -batch - <<< "$batch" || return 1
  batch="link set lo up"$'\n'"link add br0 type bridge"$'\n'"link set br0 up"$'\n'
  for node in "${LAB_NODES[@]}"; do
    batch+="link add p-$node type veth peer name eth0 netns $(lab_ns "$node")"$'\n'
    batch+="link set p-$node master br0 up"$'\n'
  done
  ip -n "$(lab_ns net)" -batch - <<< "$batch" || return 1
  lab_node_up d1 "$LAB_D1_IP" && lab_node_up d2 "$LAB_D2_IP" && lab_node_up rs1 "$LAB_RS1_IP" \
    && lab_node_up rs2 "$LAB_RS2_IP" && lab_node_up client "${LAB_CLIENT_IPS[@]}"
}
lab_node_up() {
  local node=$1 ip batch="link set lo up"$'\n'"link set eth0 up"$'\n'
  shift
  for ip in "$@"; do batch+="addr add $ip/24 dev eth0"$'\n'; done
  ip -n "$(lab_ns "$node")" -batch - <<< "$batch"
}

lab_has_vip() {
  local a
  a=$(ip -n "$(lab_ns "$1")" -br addr show dev eth0 2>/dev/null)
  [[ "$a" == *" $LAB_VIP/"* ]]
}
# lab_ipvs_has DIRECTOR RIP: the director's IPVS table has the real server.
lab_ipvs_has() {
  local t
  t=$(lab_in "$1" ipvsadm -Ln 2>/dev/null)
  [[ "$t" == *"-> $2:80 "* ]]
}

# Waits until the command succeeds, polling every 0.1 s, for at most $1 seconds; returns 1 on timeout.
lab_wait() {
  local end=$(( $(lab_now) + $1 * 1000000 ))
  shift
  until "$@"; do
    [ "$(lab_now)" -gt "$end" ] && return 1
    sleep 0.1
  done
}

# Pids of every process in the lab's namespaces, space-separated (what `ip netns pids` finds, in two execs).
lab_pids() {
  local inodes i match=() links l pids=""
  inodes=$(lab_existing_ns | sed "s|^|/run/netns/|" | xargs -r stat -L -c %i)
  [ -n "$inodes" ] || return 0
  for i in $inodes; do match+=(-o -lname "net:\\[$i\\]"); done
  links=$(find /proc/[0-9]*/ns/net -maxdepth 0 \( "${match[@]:1}" \) 2>/dev/null)
  for l in $links; do l=${l#/proc/}; pids+=" ${l%%/*}"; done
  echo $pids
}

# Kills every process in the lab's namespaces (TERM, then KILL after 5 s) and deletes the namespaces.
lab_cleanup() {
  local pids p alive="" batch="" ns
  pids=$(lab_pids)
  if [ -n "$pids" ]; then
    # shellcheck disable=SC2086
    kill $pids 2>/dev/null
    for _ in {1..50}; do
      alive=""
      for p in $pids; do kill -0 "$p" 2>/dev/null && alive+=" $p"; done
      [ -z "$alive" ] && break
      sleep 0.1
    done
    # shellcheck disable=SC2086
    [ -n "$alive" ] && kill -9 $alive 2>/dev/null
    pids=$(lab_pids) # anything forked meanwhile
    # shellcheck disable=SC2086
    [ -n "$pids" ] && kill -9 $pids 2>/dev/null && sleep 0.2
  fi
  for ns in $(lab_existing_ns); do batch+="netns del $ns"$'\n'; done
  [ -z "$batch" ] || ip -batch - <<< "$batch" 2>/dev/null
  return 0
}
