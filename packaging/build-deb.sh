#!/usr/bin/env bash
# Builds keepalived4j's .deb: a jlink'd Java runtime, the jars, the launcher, the systemd unit, the init script,
# /etc/default/keepalived4j and a sample configuration. Run by the dist module's `package` phase (see
# dist/pom.xml); needs no network, only the JDK running Maven and dpkg-deb.
#
#   build-deb.sh --jdk DIR --modules LIST --jars DIR --repo DIR --version V --work DIR
#
#   --jdk      the JDK whose jlink makes the runtime (Maven's java.home)
#   --modules  comma-separated Java modules for the runtime
#   --jars     directory holding keepalived4j-core and its runtime dependencies
#   --repo     the source tree (bin/keepalived4j, packaging/, examples/)
#   --version  the Maven version; "-SNAPSHOT" is dropped and Debian revision 1 added (0.1.0-SNAPSHOT -> 0.1.0-1)
#   --work     where to build; the runtime is kept in WORK/jlink and reused while JDK and modules stay the same
#
# Prints the .deb's path last.
set -euo pipefail

die() {
  echo "build-deb: ERROR: $*" >&2
  exit 1
}

jdk= modules= jars= repo= version= work=
while [ $# -gt 0 ]; do
  case $1 in
    --jdk) jdk=$2 ;;
    --modules) modules=$2 ;;
    --jars) jars=$2 ;;
    --repo) repo=$2 ;;
    --version) version=$2 ;;
    --work) work=$2 ;;
    *) die "unknown argument $1" ;;
  esac
  shift 2
done
for v in jdk modules jars repo version work; do
  [ -n "${!v}" ] || die "--$v is required"
done

command -v dpkg-deb >/dev/null ||
  die "dpkg-deb not found. Building the .deb needs it (Debian/Ubuntu: apt-get install dpkg);" \
    "skip the .deb with -Dk4j.skipDeb"
[ -x "$jdk/bin/jlink" ] ||
  die "no jlink in $jdk: Maven must run on a JDK 25 (JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64), not a JRE"
[ -f "$jars/keepalived4j-core-$version.jar" ] || die "no $jars/keepalived4j-core-$version.jar; build keepalived4j-core first"

modules=$(printf '%s' "$modules" | tr -d ' \n\t')
deb_version="${version%-SNAPSHOT}-1"
arch=$(dpkg --print-architecture)
root=$work/deb-root
deb=$work/keepalived4j_${deb_version}_${arch}.deb
start=$SECONDS

# 1. The runtime. jlink is the slow step, so its result is kept while the JDK and the module list are unchanged.
jlink_opts=(--strip-debug --no-header-files --no-man-pages --compress=zip-6 --generate-cds-archive)
runtime=$work/jlink/runtime
jdk_version=$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | grep -E '^ +java\.(runtime\.)?version =' |
  tr -d ' \n')
stamp="$jdk_version modules=$modules ${jlink_opts[*]} cds=classes.jsa"
if [ -x "$runtime/bin/java" ] && [ "$(cat "$work/jlink/stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "build-deb: reusing the Java runtime in $runtime"
else
  rm -rf "$work/jlink"
  mkdir -p "$work/jlink"
  echo "build-deb: jlink --add-modules $modules"
  "$jdk/bin/jlink" --add-modules "$modules" "${jlink_opts[@]}" --output "$runtime"
  # The daemon (Serial GC, 512 MB heap) runs with compressed oops and so maps classes.jsa only; the other
  # class-data-sharing archive (for heaps without compressed oops, as ZGC's) would be dead weight.
  rm -f "$runtime/lib/server/classes_nocoops.jsa"
  printf '%s' "$stamp" >"$work/jlink/stamp"
  echo "build-deb: runtime made in $((SECONDS - start)) s ($(du -sh "$runtime" | cut -f1))"
fi

# 2. The file tree.
rm -rf "$root"
lib=$root/usr/lib/keepalived4j
doc=$root/usr/share/doc/keepalived4j
install -d "$lib/lib" "$doc"
cp -a "$runtime" "$lib/runtime"
install -m 644 "$jars"/*.jar "$lib/lib/"
install -D -m 755 "$repo/bin/keepalived4j" "$root/usr/sbin/keepalived4j"
install -m 644 "$repo/packaging/launcher/daemonize.bash" "$lib/daemonize.bash"
install -D -m 644 "$repo/packaging/systemd/keepalived4j.service" "$root/lib/systemd/system/keepalived4j.service"
install -D -m 755 "$repo/packaging/init.d/keepalived4j" "$root/etc/init.d/keepalived4j"
install -D -m 644 "$repo/packaging/default/keepalived4j" "$root/etc/default/keepalived4j"
# Not keepalived.conf.sample: Debian's keepalived package owns that name, and both must install side by side.
install -D -m 644 "$repo/examples/lvs-dr/keepalived-master.conf" "$root/etc/keepalived/keepalived4j.conf.sample"
install -m 644 "$repo/packaging/debian/copyright" "$doc/copyright"
install -m 644 "$repo/packaging/README.md" "$doc/README.md"
for d in "$repo"/examples/*/; do
  name=$(basename "$d")
  [ "$name" != src ] || continue
  for f in "$d"*.conf "$d"README.md; do
    [ -f "$f" ] && install -D -m 644 "$f" "$doc/examples/$name/$(basename "$f")"
  done
done
[ -f "$repo/examples/realserver.sh" ] && install -m 755 "$repo/examples/realserver.sh" "$doc/examples/realserver.sh"
# Plain permissions whatever the umask: directories 755, files 644 unless executable.
find "$root" -type d -exec chmod 755 {} +
find "$root" -type f ! -perm -u+x -exec chmod 644 {} +
find "$root" -type f -perm -u+x -exec chmod 755 {} +

# 3. The control area.
install -d "$root/DEBIAN"
size_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$deb_version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size_kib/" \
  "$repo/packaging/debian/control.in" >"$root/DEBIAN/control"
install -m 644 "$repo/packaging/debian/conffiles" "$root/DEBIAN/conffiles"
for s in postinst prerm postrm; do
  install -m 755 "$repo/packaging/debian/$s" "$root/DEBIAN/$s"
done
(cd "$root" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -printf '%P\0' |
  LC_ALL=C sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/md5sums"

# 4. The package. The runtime's modules are compressed already; gzip -6 is quick and loses little.
rm -f "$work"/keepalived4j_*.deb
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
echo "build-deb: built $(basename "$deb") ($(du -h "$deb" | cut -f1), installed $((size_kib / 1024)) MiB)" \
  "in $((SECONDS - start)) s"
echo "$deb"
