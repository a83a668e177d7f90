#!/usr/bin/env bash
# Writes an LVS-only keepalived.conf for the IPVS benchmarks to stdout. Real server k (1..N*M) has the address
# 172.16.0.0 + k, so every check probes a different address (keepalived4j probes a check shared by several virtual
# servers only once; distinct addresses keep the comparison one probe per check). The benchmark guest makes all of
# 172.16.0.0/12 local (ip route add local 172.16.0.0/12 dev lo) and answers on port 80 with bench/ipvs-responder.py.
# Usage: bench/ipvs-gen-config.sh program N M    N services x M destinations; TCP_CHECKs that succeed and run rarely
#                                                (delay_loop and warmup 3600 s), so the table stays complete while
#                                                the programming is timed
#        bench/ipvs-gen-config.sh http N M D     N services x M destinations, HTTP_GET every D seconds
set -euo pipefail
mode=$1 n=$2 m=$3
awk -v mode="$mode" -v n="$n" -v m="$m" -v d="${4:-10}" 'BEGIN {
  print "global_defs {\n  router_id bench\n}\n"
  k = 0
  for (i = 0; i < n; i++) {
    a = int(i / 250); b = i % 250 + 1
    printf "virtual_server 10.%d.%d.%d 80 {\n", 100 + int(a / 250), a % 250, b
    if (mode == "program") {
      print "  delay_loop 3600\n  lb_algo wrr\n  lb_kind DR\n  persistence_timeout 50\n  protocol TCP"
    } else {
      printf "  delay_loop %d\n  lb_algo rr\n  lb_kind NAT\n  protocol TCP\n", d
    }
    for (j = 1; j <= m; j++) {
      k++
      printf "  real_server 172.%d.%d.%d 80 {\n    weight %d\n", 16 + int(k / 65536), int(k / 256) % 256, k % 256, j
      if (mode == "program") {
        print "    TCP_CHECK {\n      connect_timeout 3\n      warmup 3600\n    }"
      } else {
        print "    HTTP_GET {\n      url {\n        path /index.html\n        status_code 200\n      }\n      connect_timeout 5\n      retry 1\n      delay_before_retry 1\n    }"
      }
      print "  }"
    }
    print "}"
  }
}'
