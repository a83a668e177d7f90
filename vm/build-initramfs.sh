#!/usr/bin/env bash
# Builds (once, cached) the busybox initramfs of the IPVS test VM and prints its path.
# The cache key is the kernel version plus a hash of the guest scripts, so editing them rebuilds it.
# Usage: vm/build-initramfs.sh            (environment: see vm/lib.sh)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

problem=$(vm_check) || vm_die "$problem"
kver=$(vm_kernel)
key=$(cat "$K4J_VM_DIR/guest-init.sh" "$K4J_VM_DIR/modprobe-host.sh" "$K4J_VM_DIR/build-initramfs.sh" /bin/busybox \
      | sha256sum | cut -c1-12)
out="$K4J_VM_CACHE/initramfs-$kver-$key.cpio.gz"
if [ -s "$out" ]; then
  echo "$out"
  exit 0
fi

mkdir -p "$K4J_VM_CACHE"
stage=$(mktemp -d "$K4J_VM_CACHE/initramfs-stage.XXXXXX")
trap 'rm -rf "$stage" "$stage.cpio.gz"' EXIT
mkdir -p "$stage"/{bin,sbin,proc,sys,dev,host,lib/mods}
cp /bin/busybox "$stage/bin/busybox"
ln -s busybox "$stage/bin/sh"
install -m 0755 "$K4J_VM_DIR/guest-init.sh" "$stage/init"
install -m 0755 "$K4J_VM_DIR/modprobe-host.sh" "$stage/sbin/modprobe-host"

# virtio PCI transport and the 9p filesystem, with their dependencies in load order.
i=0
: > "$stage/modules.list"
seen=" "
while read -r verb path _; do
  [ "$verb" = insmod ] || continue
  case "$seen" in *" $path "*) continue;; esac
  seen="$seen$path "
  i=$((i + 1))
  name=$(printf '%02d-%s' "$i" "$(basename "$path")")
  case "$path" in
    *.ko) cp "$path" "$stage/lib/mods/$name" ;;
    *.ko.xz) xz -dc "$path" > "$stage/lib/mods/${name%.xz}"; name=${name%.xz} ;;
    *.ko.zst) zstd -qdc "$path" > "$stage/lib/mods/${name%.zst}"; name=${name%.zst} ;;
    *) vm_die "unexpected module file $path" ;;
  esac
  echo "/lib/mods/$name" >> "$stage/modules.list"
done < <(modprobe -S "$kver" --show-depends -a virtio_pci 9pnet_virtio 9p)
[ "$i" -gt 0 ] || vm_die "modprobe --show-depends found no virtio/9p modules for $kver"

(cd "$stage" && find . -print0 | LC_ALL=C sort -z | cpio --null -o -H newc --quiet -R 0:0) | gzip -1 > "$stage.cpio.gz"
mv "$stage.cpio.gz" "$out"
# Drop images built from older guest scripts or kernels.
for old in "$K4J_VM_CACHE"/initramfs-*.cpio.gz; do
  [ "$old" = "$out" ] || rm -f "$old"
done
echo "$out"
