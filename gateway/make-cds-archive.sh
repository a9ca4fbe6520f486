#!/usr/bin/env bash
# Optional: makes an AppCDS archive of the classes `claimgate serve` loads, so that later starts map them
# from the archive instead of loading and verifying them from the jar (JDK 17: -XX:ArchiveClassesAtExit).
# A training run serves on a new throwaway H2 store (so Flyway's classes are in), answers /healthz,
# /readyz, /metrics and one claim POST, then stops; the JVM writes the archive as it exits. Use it with
#
#   java -XX:SharedArchiveFile=claimgate.jsa -jar gateway/target/claimgate.jar serve
#
# The archive fits only the jar it was made from (same path and timestamp) and the same JDK; with any
# other the JVM says so and starts without it. Make it again after each build.
#
#   gateway/make-cds-archive.sh [ARCHIVE]      (default: gateway/target/claimgate.jsa)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/claimgate.jar"
archive="$(realpath -m "${1:-$here/target/claimgate.jsa}")"
[ -f "$jar" ] || { echo "build first: $jar missing" >&2; exit 1; }
port="${PORT:-18088}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# AUTO_SERVER lets `submitter add` use the store while the server holds it.
export CLAIMGATE_PORT="$port" CLAIMGATE_DB_URL="jdbc:h2:file:$dir/claimgate;AUTO_SERVER=TRUE"
java -XX:ArchiveClassesAtExit="$archive" -jar "$jar" serve >"$dir/log" 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
  kill -0 "$pid" 2>/dev/null || { cat "$dir/log" >&2; exit 1; }
  sleep 0.1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/healthz"
curl -fs -o /dev/null "http://127.0.0.1:$port/metrics" || true
key="$(java -jar "$jar" submitter add "CDS training" 2>/dev/null | sed -n 's/^api key: *//p' || true)"
if [ -n "$key" ]; then
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" -H "Content-Type: application/json" \
    --data @"$here/../x12/src/test/resources/claims/professional-full.json" "http://127.0.0.1:$port/v1/claims/professional")
  echo "training claim POST: HTTP $code"
fi
kill -TERM "$pid"
wait "$pid" || true
[ -s "$archive" ] || { echo "no archive written; the server's log:" >&2; cat "$dir/log" >&2; exit 1; }
echo "wrote $archive ($(du -h "$archive" | cut -f1)); start with: java -XX:SharedArchiveFile=$archive -jar $jar serve"
