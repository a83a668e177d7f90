# shellcheck shell=bash
# Shared settings for the keepalived4j IPVS VM scripts. Sourced, not run.
#
# Environment overrides:
#   K4J_VM_CACHE   directory for the built initramfs and run directories (default <repo>/.vm). Must not be under
#                  /tmp: the guest mounts its own tmpfs over /tmp and could not see it.
#   K4J_VM_KERNEL  kernel version to boot (default: the newest /boot/vmlinuz-* whose modules include ip_vs).
#   K4J_VM_MEM     guest memory in MiB (default 2048).
#   K4J_VM_SMP     guest CPUs (default 2).

K4J_VM_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
K4J_REPO=$(cd "$K4J_VM_DIR/.." && pwd)
K4J_VM_CACHE=${K4J_VM_CACHE:-$K4J_REPO/.vm}

vm_die() { echo "vm: $*" >&2; exit 2; }

# Prints the kernel version to boot, or fails with a reason.
vm_kernel() {
  if [ -n "${K4J_VM_KERNEL:-}" ]; then
    echo "$K4J_VM_KERNEL"
    return
  fi
  local v best=""
  for f in /boot/vmlinuz-*; do
    [ -e "$f" ] || continue
    v=${f#/boot/vmlinuz-}
    [ -e "/lib/modules/$v/kernel/net/netfilter/ipvs/ip_vs.ko" ] || continue
    if [ -z "$best" ] || [ "$(printf '%s\n%s\n' "$best" "$v" | sort -V | tail -1)" = "$v" ]; then best=$v; fi
  done
  [ -n "$best" ] || vm_die "no /boot/vmlinuz-* with ip_vs modules (apt-get install linux-image-amd64)"
  echo "$best"
}

# Checks everything the VM needs on the host; prints the first problem and returns 1, or returns 0.
vm_check() {
  command -v qemu-system-x86_64 >/dev/null || { echo "qemu-system-x86_64 not found (apt-get install qemu-system-x86)"; return 1; }
  [ -x /bin/busybox ] && file_is_static /bin/busybox || { echo "/bin/busybox (static) not found (apt-get install busybox-static)"; return 1; }
  command -v cpio >/dev/null || { echo "cpio not found"; return 1; }
  command -v modprobe >/dev/null || { echo "modprobe not found (kmod)"; return 1; }
  local k
  k=$(vm_kernel 2>&1) || { echo "${k#vm: }"; return 1; }
  [ -r "/boot/vmlinuz-$k" ] || { echo "/boot/vmlinuz-$k is not readable"; return 1; }
  case "$K4J_VM_CACHE" in /tmp|/tmp/*) echo "K4J_VM_CACHE=$K4J_VM_CACHE is under /tmp, which the guest cannot see"; return 1;; esac
  return 0
}

# True when the 64-bit ELF file has no PT_INTERP program header (statically linked).
file_is_static() {
  local phoff phentsize phnum i type
  phoff=$(od -An -t u8 -j 32 -N 8 "$1" | tr -d ' ')
  phentsize=$(od -An -t u2 -j 54 -N 2 "$1" | tr -d ' ')
  phnum=$(od -An -t u2 -j 56 -N 2 "$1" | tr -d ' ')
  for ((i = 0; i < phnum; i++)); do
    type=$(od -An -t u4 -j $((phoff + i * phentsize)) -N 4 "$1" | tr -d ' ')
    [ "$type" = 3 ] && return 1
  done
  return 0
}
