#!/usr/bin/env bash
# End-to-end tests in real VS Code, as CI runs them (called from .ci/run; fine to run by hand).
# Installs what they need (Debian: chromium for the workbench, build tools + libkrb5-dev + ripgrep
# for code-server's install; npm: code-server 4.100.3 into the git-ignored .vscode-test/), then
# builds, packages the .vsix and runs both suites (test/e2e/run.mjs). Idempotent: each step is
# skipped when its result is already there. Typical run: ~1 min of installs the first time, then
# about 2 minutes of tests.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
step() { printf '\n== e2e: %s (%ss)\n' "$1" "$(( $(date +%s) - start ))"; }

step "Debian packages"
packages=(chromium fonts-dejavu-core build-essential python3 pkg-config libkrb5-dev ripgrep)
missing=()
for p in "${packages[@]}"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "installed: ${missing[*]}"
else
  echo "all present"
fi

step "npm dependencies"
[ -d node_modules/@vscode/test-electron ] && [ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund

step "code-server into .vscode-test/"
bash scripts/install-code-server.sh

step "build, package, run the suites"
node test/e2e/run.mjs

step "done"
