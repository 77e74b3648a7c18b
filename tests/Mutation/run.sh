#!/usr/bin/env bash
# Mutation testing with Stryker.NET (the local tool in .config/dotnet-tools.json) over chosen source files, then the
# score of each file. Slow (minutes per file on two cores): run it by hand on the files you change, never in CI.
#
#   tests/Mutation/run.sh [-j N] [--since REF] [--tests FILTER] FILE...   e.g. src/PostLint.Core/Suppressions/SuppressionMap.cs
#   tests/Mutation/run.sh src/PostLint.Rules               a whole project (much slower)
#   tests/Mutation/run.sh 'src/PostLint.Core/Engine/Linter.cs{2100..2350}'   only the mutants inside those characters
#   tests/Mutation/run.sh $(python3 tests/Mutation/score.py --spans OLD.json src/PostLint.Core [NAME...])   OLD's survivors again
#
# --tests runs only the tests FILTER selects (`dotnet test --filter` syntax, e.g. 'FullyQualifiedName~.Rules.'):
# a rule's mutants are reached by hundreds of tests that lint with every rule, and running them all takes ~10 s a
# mutant on two cores. A narrower set can only kill fewer mutants, so its score is a lower bound.
#
# Files are grouped by project (PostLint.Core, PostLint.Rules); one Stryker run per project. The report of each run
# (JSON and HTML) stays in artifacts/mutation/<project>/. Score = (killed + timeout) / (killed + timeout + survived
# + no coverage), as Stryker counts it; mutants that do not compile or that Stryker ignores are left out.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

concurrency=1 since=() filter=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j) concurrency=$2; shift 2 ;;
    --since) since=(--since:"$2"); shift 2 ;;
    --tests) filter=(--test-case-filter "$2"); shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) break ;;
  esac
done
[ $# -gt 0 ] || { echo "usage: tests/Mutation/run.sh [-j N] [--since REF] FILE-or-PROJECT-folder..." >&2; exit 2; }

dotnet tool restore >/dev/null

# project folder -> list of --mutate patterns (empty: the whole project)
declare -A patterns=()
for arg in "$@"; do
  # FILE{100..250}{900..960}: only the mutants inside those character spans (Stryker's syntax), e.g. a past run's
  # survivors (score.py --spans); score such a run with score.py --over OLD.json.
  lines=""
  if [[ "$arg" =~ ^(.*[^}])((\{[0-9]+\.\.[0-9]+\})+)$ ]]; then arg=${BASH_REMATCH[1]} lines=${BASH_REMATCH[2]}; fi
  path=$(realpath -m --relative-to="$root" "$arg")
  case "$path" in
    src/PostLint.Core|src/PostLint.Core/) project=src/PostLint.Core rel="" ;;
    src/PostLint.Rules|src/PostLint.Rules/) project=src/PostLint.Rules rel="" ;;
    src/PostLint.Core/*) project=src/PostLint.Core rel=${path#src/PostLint.Core/} ;;
    src/PostLint.Rules/*) project=src/PostLint.Rules rel=${path#src/PostLint.Rules/} ;;
    *) echo "not a file or folder of src/PostLint.Core or src/PostLint.Rules: $arg" >&2; exit 2 ;;
  esac
  if [ -n "$rel" ]; then
    [ -e "$path" ] || { echo "no such file: $arg" >&2; exit 2; }
    [ -d "$path" ] && rel="$rel/**/*.cs"
    patterns[$project]+="${patterns[$project]:+ }**/$rel$lines"
  else
    patterns[$project]=""
  fi
done

status=0
for project in "${!patterns[@]}"; do
  name=$(basename "$project")
  out="$root/artifacts/mutation/$name"
  rm -rf "$out"; mkdir -p "$out"
  mutate=()
  for p in ${patterns[$project]}; do mutate+=(--mutate "$p"); done
  echo "=== Stryker: $name ${patterns[$project]:-(whole project)}"
  # Under load Stryker's project analysis can time out and stop early ("Could not find build environment"): try
  # again, up to three times, before giving up on the project.
  for attempt in 1 2 3; do
    rc=0
    (cd tests/PostLint.Tests && dotnet stryker --config-file "$root/tests/Mutation/stryker-config.json" \
        --project "$name.csproj" --concurrency "$concurrency" --output "$out" "${since[@]}" "${filter[@]}" "${mutate[@]}") \
      > "$out/stryker.log" 2>&1 || rc=$?
    [ $rc -ne 0 ] && grep -q "Could not find build environment" "$out/stryker.log" && [ $attempt -lt 3 ] || break
    echo "    Stryker's project analysis timed out (attempt $attempt); trying again" >&2
  done
  [ $rc -eq 0 ] || { status=$rc; tail -30 "$out/stryker.log" >&2; continue; }
  python3 "$root/tests/Mutation/score.py" "$out/reports/mutation-report.json" "$project"
done
exit $status
