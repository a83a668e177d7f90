#!/bin/sh
# PID 1 of the keepalived4j IPVS test VM (busybox sh inside a tiny initramfs built by build-initramfs.sh).
#
# 1. Loads the virtio and 9p modules listed in /modules.list and mounts the host's root read-only at /host
#    (9p tag "hostroot") and the run directory read-write at /host/run/k4j-io (9p tag "io").
# 2. Inside the chroot /host: fresh proc, sys, dev, tmpfs on /tmp /run /var/tmp, loads ip_vs and every scheduler
#    with the chroot's modprobe, brings up lo, dummy0 and the veth pair veth0/veth1 (addresses: vm/README.md).
#    The kernel's own module autoload goes through /sbin/modprobe-host, which also runs the chroot's modprobe.
# 3. Runs the commands the host queues: cmd-N.sh (N = 1, 2, ...) in order, each as
#    `chroot /host /bin/sh cmd-N.sh` with the io directory as working directory, writing out-N, err-N and last
#    rc-N (the exit code; its appearance means the command is finished). A file named "shutdown" ends the loop once
#    no cmd-N.sh is waiting; the guest then powers off. So does k4j.idle=SECONDS without a command (default 900).
# Everything this script says goes to the serial console, prefixed "k4j-vm:".
export PATH=/bin:/sbin
/bin/busybox mkdir -p /bin /sbin /usr/bin /usr/sbin /proc /sys /dev /host
/bin/busybox --install -s
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev

say() { echo "k4j-vm: $*" > /dev/console; }
halt_now() { sync; poweroff -f; sleep 5; }
fail() {
  say "FATAL: $*"
  # Let the host see the reason even when the console is not read.
  [ -d /host/run/k4j-io ] && echo "$*" > /host/run/k4j-io/fatal
  halt_now
}

while read -r mod; do
  insmod "$mod" || fail "insmod $mod failed"
done < /modules.list

MSIZE=262144
mount -t 9p -o trans=virtio,version=9p2000.L,ro,msize=$MSIZE hostroot /host || fail "cannot mount the host root (9p tag hostroot)"
H=/host
mount -t proc proc $H/proc || fail "mount proc"
mount -t sysfs sys $H/sys || fail "mount sysfs"
mount -t devtmpfs dev $H/dev || fail "mount devtmpfs"
mkdir -p $H/dev/pts $H/dev/shm
mount -t devpts devpts $H/dev/pts
mount -t tmpfs tmpfs $H/dev/shm
for d in tmp run var/tmp; do
  [ -d $H/$d ] && { mount -t tmpfs -o mode=1777 tmpfs $H/$d || fail "mount tmpfs on /$d"; }
done
IO=/run/k4j-io
mkdir -p $H$IO
mount -t 9p -o trans=virtio,version=9p2000.L,msize=$MSIZE io $H$IO || fail "cannot mount the run directory (9p tag io)"

# Kernel module autoload (request_module) runs this helper from the initramfs; send it to the chroot's modprobe.
[ -w /proc/sys/kernel/modprobe ] && echo /sbin/modprobe-host > /proc/sys/kernel/modprobe

in_host() { chroot $H "$@"; }
hostname k4j-vm
(
  set -x
  in_host /sbin/modprobe -a ip_vs ip_vs_rr ip_vs_wrr ip_vs_lc ip_vs_wlc ip_vs_lblc ip_vs_lblcr ip_vs_dh ip_vs_sh \
      ip_vs_sed ip_vs_nq ip_vs_fo ip_vs_ovf ip_vs_mh dummy veth || exit 1
  in_host /sbin/ip link set lo up || exit 1
  in_host /sbin/ip link show dummy0 >/dev/null 2>&1 || in_host /sbin/ip link add dummy0 type dummy || exit 1
  in_host /sbin/ip addr add 192.0.2.1/24 dev dummy0 || exit 1
  in_host /sbin/ip addr add 2001:db8::1/64 dev dummy0 nodad || exit 1
  in_host /sbin/ip link set dummy0 up || exit 1
  in_host /sbin/ip link add veth0 type veth peer name veth1 || exit 1
  in_host /sbin/ip addr add 198.51.100.1/24 dev veth0 || exit 1
  in_host /sbin/ip addr add 2001:db8:1::1/64 dev veth0 nodad || exit 1
  in_host /sbin/ip link set veth0 up || exit 1
  in_host /sbin/ip link set veth1 up || exit 1
) > $H$IO/setup.log 2>&1 || fail "guest setup failed, see setup.log"
echo "$(uname -r)" > $H$IO/ready
say "ready"

# Power off after k4j.idle=SECONDS (kernel command line) without a command, so that a VM whose host process died
# does not run forever. Each idle tick sleeps at least 50 ms, so the real limit is never shorter.
idle_s=900
for w in $(cat /proc/cmdline); do
  case "$w" in k4j.idle=*) idle_s=${w#k4j.idle=} ;; esac
done
idle_ticks=0
n=1
while :; do
  if [ -e $H$IO/cmd-$n.sh ]; then
    chroot $H /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 K4J_VM=1 K4J_IO=$IO /bin/sh -c "cd $IO && exec /bin/sh ./cmd-$n.sh" \
        > $H$IO/out-$n 2> $H$IO/err-$n < /dev/null
    echo $? > $H$IO/rc-$n.part
    mv $H$IO/rc-$n.part $H$IO/rc-$n
    n=$((n + 1))
    idle_ticks=0
  elif [ -e $H$IO/shutdown ]; then
    break
  else
    idle_ticks=$((idle_ticks + 1))
    if [ $idle_ticks -gt $((idle_s * 20)) ]; then
      say "idle for ${idle_s}s, powering off"
      break
    fi
    usleep 50000
  fi
done
say "shutdown"
halt_now
