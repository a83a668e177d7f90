#!/usr/bin/env bash
# Real-server set-up for LVS-DR and LVS-TUN (replaces the tutorials' realserver.sh).
#   realserver.sh start VIP [dr|tun]   put the VIP on lo (dr) or tunl0 (tun), stop answering ARP for it
#   realserver.sh stop  VIP [dr|tun]   undo
#   realserver.sh status VIP [dr|tun]
# arp_ignore=1: answer ARP only for addresses on the receiving interface (not the VIP on lo).
# arp_announce=2: always use the best local address as ARP source (never the VIP).
set -euo pipefail
action=${1:-}; vip=${2:-}; mode=${3:-dr}
[ -n "$action" ] && [ -n "$vip" ] || { echo "usage: $0 start|stop|status VIP [dr|tun]" >&2; exit 2; }
case "$mode" in dr) dev=lo ;; tun) dev=tunl0 ;; *) echo "mode must be dr or tun" >&2; exit 2 ;; esac
conf=/proc/sys/net/ipv4/conf
case "$action" in
  start)
    [ "$mode" = tun ] && { modprobe ipip 2>/dev/null || true; ip link set tunl0 up; }
    ip addr replace "$vip/32" dev "$dev"
    for i in all "$dev"; do echo 1 > "$conf/$i/arp_ignore"; echo 2 > "$conf/$i/arp_announce"; done
    [ "$mode" = tun ] && for i in all tunl0; do echo 0 > "$conf/$i/rp_filter"; done
    echo "real server ready: $vip on $dev, arp_ignore=1 arp_announce=2"
    ;;
  stop)
    ip addr del "$vip/32" dev "$dev" 2>/dev/null || true
    for i in all "$dev"; do echo 0 > "$conf/$i/arp_ignore"; echo 0 > "$conf/$i/arp_announce"; done
    echo "real server released: $vip removed from $dev, arp settings back to 0"
    ;;
  status)
    ip -br addr show dev "$dev" | grep -q " $vip/" && echo "$vip on $dev" || echo "$vip not on $dev"
    echo "arp_ignore=$(cat $conf/all/arp_ignore) arp_announce=$(cat $conf/all/arp_announce)"
    ;;
  *) echo "unknown action $action" >&2; exit 2 ;;
esac
