#!/usr/bin/env bash
# The main job on the sample articles shipped in samples/: extract their events,
# store them in the embedded SQLite database, link reports into incidents,
# export them and print a summary. Run through `make demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
export MARSAD_DB="${MARSAD_DB:-sqlite:///marsad.db}"
mkdir -p out

echo "== 1. extract: samples/*.jsonl -> out/events.jsonl"
$BIN/marsad extract samples/seeds.jsonl samples/articles.jsonl -o out/events.jsonl
echo "== 2. ingest: samples/*.jsonl -> $MARSAD_DB (idempotent; run it twice, nothing doubles)"
$BIN/marsad ingest samples/seeds.jsonl samples/articles.jsonl
echo "== 3. export: ACLED CSV, UCDP CSV and GeoJSON in out/"
$BIN/marsad export --format acled -o out/acled.csv
$BIN/marsad export --format ucdp --incidents -o out/ucdp.csv
$BIN/marsad export --format geojson --incidents -o out/incidents.geojson
echo "== 4. summary"
$BIN/marsad stats
cat <<TXT

Done. The database is $MARSAD_DB; the exports are in out/.
See the map, the timeline and every figure's evidence:
    $BIN/marsad serve        # then open http://127.0.0.1:8000
TXT
