#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, Node 20) into .cache/code-server, offline except
# for the npm registry and Debian's packages. Idempotent: a second run returns at once.
# Usage: test/vscode/install-code-server.sh   (prints the code-server binary path on its last line)
set -euo pipefail

VERSION=4.100.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="${CODE_SERVER_CACHE:-$ROOT/.cache/code-server}"
BIN="$CACHE/node_modules/.bin/code-server"
STAMP="$CACHE/.installed-$VERSION"

if [[ -f "$STAMP" ]]; then echo "$BIN"; exit 0; fi

# 1. Debian packages: a native module's headers, ripgrep (the npm package would download it), Chromium.
missing=()
for cmd in rg chromium krb5-config; do command -v "$cmd" >/dev/null || missing+=("$cmd"); done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "missing: ${missing[*]}; run as root: apt-get install -y libkrb5-dev ripgrep chromium" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev ripgrep chromium >/dev/null
fi

# 2. code-server without its postinstall (it refuses root and downloads ripgrep); its steps by hand.
mkdir -p "$CACHE"
cd "$CACHE"
[[ -f package.json ]] || echo '{"private":true}' > package.json
npm install --no-save --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >&2

cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund >&2
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild >&2
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund >&2)

cd "$CACHE"
npm_config_yes=true npm rebuild argon2 >&2

# code-server writes a default config and its logs under the XDG folders even for --version: keep
# them in the cache (codeServer.mjs's codeServerEnv names the same folders), not the user's home.
XDG_CONFIG_HOME="$ROOT/.cache/xdg-config" XDG_DATA_HOME="$ROOT/.cache/xdg-data" "$BIN" --version >&2
touch "$STAMP"
echo "$BIN"
