#!/usr/bin/env bash
# Writes a keepalived.conf with N virtual servers x M real servers (TCP_CHECK each) to stdout.
# Usage: bench/gen-lvs-config.sh [N=10000] [M=10]
set -euo pipefail
n=${1:-10000}
m=${2:-10}
awk -v n="$n" -v m="$m" 'BEGIN {
  print "global_defs {\n  router_id bench\n}\n"
  print "vrrp_instance VI_1 {\n  state BACKUP\n  interface eth0\n  virtual_router_id 51\n  priority 100\n  advert_int 1\n  virtual_ipaddress {\n    10.255.0.1/32\n  }\n}\n"
  for (i = 0; i < n; i++) {
    a = int(i / 250); b = i % 250 + 1
    printf "virtual_server 10.%d.%d.%d %d {\n", 100 + int(a / 250), a % 250, b, 80
    print "  delay_loop 6\n  lb_algo wrr\n  lb_kind DR\n  persistence_timeout 50\n  protocol TCP"
    for (j = 1; j <= m; j++) {
      printf "  real_server 172.%d.%d.%d 80 {\n    weight %d\n    TCP_CHECK {\n      connect_timeout 3\n      retry 3\n      delay_before_retry 3\n    }\n  }\n", 16 + (i % 16), int(i / 16) % 250, j, j
    }
    print "}"
  }
}'
