#!/usr/bin/env bash
# The open-data-only build: builds the atlas with ATLAS_OPEN_DATA_ONLY=1, checks that nothing of
# geodata/noncommercial/ is in it (nor precached by its service worker), runs the end-to-end tests
# against it (the road tests skip, saying why; the open-data-only test runs), then rebuilds the
# default build so dist/ is as `npm run build` leaves it. Arguments go to vitest (e.g. a file).
set -euo pipefail
cd "$(dirname "$0")/../.."
ATLAS_OPEN_DATA_ONLY=1 npx vite build --logLevel warn
if [ -e dist/geodata/noncommercial ]; then
  echo "open-data-only build: dist/geodata/noncommercial/ should not exist" >&2
  exit 1
fi
if grep -q "geodata/noncommercial" dist/sw.js; then
  echo "open-data-only build: the service worker precaches non-commercial files" >&2
  exit 1
fi
echo "open-data-only build: no non-commercial files in dist/ or in the precache"
status=0
npx vitest run --config vitest.e2e.config.ts "$@" || status=$?
npx vite build --logLevel warn
exit $status
