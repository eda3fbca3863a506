#!/usr/bin/env bash
# Rebuilds the UI bundle in static/ from src/. Run after changing src/ and
# commit static/ with the change: building Chronicle itself never needs node.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules ] || npm ci --no-audit --no-fund
node --test src/
node build.mjs
du -sh static static/chunks static/fonts | sed 's/^/built /'
