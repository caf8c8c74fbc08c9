#!/usr/bin/env bash
# Webchat load and fault drills (issue 6): builds frontdoor and the load generator, installs
# the Socket.IO peer, then runs chat-load with the arguments given (see bench/README.md).
# The generator runs on core 0, servers and Redis on core 1 (override with --server-cores).
set -euo pipefail
source "$(dirname "$0")/../scripts/setup.sh"
cd "$ROOT"
build_site
(cd bench/peers/socketio-chat && npm install --no-audit --no-fund --loglevel=error >/dev/null)
cargo build --release -p chat-load --quiet
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
exec taskset -c 0 "$CARGO_TARGET_DIR/release/chat-load" "$@"
