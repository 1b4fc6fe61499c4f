#!/usr/bin/env bash
# Browser assets of the dashboard: Leaflet (the map) and swagger-ui-dist (the
# /docs page, served locally so it works offline and under our CSP) from the
# npm registry, copied into src/marsad/web/static/vendor/ (gitignored). Run by `make setup`, hence by
# `make test` and `make demo`. Idempotent: when the vendor copy was made from
# the current package-lock.json it does nothing.
set -euo pipefail
cd "$(dirname "$0")/../src/marsad/web"

vendor=static/vendor
stamp="$vendor/.lock-sha256"
want="$(sha256sum package-lock.json | cut -d' ' -f1)"

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f "$vendor/leaflet/leaflet.js" ]; then
  exit 0
fi

if ! command -v npm >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "build_web_assets.sh: npm is needed to install Leaflet (apt-get install -y npm)" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null
fi

# --ignore-scripts: nothing we use needs an install script (and swagger-ui-dist's
# analytics dependency should not run one)
npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
rm -rf "$vendor/leaflet" "$vendor/swagger-ui"
mkdir -p "$vendor/leaflet" "$vendor/swagger-ui"
cp -r node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css \
      node_modules/leaflet/dist/images node_modules/leaflet/LICENSE "$vendor/leaflet/"
cp node_modules/swagger-ui-dist/swagger-ui-bundle.js node_modules/swagger-ui-dist/swagger-ui.css \
   node_modules/swagger-ui-dist/LICENSE node_modules/swagger-ui-dist/NOTICE "$vendor/swagger-ui/"
echo "$want" > "$stamp"
echo "web assets: leaflet, swagger-ui-dist -> src/marsad/web/static/vendor/"
