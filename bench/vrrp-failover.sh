#!/usr/bin/env bash
# VRRP failover benchmark: keepalived4j as BACKUP against keepalived as BACKUP, same topology (two network
# namespaces joined by veth, a keepalived MASTER that is SIGKILLed), VRRPv2 at advert_int 1 and VRRPv3 at 0.1.
# Reports median, p95 and max failover time, the RFC bound (Master_Down_Interval) and the ratios.
# Run on purpose, as root, with keepalived installed; not part of the tests. Takes about 6 minutes at 20 trials.
# Usage: sudo bench/vrrp-failover.sh [TRIALS=20]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
trials=${1:-20}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out="$here/bench/out"; mkdir -p "$out"
cd "$here"
# one reactor build, so config-parser and netlink resolve to their fresh target/classes
./mvnw -B -q -o -pl vrrp -am test-compile dependency:build-classpath -Dmdep.outputFile="$out/vrrp-test.cp" \
  -Dmdep.includeScope=test >/dev/null
cp="$here/vrrp/target/test-classes:$here/vrrp/target/classes:$(cat "$out/vrrp-test.cp")"
report="$out/vrrp-failover-$(date +%Y%m%d-%H%M%S).md"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseZGC -cp "$cp" \
  org.keepalived4j.vrrp.interop.FailoverBench "$trials" "$report"
echo "report: $report"
