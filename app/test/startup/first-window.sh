#!/usr/bin/env bash
# Benchmark: the time from starting the program to its window's first frame, for the built lab (with the AOT cache the
# build trains and ships, and with it switched off) beside a bare JavaFX window on the same jlink runtime with the
# launcher's JVM options. Rounds alternate so that all share the machine's noise; one X server (Xvfb) for all.
# The lab is also started directly on the image's runtime with the launcher's own class path and options (from
# lib/app/socketlab.cfg), without bin/socketlab and jpackage's launcher (libexec/socketlab) that it starts: the
# difference between the two lab columns is what the command itself costs.
# Every lab start is a first start: its settings and log go to a fresh empty folder (XDG_CONFIG_HOME, XDG_STATE_HOME),
# so that it opens on its default pane whatever the user's saved view says.
# Prints each round's milliseconds, then the medians and the ratios to the bare window.
# Usage: bash app/test/startup/first-window.sh [ROUNDS]   (after mvn -B package; needs xvfb-run)
#        IMAGE=DIR bash app/test/startup/first-window.sh   measures another image (default target/image)
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-7}
image=${IMAGE:-target/image}
[ -x "$image/bin/socketlab" ] || { echo "build the image first: mvn -B package -DskipTests" >&2; exit 2; }
[ -f "$image/lib/app/socketlab.aot" ] || echo "note: the image has no AOT cache (socketlab.aot)" >&2
[ -f target/test-classes/socketlab/ui/BareWindow.class ] || { echo "compile the tests first: mvn -B test-compile" >&2; exit 2; }
exec xvfb-run -a -s "-screen 0 1280x1024x24" bash -s "$rounds" "$image" <<'INNER'
set -euo pipefail
rounds=$1 image=$2
runtime=$image/lib/runtime/bin/java
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
export XDG_CONFIG_HOME=$fresh/config XDG_STATE_HOME=$fresh/state
first_frame() { # command...: milliseconds from start to the "first frame at T" line
  local start end
  rm -rf "$fresh"/*
  start=$(date +%s%3N)
  end=$("$@" 2>/dev/null | sed -n 's/^first frame at \([0-9]*\)$/\1/p' | head -n 1)
  [ -n "$end" ] || { echo "no first frame from: $*" >&2; exit 1; }
  echo $((end - start))
}
bare() { first_frame "$runtime" -XX:+UseSerialGC -XX:MaxRAMPercentage=50 --enable-native-access=javafx.graphics \
  -Dsocketlab.firstFrame=exit -cp target/classes:target/test-classes socketlab.ui.BareWindow; }
lab() { JAVA_TOOL_OPTIONS="-Dsocketlab.firstFrame=exit" first_frame "$image/bin/socketlab"; }
cfg=$image/lib/app/socketlab.cfg
app=$image/lib/app
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|" | paste -sd: -)
mainclass=$(sed -n 's/^app\.mainclass=//p' "$cfg")
mapfile -t options < <(sed -n 's/^java-options=//p' "$cfg" | sed "s|\$APPDIR|$app|")
lab_direct() { first_frame "$runtime" -cp "$classpath" "${options[@]}" -Dsocketlab.firstFrame=exit "$mainclass"; }
lab_no_aot() { JAVA_TOOL_OPTIONS="-XX:AOTMode=off -Dsocketlab.firstFrame=exit" first_frame "$image/bin/socketlab"; }
bare >/dev/null; lab >/dev/null; lab_direct >/dev/null # the first start of each warms the file cache
declare -a b l d n
for r in $(seq "$rounds"); do
  b+=("$(bare)"); l+=("$(lab)"); d+=("$(lab_direct)"); n+=("$(lab_no_aot)")
  printf 'round %d: bare JavaFX window %5d ms   lab (bin/socketlab) %5d ms   lab direct on the runtime %5d ms' \
    "$r" "${b[-1]}" "${l[-1]}" "${d[-1]}"
  printf '   lab (no AOT cache) %5d ms   load %s\n' "${n[-1]}" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mb=$(median "${b[@]}"); ml=$(median "${l[@]}"); md=$(median "${d[@]}"); mn=$(median "${n[@]}")
x() { awk -v a="$1" -v b="$mb" 'BEGIN{printf "%.2f", a/b}'; }
echo "medians: bare $mb ms, lab through bin/socketlab $ml ms ($(x "$ml")x bare)," \
  "lab direct on the runtime $md ms ($(x "$md")x bare), lab without AOT cache $mn ms ($(x "$mn")x bare)"
INNER
