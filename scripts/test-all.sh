#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit, integration and browser tests, then one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p test-results
rm -f test-results/jest-*.json

run() { echo; echo "== $*"; "$@"; }
fail() { echo "FAILED: $1" >&2; npx tsx scripts/test-summary.ts || true; exit 1; }

run npm run --silent typecheck || fail "typecheck"
run npm run --silent lint || fail "lint"
run npx jest --selectProjects unit --json --outputFile=test-results/jest-unit.json || fail "unit tests"
run npx jest --selectProjects integration --runInBand --json --outputFile=test-results/jest-integration.json || fail "integration tests"
run bash scripts/ensure-chromium.sh || fail "Chromium for browser tests"
run npx tsx scripts/ensure-h5.ts || fail "H5 build for browser tests"
run npx jest --selectProjects e2e --runInBand --json --outputFile=test-results/jest-e2e.json || fail "browser tests"
npx tsx scripts/test-summary.ts
