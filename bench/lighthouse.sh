#!/usr/bin/env bash
# Lighthouse mobile performance and accessibility for the main pages (issue 6).
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh"
cd "$ROOT"
build_site
(cd bench/lighthouse && npm install --no-audit --no-fund --loglevel=error >/dev/null)
node bench/lighthouse.mjs
