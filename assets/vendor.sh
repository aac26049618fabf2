#!/bin/sh
# Install the pinned browser assets from the npm registry and copy their builds into the package.
# Run by `make assets`; the copies are committed, so neither npm nor the network is needed to serve.
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
out=../src/tidings/web/static/vendor
mkdir -p "$out"
cp node_modules/htmx.org/dist/htmx.min.js "$out/htmx.min.js"
cp node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js "$out/vis-timeline-graph2d.min.js"
cp node_modules/vis-network/standalone/umd/vis-network.min.js "$out/vis-network.min.js"
cp node_modules/vega/build/vega.min.js "$out/vega.min.js"
cp node_modules/vega-lite/build/vega-lite.min.js "$out/vega-lite.min.js"
cp node_modules/vega-embed/build/vega-embed.min.js "$out/vega-embed.min.js"
cp node_modules/world-atlas/countries-110m.json "$out/countries-110m.json"
for pkg in htmx.org vis-timeline vis-network vega vega-lite vega-embed world-atlas; do
  version=$(node -p "require('./node_modules/$pkg/package.json').version")
  license=$(node -p "require('./node_modules/$pkg/package.json').license")
  echo "$pkg $version $license"
  for f in node_modules/"$pkg"/LICENSE*; do cp "$f" "$out/$(basename "$f").$pkg"; done
done > "$out/VERSIONS.txt"
cat "$out/VERSIONS.txt"
