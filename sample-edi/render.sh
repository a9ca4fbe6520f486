#!/usr/bin/env bash
# Re-renders every sample claim into sample-edi/837/ with fixed envelope values, so the output is
# reproducible: timestamp 2025-06-02 10:15, ISA13 = the sample number, first GS06 = 1, first ST02 = 1.
# Build first: mvn -B -q -o -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
jar="${JAR:-$here/../gateway/target/claimgate.jar}"
mkdir -p "$here/837"
for f in "$here"/claims/*.json "$here"/claims/*.ndjson; do
  name="$(basename "$f")"; name="${name%.*}"
  n="$((10#${name%%-*}))"
  java -jar "$jar" render "$f" -o "$here/837/$name.837" \
    --timestamp 2025-06-02T10:15 --interchange-control "$n" --group-control 1 --transaction-control 1 2>/dev/null \
    || { echo "render failed: $f" >&2; java -jar "$jar" render "$f" -o /dev/null --timestamp 2025-06-02T10:15 >&2 || true; exit 1; }
done
