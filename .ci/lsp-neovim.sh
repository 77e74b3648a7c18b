#!/usr/bin/env bash
# Neovim (Debian's neovim, headless) as a real LSP client: .ci/lsp-neovim.lua starts `POSTLINT lsp`, opens the seed post
# (../shared/seed/containers-vs-vm.md) copied into a temporary Jekyll site, checks its diagnostics against the command
# line's JSON report, applies a fix and a "disable for this line" through Neovim's code actions, and shuts it down.
# Usage: .ci/lsp-neovim.sh [POSTLINT]   (default: artifacts/aot/postlint, the native binary .ci/run publishes)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-artifacts/aot/postlint}")
seed=$(realpath -m ../shared/seed/containers-vs-vm.md)
[ -x "$bin" ] || { echo "FAIL: $bin is not an executable postlint" >&2; exit 1; }
[ -f "$seed" ] || { echo "FAIL: $seed is missing: CI needs ../shared beside the clone" >&2; exit 1; }
missing=()
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v jq >/dev/null 2>&1 || missing+=(jq)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
printf '\n=== editor: Neovim as an LSP client of postlint lsp (%s)\n' "$(nvim --version | head -1)"

tmp=$(mktemp -d /tmp/postlint-nvim.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/site/_posts"
printf 'title: 컨테이너 블로그\n' > "$tmp/site/_config.yml"
post=_posts/2025-03-01-containers-vs-vm.md
cp "$seed" "$tmp/site/$post"
chmod u+w "$tmp/site/$post"
export POSTLINT_NOW=2025-06-01
# What the command line reports for the post (in English, as the server writes): line:column, rule and message.
(cd "$tmp/site" && { LC_ALL=C.UTF-8 "$bin" --format json "$post" || true; }) | jq -r '.diagnostics[] | "\(.line):\(.column) \(.ruleId) \(.message)"' > "$tmp/expected.txt"
[ -s "$tmp/expected.txt" ] || { echo "FAIL: the command line reports nothing for the seed post" >&2; exit 1; }

cd "$tmp/site"
POSTLINT_BIN="$bin" POSTLINT_EXPECTED="$tmp/expected.txt" POSTLINT_NVIM_OUT="$tmp/nvim.txt" \
  timeout 180 nvim --headless --clean -u NONE -i NONE -n -c "luafile $OLDPWD/.ci/lsp-neovim.lua" "$post" </dev/null \
  || { echo "FAIL: the Neovim check failed (exit $?)"; diff "$tmp/expected.txt" "$tmp/nvim.txt" 2>/dev/null || true; exit 1; }
cmp -s "$seed" "$post" || { echo "FAIL: the post on disk changed: the server must lint the buffer and never write" >&2; exit 1; }
echo "Neovim check passed: diagnostics, a fix and a suppression through Neovim's own LSP client"
