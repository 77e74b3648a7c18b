#!/usr/bin/env bash
# One post, cold (a new process per run), through each way PostLint is installed, beside markdownlint-cli2 and rumdl:
# the install-path table of tests/PostLint.Benchmarks/install-paths.md.
#   tests/PostLint.Benchmarks/install-paths.sh [POST]   (default ../shared/seed/containers-vs-vm.md, else a sample post)
# Builds what it measures from this clone: `dotnet pack` (the tool packages; native AOT on linux-x64), `dotnet tool
# install PostLint` from that folder, the native binary (`dotnet publish -p:PublishAot=true`), the pre-commit hook's
# environment (from the clone's committed HEAD), and installs markdownlint-cli2 and rumdl (pinned, npm) into
# $POSTLINT_BENCH_DIR/npm. The post is linted as a Jekyll post (_posts/ beside a _config.yml) in a scratch git repo.
# Prints hyperfine medians as a Markdown table, with the load average before and after (the machine may be shared).
#   POSTLINT_BENCH_DIR   work folder, outside the repository (default /tmp/postlint-bench)
#   POSTLINT_BENCH_RUNS  runs per command (default 10; 2 warm-up runs each come first)
#   POSTLINT_BENCH_REUSE 1: keep the packages, installed tool and native binary of an earlier run in the work folder
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${POSTLINT_BENCH_DIR:-/tmp/postlint-bench}
runs=${POSTLINT_BENCH_RUNS:-10}
post=${1:-$repo/../shared/seed/containers-vs-vm.md}
[ -f "$post" ] || post=$repo/samples/blog/_posts/2025-03-01-clean-post.md
post=$(realpath "$post")
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || ! need jq || ! need pre-commit; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine jq pre-commit >/dev/null
fi
step() { printf '== %s\n' "$*" >&2; }

step "markdownlint-cli2 and rumdl (npm, pinned) in $work/npm"
mdl=$work/npm/node_modules/.bin/markdownlint-cli2
rumdl=$work/npm/node_modules/.bin/rumdl
if [ ! -x "$mdl" ] || [ ! -x "$rumdl" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm install --silent --no-audit --no-fund markdownlint-cli2@0.22.1 rumdl@0.2.75 >/dev/null)
fi
# rumdl's npm command is a node script that starts the Rust binary of the platform's package; that binary alone too.
rumdl_bin=$(find "$work/npm/node_modules/@rumdl" -type f -name rumdl -perm -u+x 2>/dev/null | head -n 1)

step "the tool packages (dotnet pack) and dotnet tool install PostLint from that folder"
reuse=${POSTLINT_BENCH_REUSE:-0}
if [ "$reuse" != 1 ] || [ ! -f "$(ls "$work"/packages/PostLint.any.*.nupkg 2>/dev/null | head -n 1)" ]; then
  rm -rf "$work/packages"
  dotnet pack "$repo/PostLint.sln" -c Release -nologo -v q -o "$work/packages" --artifacts-path "$work/build" >/dev/null
fi
rm -rf "$work/tool" "$work/any"
printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' \
  "$work/packages" > "$work/nuget.config"
dotnet tool install PostLint --tool-path "$work/tool" --configfile "$work/nuget.config" >/dev/null
installed=$(readlink -f "$work/tool/postlint")
case $installed in */postlint.linux-x64/*) kind="native AOT, PostLint.linux-x64" ;; *) kind="JIT, PostLint.any" ;; esac
# The framework-dependent fallback, as installed where no native package fits: its postlint.dll run by dotnet.
mkdir -p "$work/any" && (cd "$work/any" && unzip -q "$work/packages/PostLint.any."*.nupkg)
anydll=$(find "$work/any/tools" -name postlint.dll | head -n 1)

step "the native binary (dotnet publish, native AOT)"
if [ "$reuse" != 1 ] || [ ! -x "$work/aot/postlint" ]; then
  dotnet publish "$repo/src/PostLint.Cli" -c Release -r linux-x64 -p:PublishAot=true -nologo -v q -o "$work/aot" >/dev/null
fi

step "a scratch Jekyll site in git, with the pre-commit hook of $repo at HEAD (its environment built once)"
site=$work/site
rm -rf "$site" && mkdir -p "$site/_posts"
name=$(basename "$post"); [[ $name =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}- ]] || name=2025-03-01-$name
cp "$post" "$site/_posts/$name"
touch "$site/_config.yml"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: postlint\n' "$repo" "$(git -C "$repo" rev-parse HEAD)" > "$site/.pre-commit-config.yaml"
(cd "$site" && git init -q && git add -A)
export PRE_COMMIT_HOME=$work/pre-commit-cache PRE_COMMIT_COLOR=never
(cd "$site" && pre-commit install-hooks >/dev/null)
hook=$(readlink -f "$(find "$PRE_COMMIT_HOME" -path '*/dotnetenv-default/bin/postlint' | head -n 1)")
case $hook in */postlint.linux-x64/*) hook_kind="native AOT" ;; *) hook_kind="JIT" ;; esac

cd "$site"
target=_posts/$name
labels=(
  "dotnet tool install PostLint ($kind)"
  "pre-commit hook postlint (language: dotnet, $hook_kind; pre-commit run --files)"
  "native binary (dotnet publish -p:PublishAot=true)"
  "JIT fallback: PostLint.any (dotnet postlint.dll)"
  "markdownlint-cli2 0.22.1 (npm)"
  "rumdl 0.2.75 (npm command: node wrapper + binary)"
)
commands=(
  "$work/tool/postlint $target"
  "pre-commit run postlint --files $target"
  "$work/aot/postlint $target"
  "dotnet $anydll $target"
  "$mdl $target"
  "$rumdl check $target"
)
if [ -n "$rumdl_bin" ]; then
  labels+=("rumdl 0.2.75 (its Rust binary alone)")
  commands+=("$rumdl_bin check $target")
fi

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
step "hyperfine: $runs runs of each, 2 warm-up runs (load average $load_before)"
hyperfine -N --ignore-failure --warmup 2 --runs "$runs" --style none --export-json "$work/install-paths.json" "${commands[@]}" >/dev/null
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo
echo "One post ($(wc -l < "$target") lines, $(basename "$post")), cold, $runs runs each; $(nproc) cores; load average $load_before before, $load_after after"
echo
# CPU time (user + system, mean) moves far less than wall time when other work shares the cores.
echo "| install path | median | min | CPU (user + sys) |"
echo "| --- | ---: | ---: | ---: |"
for i in "${!labels[@]}"; do
  jq -r --argjson i "$i" --arg name "${labels[$i]}" \
    '.results[$i] | "| \($name) | \(.median * 1000 | . * 10 | round / 10) ms | \(.min * 1000 | . * 10 | round / 10) ms | \((.user + .system) * 1000 | . * 10 | round / 10) ms |"' \
    "$work/install-paths.json"
done
