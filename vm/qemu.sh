#!/usr/bin/env bash
# Boots the IPVS test VM in the foreground; returns when the guest powers off.
# Usage: vm/qemu.sh RUN_DIR [CONSOLE]
#   RUN_DIR  a directory outside /tmp, shared read-write with the guest (9p tag "io", /run/k4j-io in the guest);
#            the guest runs the cmd-N.sh files queued there (protocol: vm/guest-init.sh, vm/README.md).
#   CONSOLE  file to receive the serial console (default RUN_DIR/console.log), or "-" for stdout.
# The host's / is shared read-only (9p tag "hostroot"). No network device, no disk.
# Environment: see vm/lib.sh, plus K4J_VM_IDLE_S (the guest powers off after that many seconds without a command,
# default 900).
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# -ge 1 ] || vm_die "usage: vm/qemu.sh RUN_DIR [CONSOLE]"
run_dir=$(cd "$1" && pwd) || vm_die "no such directory: $1"
case "$run_dir" in /tmp|/tmp/*) vm_die "RUN_DIR $run_dir is under /tmp, which the guest cannot see";; esac
console=${2:-$run_dir/console.log}
initramfs=$("$K4J_VM_DIR/build-initramfs.sh")
kver=$(vm_kernel)
if [ "$console" = - ]; then serial=stdio; else serial="file:$console"; fi

exec qemu-system-x86_64 \
  -accel tcg -cpu max -m "${K4J_VM_MEM:-2048}" -smp "${K4J_VM_SMP:-2}" \
  -nodefaults -no-user-config -display none -no-reboot \
  -serial "$serial" \
  -kernel "/boot/vmlinuz-$kver" -initrd "$initramfs" \
  -append "console=ttyS0 quiet panic=-1 rdinit=/init k4j.idle=${K4J_VM_IDLE_S:-900}" \
  -virtfs local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap \
  -virtfs "local,path=$run_dir,mount_tag=io,security_model=none,multidevs=remap"
