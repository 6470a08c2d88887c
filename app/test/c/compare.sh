#!/usr/bin/env bash
# Benchmark: the lab's servers (the built `socketlab serve`) beside the lectures' C servers of the same design, all
# driven by one independent C load generator in the same run, rounds alternating so that both share the machine's
# noise. Three pairs: threaded hello, threaded echo, semaphore(16) echo; 64 concurrent clients; each echo connection
# sends 10 lines one at a time and reads each back. Prints connections/s and p50/p99 of a whole connection per round,
# then the median ratio lab/C of each pair.
# Usage: bash app/test/c/compare.sh [ROUNDS] [CONNECTIONS_PER_CLIENT]   (after mvn -B package; needs gcc)
#        DESIGNS=hello-threaded bash app/test/c/compare.sh ...   runs only the pairs named (of the three above)
set -euo pipefail
cd "$(dirname "$0")/../../.."
rounds=${1:-5}
per=${2:-100}
clients=64
designs=${DESIGNS:-hello-threaded echo-threaded echo-semaphore}
lines=10
out=target/cbench
mkdir -p "$out"
gcc -O2 -pthread -o "$out/servers" app/test/c/servers.c
gcc -O2 -pthread -o "$out/load" app/test/c/load.c
[ -x target/image/bin/socketlab ] || { echo "build the image first: mvn -B package -DskipTests" >&2; exit 2; }

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
wait_listening() { for _ in $(seq 200); do grep -q '^listening' "$1" 2>/dev/null && return 0; sleep 0.1; done; return 1; }

declare -A ports
start() { # name, command... listening on a kernel-chosen port, which its first line names
  local name=$1
  shift
  "$@" >"$out/$name.log" 2>&1 &
  pids+=($!)
  wait_listening "$out/$name.log" || { echo "$name did not start: $(cat "$out/$name.log")" >&2; exit 1; }
  ports[$name]=$(sed -n 's/^listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$out/$name.log" | head -n 1)
}

lab=target/image/bin/socketlab
start c-hello-threaded "$out/servers" hello threaded 0
start lab-hello-threaded $lab serve hello --mode threaded --quiet --port 0
start c-echo-threaded "$out/servers" echo threaded 0
start lab-echo-threaded $lab serve echo --mode threaded --quiet --port 0
start c-echo-semaphore "$out/servers" echo semaphore 16 0
start lab-echo-semaphore $lab serve echo --mode semaphore --permits 16 --quiet --port 0

lines_of() { case $1 in *hello*) echo 0 ;; *) echo $lines ;; esac; }
echo "warming up the lab's servers (JIT) ..."
for name in $(printf 'lab-%s ' $designs); do
  for _ in 1 2; do "$out/load" "${ports[$name]}" $clients "$per" "$(lines_of $name)" >/dev/null; done
done

echo "$((clients * per)) connections per round, $clients concurrent clients, $lines lines per echo connection"
declare -A rate p99
for round in $(seq "$rounds"); do
  for design in $designs; do
    for side in c lab; do
      name=$side-$design
      result=$("$out/load" "${ports[$name]}" $clients "$per" "$(lines_of $name)") || true
      printf 'round %d  %-20s %s\n' "$round" "$name" "$result"
      rate[$name,$round]=$(echo "$result" | awk '{print $1}')
      p99[$name,$round]=$(echo "$result" | sed 's/.*p99 \([0-9.]*\) ms.*/\1/')
    done
  done
done

echo
echo "median ratios, lab / C (connections/s: higher is better; p99: lower is better)"
for design in $designs; do
  ratios=() p99s=()
  for round in $(seq "$rounds"); do
    ratios+=("$(awk -v l="${rate[lab-$design,$round]}" -v c="${rate[c-$design,$round]}" 'BEGIN{printf "%.3f", l/c}')")
    p99s+=("$(awk -v l="${p99[lab-$design,$round]}" -v c="${p99[c-$design,$round]}" 'BEGIN{printf "%.3f", l/c}')")
  done
  median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
  printf '%-16s connections/s %s   p99 %s   (rounds: connections/s %s; p99 %s)\n' "$design" \
    "$(median "${ratios[@]}")" "$(median "${p99s[@]}")" "${ratios[*]}" "${p99s[*]}"
done
