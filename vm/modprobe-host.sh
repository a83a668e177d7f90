#!/bin/sh
# Kernel module autoload helper inside the VM's initramfs: run the chroot's (the host's) modprobe.
exec /bin/chroot /host /sbin/modprobe "$@"
