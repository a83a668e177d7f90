#!/usr/bin/env bash
# Boots the IPVS test VM once, runs shell scripts inside it (in the host root's chroot, as root), powers it off.
# Usage: vm/run.sh [-t SECONDS] [-k] -c 'COMMANDS'
#        vm/run.sh [-t SECONDS] [-k] SCRIPT... ("-" reads a script from stdin)
#   -t  give up (kill the VM) after SECONDS in total (default 300)
#   -k  keep the run directory (console.log, setup.log, out-N, err-N, rc-N) and print its path
# Several scripts run one after the other in the same boot, each as /bin/sh with the run directory
# (/run/k4j-io in the guest) as working directory. Their stdout and stderr are copied to ours; the exit code is
# the first non-zero script exit code (0 if all succeeded), 124 on timeout, 125 if the VM failed.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

timeout_s=300 keep=0 inline=""
while getopts 't:kc:' opt; do
  case "$opt" in
    t) timeout_s=$OPTARG ;;
    k) keep=1 ;;
    c) inline=$OPTARG ;;
    *) vm_die "usage: vm/run.sh [-t SECONDS] [-k] (-c COMMANDS | SCRIPT...)" ;;
  esac
done
shift $((OPTIND - 1))
[ -n "$inline" ] || [ $# -gt 0 ] || vm_die "usage: vm/run.sh [-t SECONDS] [-k] (-c COMMANDS | SCRIPT...)"

problem=$(vm_check) || vm_die "$problem"
"$K4J_VM_DIR/build-initramfs.sh" >/dev/null
mkdir -p "$K4J_VM_CACHE"
run_dir=$(mktemp -d "$K4J_VM_CACHE/run.XXXXXX")
if [ "$keep" = 0 ]; then trap 'rm -rf "$run_dir"' EXIT; fi

n=0
if [ -n "$inline" ]; then n=1; printf '%s\n' "$inline" > "$run_dir/cmd-1.sh"; fi
for s in "$@"; do
  n=$((n + 1))
  if [ "$s" = - ]; then cat > "$run_dir/cmd-$n.sh"; else cp "$s" "$run_dir/cmd-$n.sh"; fi
done
touch "$run_dir/shutdown"

vm_rc=0
timeout --kill-after=5 "$timeout_s" "$K4J_VM_DIR/qemu.sh" "$run_dir" || vm_rc=$?

rc=0
for ((i = 1; i <= n; i++)); do
  [ -e "$run_dir/out-$i" ] && cat "$run_dir/out-$i"
  [ -e "$run_dir/err-$i" ] && cat "$run_dir/err-$i" >&2
  if [ -e "$run_dir/rc-$i" ]; then
    r=$(cat "$run_dir/rc-$i")
    [ "$rc" != 0 ] || rc=$r
  else
    [ "$vm_rc" = 124 ] && { echo "vm: timed out after ${timeout_s}s in script $i" >&2; rc=124; }
    [ "$rc" = 124 ] || {
      echo "vm: script $i did not finish (qemu exit $vm_rc)" >&2
      [ -e "$run_dir/fatal" ] && echo "vm: guest: $(cat "$run_dir/fatal")" >&2
      [ -e "$run_dir/setup.log" ] && tail -n 20 "$run_dir/setup.log" | sed 's/^/vm: setup: /' >&2
      [ -e "$run_dir/console.log" ] && tail -n 20 "$run_dir/console.log" | sed 's/^/vm: console: /' >&2
      rc=125
    }
    break
  fi
done
[ "$keep" = 0 ] || echo "vm: run directory kept: $run_dir" >&2
exit "$rc"
