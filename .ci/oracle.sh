#!/usr/bin/env bash
# The oracle suite (tests/Oracle/README.md): installs the real generators (Jekyll with kramdown's GFM parser, Hugo,
# cmark-gfm from apt-get; Astro from npm, pinned in tests/Oracle/sites/astro/package-lock.json), builds every oracle
# site with them and checks that PostLint agrees with each build, case by case. Needs the Release build of PostLint.
# Usage: .ci/oracle.sh [run.py options]
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v jekyll >/dev/null || missing+=(jekyll)
ruby -e 'require "kramdown-parser-gfm"' 2>/dev/null || missing+=(ruby-kramdown-parser-gfm)
ruby -e 'require "jekyll-feed"; require "jekyll-seo-tag"' 2>/dev/null || missing+=(ruby-jekyll-feed ruby-jekyll-seo-tag)
command -v hugo >/dev/null || missing+=(hugo)
command -v cmark-gfm >/dev/null || missing+=(cmark-gfm)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "oracle: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "oracle: $(jekyll --version), $(hugo version | cut -d' ' -f1-2), $(cmark-gfm --version | head -1), node $(node --version)"

if [ -f tests/Oracle/sites/astro/package-lock.json ]; then
  # node_modules lives outside the repository, keyed by the lock file, so a rerun installs nothing.
  key=$(sha256sum tests/Oracle/sites/astro/package-lock.json | cut -c1-16)
  modules=${ORACLE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/postlint-oracle}/astro-$key
  if [ ! -d "$modules/node_modules" ]; then
    mkdir -p "$modules"
    cp tests/Oracle/sites/astro/package.json tests/Oracle/sites/astro/package-lock.json "$modules/"
    (cd "$modules" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  export ORACLE_ASTRO_MODULES="$modules/node_modules"
fi

python3 tests/Oracle/run.py --table "$@"
