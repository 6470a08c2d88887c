#!/usr/bin/env bash
# Benchmark: the lab's echo server (thread per connection, platform and virtual threads) side by side with the
# lectures' C thread-per-connection echo server, both driven by the same independent C load generator in one run.
# Usage: bash app/test/c/compare.sh [THREADS] [CONNECTIONS_PER_THREAD]   (after mvn package; needs gcc)
set -euo pipefail
cd "$(dirname "$0")/../../.."
threads=${1:-50}
per=${2:-400}
out=target/cbench
mkdir -p "$out"
gcc -O2 -pthread -o "$out/echo_threaded" app/test/c/echo_threaded.c
gcc -O2 -pthread -o "$out/echo_load" app/test/c/echo_load.c
[ -x target/image/bin/socketlab ] || { echo "build the image first: mvn -B package -DskipTests" >&2; exit 2; }

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
wait_listening() { for _ in $(seq 100); do grep -q '^listening' "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

declare -A ports
start() { # name, command... listening on a kernel-chosen port, which its first line names
  local name=$1
  shift
  "$@" 0 >"$out/$name.log" 2>&1 &
  pids+=($!)
  wait_listening "$out/$name.log" || { echo "$name did not start: $(cat "$out/$name.log")" >&2; exit 1; }
  ports[$name]=$(sed -n 's/^listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$out/$name.log" | head -n 1)
}

start c "$out/echo_threaded"
start platform target/image/bin/socketlab serve echo --mode threaded --threads platform --backlog 1024 --port
start virtual target/image/bin/socketlab serve echo --mode threaded --threads virtual --backlog 1024 --port

echo "warming up (JIT) ..."
for name in platform virtual; do "$out/echo_load" "${ports[$name]}" "$threads" "$per" >/dev/null; done
echo "$((threads * per)) connections per round, $threads concurrent clients; rounds alternate to share the noise"
for round in 1 2 3; do
  for name in c platform virtual; do
    printf '%-28s ' "round $round, $([ "$name" = c ] && echo 'C pthread per conn' || echo "lab threaded/$name"):"
    "$out/echo_load" "${ports[$name]}" "$threads" "$per"
  done
done
