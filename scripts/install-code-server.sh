#!/bin/sh
# Installs code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) into a cache folder,
# from the npm registry only, the way @vscode/test-electron caches a downloaded VS Code.
# usage: scripts/install-code-server.sh [DIR]   (default: .vscode-test/code-server, git-ignored)
# Idempotent: does nothing when DIR already holds a working code-server 4.100.3.
# Needs (Debian): build-essential python3 pkg-config libkrb5-dev ripgrep (scripts/ci-e2e.sh installs them).
set -eu
VERSION=4.100.3
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-"$root/.vscode-test/code-server"}
bin="$dir/node_modules/.bin/code-server"
if [ -x "$bin" ] && XDG_CONFIG_HOME="$dir/.xdg-config" "$bin" --version 2>/dev/null | grep -q "^$VERSION "; then
  echo "code-server $VERSION already in $dir"; exit 0
fi
command -v rg >/dev/null || { echo "install-code-server: ripgrep (rg) is required: apt-get install ripgrep" >&2; exit 1; }
mkdir -p "$dir" && cd "$dir"
[ -f package.json ] || echo '{"name":"code-server-cache","private":true}' > package.json
# @vscode/ripgrep's postinstall downloads rg from GitHub; it first looks in $TMPDIR/vscode-ripgrep-cache-<ver>/
# for the release tarball, so seed that cache with Debian's rg.
rgtmp=$(mktemp -d)
trap 'rm -rf "$rgtmp"' EXIT
mkdir -p "$rgtmp/vscode-ripgrep-cache-1.15.11"
cp "$(command -v rg)" "$rgtmp/rg"
tar czf "$rgtmp/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rgtmp" rg
# npm_config_unsafe_perm: code-server's postinstall refuses to run as root without it.
# npm_config_yes: node-pty's postinstall runs `npx node-gyp ...`, which otherwise aborts without a TTY.
TMPDIR="$rgtmp" npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --save-exact "code-server@$VERSION"
XDG_CONFIG_HOME="$dir/.xdg-config" "$bin" --version
