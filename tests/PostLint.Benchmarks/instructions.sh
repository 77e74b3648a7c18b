#!/usr/bin/env bash
# Instructions one corpus run executes, counted by Valgrind's cachegrind: a figure the machine's load does not move.
# On this shared 2-core machine the time of a corpus run swings by 10-40 % within a minute, so an A/B of two variants
# by time needs a quiet machine and many pairs; their instruction counts differ only by what the variants do.
# Instructions are not time (cache misses, page faults and waiting are not in them): quote both.
#
#   tests/PostLint.Benchmarks/instructions.sh [CORPUS_TAR] [-- 'ARGS A' 'ARGS B' ...]
#
# Each quoted ARGS is one variant's extra postlint arguments; the default compares every rule ('') with the link
# rules off ('--ignore PL303,PL304'). Prints each variant's instructions and its ratio to the first; with
# POSTLINT_INSTR_TOP=N also the N functions whose counts differ most between the first two variants.
# Builds the native binary of this clone (dotnet publish, native AOT, symbols kept; Valgrind 3.19 cannot read .NET's
# DWARF 5, so the copy it runs has its debug sections stripped). About 4 minutes a variant on the full corpus.
#   POSTLINT_BENCH_DIR  work folder, outside the repository (default /tmp/postlint-bench)
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
tarball=$repo/../shared/corpus/bench-powershell-docs.tar.gz
if [ $# -gt 0 ] && [ "$1" != -- ]; then tarball=$1; shift; fi
[ $# -gt 0 ] && [ "$1" = -- ] && shift
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("" "--ignore PL303,PL304")
work=${POSTLINT_BENCH_DIR:-/tmp/postlint-bench}
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v valgrind >/dev/null 2>&1 || ! command -v cg_annotate >/dev/null 2>&1 || ! command -v objcopy >/dev/null 2>&1; then
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq valgrind binutils >/dev/null
fi
if [ ! -d "$work/bench/MicrosoftDocs__PowerShell-Docs" ]; then
  tar xzf "$tarball" -C "$work"
fi
corpus=$work/bench

dotnet publish "$repo/src/PostLint.Cli" -c Release -r linux-x64 -p:PublishAot=true -p:StripSymbols=false -nologo -v q \
  -o "$work/aot-symbols" >/dev/null
mkdir -p "$work/valgrind"
objcopy --strip-debug "$work/aot-symbols/postlint" "$work/valgrind/postlint"

echo "PostLint $(git -C "$repo" rev-parse --short HEAD), $(find "$corpus" -name '*.md' | wc -l) files, load $(cut -d' ' -f1-3 /proc/loadavg)"
first=""
i=0
for args in "${variants[@]}"; do
  out=$work/valgrind/variant-$i.out
  # shellcheck disable=SC2086 # each variant's arguments are split on purpose
  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file="$out" -q "$work/valgrind/postlint" $args "$corpus" \
    >/dev/null 2>"$work/valgrind/variant-$i.err" || true  # postlint exits 1 when it finds errors
  count=$(sed -n 's/^summary: //p' "$out")
  [ -n "$count" ] || { cat "$work/valgrind/variant-$i.err" >&2; exit 1; }
  first=${first:-$count}
  printf '%-32s %15s instructions  %s\n' "'$args'" "$(printf "%'d" "$count")" \
    "$(awk -v a="$count" -v b="$first" 'BEGIN { printf "%.3f", a / b }')"
  i=$((i + 1))
done

top=${POSTLINT_INSTR_TOP:-0}
if [ "$top" -gt 0 ] && [ $i -ge 2 ]; then
  for n in 0 1; do
    cg_annotate --auto=no --threshold=0.01 "$work/valgrind/variant-$n.out" 2>/dev/null \
      | sed -nE 's/^ *([0-9,]+) \( *[0-9.]+%\) +(.*)$/\1\t\2/p' | tr -d , > "$work/valgrind/functions-$n.tsv"
  done
  echo "functions whose instructions differ most (first variant minus second):"
  awk -F'\t' 'NR == FNR { a[$2] = $1; next } { b[$2] = $1 } END { for (k in a) d[k] = a[k] - b[k]; for (k in b) if (!(k in a)) d[k] = -b[k]; for (k in d) printf "%15d  %s\n", d[k], substr(k, 1, 140) }' \
    "$work/valgrind/functions-0.tsv" "$work/valgrind/functions-1.tsv" | sort -k1,1nr | head -n "$top"
fi
