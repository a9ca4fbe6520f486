#!/usr/bin/env bash
# Measures how long `claimgate serve` takes from process start to its first successful GET /healthz, on
# a fresh H2 store each run (empty folder: Flyway creates the schema), and the CPU time the JVM used
# until then (user+system, all threads: steadier than wall time on a busy machine). Then the same to the
# first 200 from GET /readyz (the store answers). Prints each run and the medians.
#
#   gateway/startup-time.sh [RUNS] [-- extra JVM options, e.g. -XX:SharedArchiveFile=claimgate.jsa]
#
# JAR=path: another build of the jar. EXISTING=1: each run starts on a copy of a store made before (by `submitter add`), as after the
# README's first steps: the schema is current, Flyway is not needed.
#
# Needs gateway/target/claimgate.jar (mvn -B -q -DskipTests package) and curl. On a machine busy with
# other work, NICE=-20 (as root) runs the server ahead of it, which comes close to an idle machine.
set -euo pipefail
runs="${1:-5}"
shift || true
[ "${1:-}" = "--" ] && shift
jar="${JAR:-$(cd "$(dirname "$0")" && pwd)/target/claimgate.jar}"
[ -f "$jar" ] || { echo "build first: $jar missing" >&2; exit 1; }
port="${PORT:-18089}"
times=(); cpus=(); readys=()
seed=""
if [ "${EXISTING:-0}" = 1 ]; then
  seed="$(mktemp -d)"
  CLAIMGATE_DB_URL="jdbc:h2:file:$seed/claimgate" java -jar "$jar" submitter add "Startup timing" >/dev/null 2>&1
fi
hz=$(getconf CLK_TCK)
cpu_ms() { awk -v hz="$hz" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$1/stat"; }
for i in $(seq 1 "$runs"); do
  dir="$(mktemp -d)"
  [ -n "$seed" ] && cp "$seed"/claimgate.mv.db "$dir"/
  start=$(date +%s%N)
  CLAIMGATE_PORT="$port" CLAIMGATE_DB_URL="jdbc:h2:file:$dir/claimgate" nice -n "${NICE:-0}" java "$@" -jar "$jar" serve >"$dir/log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"; do
    kill -0 "$pid" 2>/dev/null || { echo "serve exited:" >&2; cat "$dir/log" >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  cpu=$(cpu_ms "$pid")
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do sleep 0.02; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms"); cpus+=("$cpu"); readys+=("$ready")
  echo "run $i: ${ms} ms to first /healthz (JVM CPU ${cpu} ms), ${ready} ms to first /readyz; $(grep -o 'started in .*' "$dir/log" || true)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
[ -n "$seed" ] && rm -rf "$seed"
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
echo "median of $runs: $(median "${times[@]}") ms to /healthz, JVM CPU $(median "${cpus[@]}") ms, $(median "${readys[@]}") ms to /readyz" \
  "(load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
