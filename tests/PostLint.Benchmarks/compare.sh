#!/usr/bin/env bash
# Whole-process performance figures of the performance issue, each against its target, on this machine.
#   tests/PostLint.Benchmarks/compare.sh [CORPUS_TAR]    (default ../shared/corpus/bench-powershell-docs.tar.gz)
# Installs hyperfine and GNU time (Debian) and markdownlint-cli2 0.22.1 (npm, into a temporary folder) when missing.
# Medians of several runs; ratios of two corpus runs are medians of pairs run back to back. Prints one line per figure:
# value, target, PASS/FAIL. Exit 1 if any figure fails.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
tarball=${1:-$repo/../shared/corpus/bench-powershell-docs.tar.gz}
work=${POSTLINT_BENCH_DIR:-/tmp/postlint-bench}
runs=${POSTLINT_BENCH_RUNS:-5}
# Ratios of two corpus runs take more samples: a pair costs seconds, and this machine's speed swings by 10-40% within a
# minute, so one pair can read anywhere from 1.4 to 2.0 where the median of eleven holds.
pairs=${POSTLINT_BENCH_PAIRS:-$((runs > 11 ? runs : 11))}
mkdir -p "$work"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need hyperfine || ! [ -x /usr/bin/time ] || ! need jq; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine time jq >/dev/null
fi

# The corpus, outside the repository.
if [ ! -d "$work/bench/MicrosoftDocs__PowerShell-Docs" ]; then
  tar xzf "$tarball" -C "$work"
fi
full=$work/bench
ps=$full/MicrosoftDocs__PowerShell-Docs
# A quarter of the full corpus (hard links: regular files, no copies).
if [ ! -d "$work/quarter" ]; then
  mkdir -p "$work/quarter"
  (cd "$full" && find . -name '*.md' | sort | awk 'NR % 4 == 0' | while read -r f; do mkdir -p "$work/quarter/$(dirname "$f")"; ln "$f" "$work/quarter/$f"; done)
fi

# markdownlint-cli2 and rumdl, pinned (npm). rumdl's npm command is a node script that starts its Rust binary.
mdl=$work/npm/node_modules/.bin/markdownlint-cli2
rumdl=$work/npm/node_modules/.bin/rumdl
if [ ! -x "$mdl" ] || [ ! -x "$rumdl" ]; then
  mkdir -p "$work/npm" && (cd "$work/npm" && npm install --silent --no-audit --no-fund markdownlint-cli2@0.22.1 rumdl@0.2.75 >/dev/null)
fi

# PostLint: the JIT build (what `dotnet tool install` gives), the native AOT binary, and the no-rules floor.
dotnet build "$repo/src/PostLint.Cli" -c Release -nologo -v q >/dev/null
dotnet publish "$repo/src/PostLint.Cli" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" -nologo -v q >/dev/null
jit="dotnet $repo/src/PostLint.Cli/bin/Release/net10.0/postlint.dll"
aot=$work/aot/postlint

median() { # median wall seconds of a command (hyperfine; exit codes ignored: findings exit 1)
  local json; json=$(mktemp)
  hyperfine --style none -N --ignore-failure --warmup 1 --runs "$runs" --export-json "$json" "$1" >/dev/null 2>&1 \
    || hyperfine --style none --ignore-failure --warmup 1 --runs "$runs" --export-json "$json" "$1" >/dev/null
  jq '.results[0].median' "$json"; rm -f "$json"
}
resources() { # "wall_s cpu_s maxrss_mb" of one run
  local out; out=$(mktemp)
  /usr/bin/time -f '%e %U %S %M' -o "$out" bash -c "$1" >/dev/null 2>&1 || true
  awk '/^[0-9]/ {printf "%s %.2f %.0f\n", $1, $2 + $3, $4 / 1024}' "$out"; rm -f "$out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
med() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
seconds() { # wall seconds of one run of a command (exit code ignored)
  local t0 t1; t0=$(date +%s.%N); bash -c "$1" >/dev/null 2>&1 || true; t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
paired() { # "median_A median_B median_of_A/B" of two commands run alternately, one warm-up each: a ratio taken pair by
  # pair is steadier than two separate batches on a machine whose speed drifts between them
  local a=() b=() r=() x y i
  seconds "$1" >/dev/null; seconds "$2" >/dev/null
  for ((i = 0; i < pairs; i++)); do
    x=$(seconds "$1"); y=$(seconds "$2")
    a+=("$x"); b+=("$y"); r+=("$(ratio "$x" "$y")")
  done
  echo "$(med "${a[@]}") $(med "${b[@]}") $(med "${r[@]}")"
}
check() { # name value op target detail
  local ok; ok=$(awk -v v="$2" -v t="$4" -v op="$3" 'BEGIN { print (op == "<=" ? v <= t : v >= t) ? "PASS" : "FAIL" }')
  printf '%-44s %10s  target %s %-6s %s  %s\n' "$1" "$2" "$3" "$4" "$ok" "$5"
  [ "$ok" = PASS ] || failed=1
}
failed=0
cd "$work"
one=$(find "$ps" -name '*.md' -size +4k | sort | awk 'NR == 1')

echo "PostLint $(git -C "$repo" rev-parse --short HEAD) on $(nproc) cores; medians of $runs runs ($pairs pairs for ratios); corpus $full"
t_mdl=$(median "cd $ps && $mdl '**/*.md'")
t_ps_jit=$(median "$jit $ps --quiet --format json")
t_ps_aot=$(median "$aot $ps --quiet --format json")
check "1. PowerShell-Docs: markdownlint-cli2 / PostLint (JIT)" "$(ratio "$t_mdl" "$t_ps_jit")" ">=" 20 "markdownlint-cli2 ${t_mdl}s, PostLint JIT ${t_ps_jit}s, AOT ${t_ps_aot}s ($(find "$ps" -name '*.md' | wc -l) files)"
check "   PowerShell-Docs: markdownlint-cli2 / PostLint (AOT)" "$(ratio "$t_mdl" "$t_ps_aot")" ">=" 20 ""
t_rumdl=$(median "cd $ps && $rumdl check --no-cache .")
check "   PowerShell-Docs: rumdl / PostLint (AOT)" "$(ratio "$t_rumdl" "$t_ps_aot")" ">=" 1 "rumdl 0.2.75 ${t_rumdl}s (npm command, no cache)"

read -r t_full t_floor r_floor <<<"$(paired "$aot $full --quiet --format json" "env POSTLINT_FLOOR=1 $aot $full --quiet --format json")"
check "2. full corpus: PostLint / no-rules floor" "$r_floor" "<=" 1.5 "median of $pairs paired runs; PostLint ${t_full}s, floor (POSTLINT_FLOOR=1, same binary) ${t_floor}s ($(find "$full" -name '*.md' | wc -l) files)"

t_one_aot=$(median "$aot $one --quiet")
t_one_jit=$(median "$jit $one --quiet")
t_one_mdl=$(median "$mdl $one")
t_one_rumdl=$(median "$rumdl check --no-cache $one")
check "3. one post, native binary, ms" "$(awk -v t="$t_one_aot" 'BEGIN { printf "%.1f", t * 1000 }')" "<=" 30 "JIT $(awk -v t="$t_one_jit" 'BEGIN { printf "%.1f", t * 1000 }') ms; $(basename "$one")"
check "   one post: markdownlint-cli2 / native binary" "$(ratio "$t_one_mdl" "$t_one_aot")" ">=" 10 "markdownlint-cli2 $(awk -v t="$t_one_mdl" 'BEGIN { printf "%.1f", t * 1000 }') ms"
check "   one post: rumdl / native binary" "$(ratio "$t_one_rumdl" "$t_one_aot")" ">=" 1 "rumdl (npm command) $(awk -v t="$t_one_rumdl" 'BEGIN { printf "%.1f", t * 1000 }') ms"

read -r t_full4 t_quarter r_quarter <<<"$(paired "$aot $full --quiet --format json" "$aot $work/quarter --quiet --format json")"
read -r _ _ rss <<<"$(resources "$aot $full --quiet --format json")"
check "4. full corpus / quarter corpus" "$r_quarter" "<=" 4.4 "median of $pairs paired runs; full ${t_full4}s, quarter ${t_quarter}s"
check "   peak memory on the full corpus, MB" "$rss" "<=" 200 ""

if [ -f "$repo/tests/PostLint.Benchmarks/huge-list.sh" ]; then
  bash "$repo/tests/PostLint.Benchmarks/huge-list.sh" "$work/lists" >/dev/null
  read -r t_huge t_builtin r_huge <<<"$(paired "cd $full && $aot . --quiet --format json --config $work/lists/huge.yml" "cd $full && $aot . --quiet --format json --config $work/lists/builtin.yml")"
  check "5. 50,000-entry list / built-in lists" "$r_huge" "<=" 1.10 "median of $pairs paired runs; built-in ${t_builtin}s, 50k ${t_huge}s"
else
  echo "5. misspelling lists: tests/PostLint.Benchmarks/huge-list.sh missing"; failed=1
fi

read -r wall cpu _ <<<"$(resources "$aot $full --quiet --format json")"
check "6. CPU time / wall time on the full corpus" "$(ratio "$cpu" "$wall")" ">=" 1.6 "cpu ${cpu}s, wall ${wall}s"
exit $failed
