#!/usr/bin/env bash
# VRRP failover benchmark: keepalived4j as BACKUP against keepalived as BACKUP, same topology (two network
# namespaces joined by veth, a keepalived MASTER that is SIGKILLed), VRRPv2 at advert_int 1 and VRRPv3 at 0.1.
# keepalived4j runs as the daemon (org.keepalived4j.core.Main -n -l -D -f CONF -p PID).
# Reports median, p95 and max failover time (from the kill, and from the MASTER's last advert), the RFC bound
# (Master_Down_Interval) and the ratios. Run on purpose, as root, with keepalived and tcpdump installed; not part
# of the tests. Takes 6 to 10 minutes at 20 trials.
# Usage: sudo bench/vrrp-failover.sh [TRIALS=20]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
trials=${1:-20}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
out="$here/bench/out"; mkdir -p "$out"
cd "$here"
# one reactor build, so the modules (and the vrrp test-jar with the harness) resolve to their fresh target dirs
./mvnw -B -q -o -pl keepalived4j-core -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$out/core-test.cp" -Dmdep.includeScope=test >/dev/null
cp="$here/keepalived4j-core/target/test-classes:$here/keepalived4j-core/target/classes:$(cat "$out/core-test.cp")"
report="$out/vrrp-failover-$(date +%Y%m%d-%H%M%S).md"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseZGC -cp "$cp" \
  org.keepalived4j.vrrp.interop.FailoverBench "$trials" "$report" org.keepalived4j.core.Main
echo "report: $report"
