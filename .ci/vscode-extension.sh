#!/usr/bin/env bash
# The VS Code extension (src/vscode): npm ci, compile the TypeScript, talk to the native server with the extension's
# LSP client library (src/vscode/test/smoke.js; VS Code itself cannot be downloaded here), and pack a .vsix with
# @vscode/vsce. Usage: .ci/vscode-extension.sh [POSTLINT] [VSIX]
#   POSTLINT  default artifacts/aot/postlint (the native binary .ci/run publishes)
#   VSIX      default artifacts/postlint.vsix
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-artifacts/aot/postlint}")
vsix=$(realpath -m "${2:-artifacts/postlint.vsix}")
command -v npm >/dev/null 2>&1 || { echo "FAIL: npm (Node 20) is needed for the VS Code extension" >&2; exit 1; }
printf '\n=== VS Code extension: compile, smoke test against postlint lsp, pack a .vsix (node %s)\n' "$(node --version)"
mkdir -p "$(dirname "$vsix")"
cd src/vscode
npm ci --no-audit --no-fund --loglevel=error
npm run --silent compile
node test/smoke.js "$bin"
npx --no-install vsce package --out "$vsix" >/dev/null
entries=$(unzip -Z1 "$vsix")
for want in extension/package.json extension/out/extension.js extension/out/server.js extension/node_modules/vscode-languageclient/package.json; do
  grep -qx "$want" <<<"$entries" || { echo "FAIL: $want is not in the .vsix" >&2; exit 1; }
done
! grep -qE '^extension/(src|test)/' <<<"$entries" || { echo "FAIL: the .vsix holds sources or tests" >&2; exit 1; }
# The packed dependencies load without the sources the .vscodeignore leaves out (all but 'vscode' itself).
unpacked=$(mktemp -d /tmp/postlint-vsix.XXXXXX)
trap 'rm -rf "$unpacked"' EXIT
unzip -q "$vsix" -d "$unpacked"
node -e "require('$unpacked/extension/node_modules/vscode-languageserver-protocol/node'); require('$unpacked/extension/out/server.js')"
echo "packed $vsix ($(du -k "$vsix" | cut -f1) KB, $(wc -l <<<"$entries") files)"
