# Installs what a fresh machine lacks, quietly when it is already there. Sourced by
# scripts/run and scripts/test. Versions are pinned where the toolchain needs them
# (see ../shared/TOOLCHAIN.md): cargo-leptos 0.3.11 needs a newer rustc, and the
# wasm-bindgen CLI must equal the `wasm-bindgen` crate pinned in Cargo.toml.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CARGO_LEPTOS_VERSION="0.3.10"
WASM_BINDGEN_VERSION="0.2.130"
# One build directory for the run and test commands; CI keeps it between runs.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/frontdoor/target}"
export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"

say() { printf '==> %s\n' "$*" >&2; }

need_apt=()
command -v redis-server >/dev/null 2>&1 || need_apt+=(redis-server)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
# The reverse proxy the deployment test runs in front of two instances.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need_apt+=(nginx)
# Machines of this kind ship Node; install Debian's if one does not.
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)
if [ "${#need_apt[@]}" -gt 0 ]; then
  say "installing ${need_apt[*]} (apt)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 11 minutes on 2 cores, once)"
  cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked --quiet
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Without --locked: its lock file names a crate version the index lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --quiet
fi

# playwright-core, axe-core and binaryen's wasm-opt (Debian's binaryen breaks hydration).
if [ ! -x "$ROOT/end2end/node_modules/.bin/wasm-opt" ] \
  || [ "$ROOT/end2end/package-lock.json" -nt "$ROOT/end2end/node_modules/.package-lock.json" ]; then
  say "installing the end2end node packages"
  (cd "$ROOT/end2end" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

# The built server and site, where scripts/run and the tests find them.
export FRONTDOOR_BIN="$CARGO_TARGET_DIR/release/frontdoor"
export LEPTOS_HASH_FILE_NAME="${LEPTOS_HASH_FILE_NAME:-$CARGO_TARGET_DIR/release/hash.txt}"

# The values cargo-leptos compiles into the server (see [[workspace.metadata.leptos]]).
# `cargo test` gets the same ones, so it reuses the release build instead of rebuilding the
# server without them; the running server reads them again at start.
leptos_env() {
  env LEPTOS_OUTPUT_NAME=frontdoor LEPTOS_SITE_ROOT=target/site LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_SITE_ADDR="${LEPTOS_SITE_ADDR:-127.0.0.1:3000}" LEPTOS_RELOAD_PORT=3001 \
    LEPTOS_LIB_DIR=app LEPTOS_BIN_DIR=server LEPTOS_JS_MINIFY=true LEPTOS_HASH_FILES=true \
    LEPTOS_HASH_FILE_NAME="$LEPTOS_HASH_FILE_NAME" "$@"
}
export LEPTOS_OUTPUT_NAME=frontdoor LEPTOS_SITE_PKG_DIR=pkg LEPTOS_HASH_FILES=true
export LEPTOS_SITE_ROOT="${LEPTOS_SITE_ROOT:-$ROOT/target/site}"

# Tests find the repository's files through the path compiled into them
# (env!("CARGO_MANIFEST_DIR")), and cargo does not rebuild a crate because its checkout
# moved. A build directory shared by two checkouts (CI keeps one between runs) would run one
# checkout's tests against the other's files, or against files that are not there. So when
# the last build came from elsewhere, this workspace's own crates are built again (their
# dependencies are kept).
forget_other_checkout() {
  local marker="$CARGO_TARGET_DIR/frontdoor-checkout"
  if [ -d "$CARGO_TARGET_DIR/release" ] && [ "$(cat "$marker" 2>/dev/null)" != "$ROOT" ]; then
    say "the build directory was last used by another checkout: rebuilding this workspace's crates"
    (cd "$ROOT" && cargo clean --release --quiet -p domain -p app -p server -p chat-load)
  fi
  mkdir -p "$CARGO_TARGET_DIR"
  printf '%s\n' "$ROOT" > "$marker"
}
forget_other_checkout

build_site() {
  say "building frontdoor (release; the first build takes several minutes)"
  (cd "$ROOT" && cargo leptos build --release 2>&1 | grep -vE '^\s+(Compiling|Checking|Downloaded|Downloading)' >&2)
}

# Starts a private redis-server with durable writes on port $1 with data in $2; prints its pid.
start_redis() {
  local port="$1" dir="$2"
  mkdir -p "$dir"
  redis-server --bind 127.0.0.1 --port "$port" --dir "$dir" \
    --appendonly yes --appendfsync always --save "" --daemonize no \
    --logfile "$dir/redis.log" >/dev/null 2>&1 &
  local pid=$!
  for _ in $(seq 1 100); do
    if redis-cli -p "$port" ping >/dev/null 2>&1; then echo "$pid"; return 0; fi
    sleep 0.1
  done
  say "redis-server did not start on port $port (see $dir/redis.log)"
  return 1
}
