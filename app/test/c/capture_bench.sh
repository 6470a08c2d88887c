#!/usr/bin/env bash
# Benchmark: live capture on lo by the lab's command line (socketlab capture, printing its lines to a file), by the
# lab's Capture pane model without a window (BenchmarkLiveCapture: the pane's view model, capture session, ingest
# thread and 16 ms pulses), and by tcpdump -nn (printing to a file), one after the other, each while the same burst
# runs between an independent C hello server and C load generator. Three bursts: 10,000 connections one at a time,
# 10,000 four at a time, 20,000 sixty-four at a time. Prints, per burst and capturer, the packets captured, libpcap's
# kernel and interface drops, and the CPU time the capturer's process used, with the load average beside them.
# Usage (as root, after mvn -B package -DskipTests and mvn -B test-compile; needs gcc and tcpdump):
#   bash app/test/c/capture_bench.sh [ROUNDS]
# CAPTURERS="lab-pane" runs only the capturers named (of lab-cli lab-pane tcpdump tcpdump-B32M); PANE_OPTS adds JVM
# options to the pane model's (the launcher's garbage collector and heap options by default), to compare collectors.
# PANE_JAVA runs the pane model on another Java, such as the full JDK 25 for a flight recording (the image has no jdk.jfr).
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-1}
out=target/capture-bench
mkdir -p "$out"
gcc -O2 -pthread -o "$out/hello_server" app/test/c/hello_server.c
gcc -O2 -pthread -o "$out/hello_load" app/test/c/hello_load.c
[ -x target/image/bin/socketlab ] || { echo "build the image first: mvn -B package -DskipTests" >&2; exit 2; }
[ -f target/test-classes/socketlab/ui/capture/BenchmarkLiveCapture.class ] ||
  { echo "compile the tests first: mvn -B test-compile" >&2; exit 2; }
[ -f target/test-classpath.txt ] || mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
java=${PANE_JAVA:-target/image/lib/runtime/bin/java} # the image's own Java 25 (PANE_JAVA: a full JDK, for JFR), with the launcher's options below
capturers=${CAPTURERS:-lab-cli lab-pane tcpdump tcpdump-B32M}
read -r -a pane_opts <<<"${PANE_OPTS:-}"
launcher_opts=($(sed -n 's/^java-options=\(-XX:.*\)$/\1/p' target/image/lib/app/socketlab.cfg | grep -v AOTCache))
if [[ " ${pane_opts[*]-} " == *" -XX:+Use"*GC" "* ]]; then # another collector named: not the launcher's too
  launcher_opts=($(printf '%s\n' "${launcher_opts[@]}" | grep -v -- '-XX:+Use.*GC'))
fi
pane_cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
"$out/hello_server" 0 >"$out/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do grep -q '^listening' "$out/server.log" && break; sleep 0.1; done
port=$(sed -n 's/^listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$out/server.log")
filter="tcp port $port"

# capturer NAME: starts it under /usr/bin/time in the background; sets cap_time (time's pid) and cap_pid (its child)
start_capturer() {
  local name=$1 ready
  case $name in
  lab-cli)
    ready='^capturing on'
    /usr/bin/time -f '%U %S' -o "$out/$name.cpu" target/image/bin/socketlab capture --filter "$filter" \
      >"$out/$name.out" 2>"$out/$name.err" & ;;
  lab-pane)
    ready='^capturing on'
    /usr/bin/time -f '%U %S' -o "$out/$name.cpu" "$java" "${launcher_opts[@]}" ${pane_opts[@]+"${pane_opts[@]}"} \
      --enable-native-access=ALL-UNNAMED -cp "$pane_cp" socketlab.ui.capture.BenchmarkLiveCapture lo "$filter" \
      >"$out/$name.out" 2>"$out/$name.err" & ;;
  tcpdump)
    ready='^listening on'
    /usr/bin/time -f '%U %S' -o "$out/$name.cpu" tcpdump -nn -i lo "$filter" \
      >"$out/$name.out" 2>"$out/$name.err" & ;;
  tcpdump-B32M) # tcpdump with the lab's kernel buffer (32 MiB) instead of its default 2 MiB
    ready='^listening on'
    /usr/bin/time -f '%U %S' -o "$out/$name.cpu" tcpdump -nn -B 32768 -i lo "$filter" \
      >"$out/$name.out" 2>"$out/$name.err" & ;;
  esac
  cap_time=$!
  for _ in $(seq 600); do
    grep -q "$ready" "$out/$name.out" "$out/$name.err" 2>/dev/null && break
    sleep 0.1
  done
  cap_pid=$(pgrep -P "$cap_time")
}

# waits until the capturer's output file has not grown for 3 s: it has caught up with what was captured (a stop
# signal ends a capture at once, and frames still in the kernel's buffer then count neither as captured nor dropped)
settle() {
  local file=$1 before=-1 now still=0
  for _ in $(seq 120); do
    now=$(stat -c %s "$file")
    if [ "$now" = "$before" ]; then still=$((still + 1)); else still=0; fi
    [ "$still" -ge 3 ] && return 0
    before=$now
    sleep 1
  done
}

printf '%-22s %-12s %9s %9s %9s %8s  %s\n' burst capturer captured "kernel" "if drop" "CPU s" "load (1 min) / notes"
for round in $(seq "$rounds"); do
  for burst in "10000 1" "10000 4" "20000 64"; do
    set -- $burst
    for name in $capturers; do
      start_capturer "$name"
      load=$(cut -d' ' -f1 /proc/loadavg)
      "$out/hello_load" "$port" "$1" "$2" >"$out/$name.load"
      settle "$out/$name.out"
      if [ "$name" = lab-pane ]; then kill -TERM "$cap_pid"; else kill -INT "$cap_pid"; fi
      wait "$cap_time" || true
      cpu=$(tail -n 1 "$out/$name.cpu" | awk '{printf "%.2f", $1 + $2}')
      case $name in
      tcpdump*)
        captured=$(sed -n 's/^\([0-9]*\) packets\? captured.*/\1/p' "$out/$name.err")
        kernel=$(sed -n 's/^\([0-9]*\) packets\? dropped by kernel.*/\1/p' "$out/$name.err")
        ifdrop=$(sed -n 's/^\([0-9]*\) packets\? dropped by interface.*/\1/p' "$out/$name.err")
        notes="" ;;
      *)
        line=$(grep 'packets\? captured' "$out/$name.out" | tail -n 1)
        captured=$(grep -oE '[0-9]+ packets? captured' <<<"$line" | grep -oE '^[0-9]+')
        kernel=$(grep -oE '[0-9]+ dropped by the kernel' <<<"$line" | grep -oE '^[0-9]+')
        ifdrop=$(grep -oE '[0-9]+ dropped by the interface' <<<"$line" | grep -oE '^[0-9]+')
        notes=""
        [ "$name" = lab-cli ] && notes="$(($(wc -l <"$out/$name.out") - 2)) lines printed; "
        [ "$name" = lab-pane ] && notes="$(grep -h '^rows\|^pulses\|^frames\|^longest\|^garbage' "$out/$name.out" | tr '\n' ';' | sed 's/;$/; /')" ;;
      esac
      printf '%-22s %-12s %9s %9s %9s %8s  %s; %s%s\n' "$1 conns, $2 at a time" "$name" "$captured" "$kernel" \
        "${ifdrop:-0}" "$cpu" "$load" "$notes" "$(sed 's/^.* s: \([0-9]*\) connections\/s.*/\1 connections\/s/' \
        "$out/$name.load")"
    done
  done
done
