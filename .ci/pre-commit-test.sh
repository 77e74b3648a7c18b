#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml for real with pre-commit (language: dotnet packs this clone and installs the tool).
# In a throw-away blog repository:
#   1. `pre-commit try-repo <clone> postlint --files <post>` fails on the seed post staged as a _posts/ file, with the
#      findings in its output;
#   2. the same hook from a .pre-commit-config.yaml passes on a clean post, on linux-x64 (with a C compiler to build
#      it) with the native binary of the RID-specific package PostLint.linux-x64, not the framework-dependent
#      PostLint.any; installed with `pre-commit install`, it blocks `git commit` of the seed post and lets the fixed
#      post through;
#   3. the postlint-system hook runs a postlint already on PATH (POSTLINT_TOOL_DIR, set by .ci/run).
# try-repo uses the clone's committed HEAD (plus uncommitted changes to tracked files); the config uses HEAD. Each
# builds the hook's environment once (dotnet pack with the native AOT compile, then dotnet tool install).
set -euo pipefail
cd "$(dirname "$0")/.."
clone=$(git rev-parse --show-toplevel)
rev=$(git rev-parse HEAD)
seed=$(cd .. && pwd)/shared/seed/containers-vs-vm.md
clean=$clone/samples/blog/_posts/2025-03-01-clean-post.md
[ -f "$seed" ] || { echo "pre-commit-test: $seed is missing (../shared beside the clone)"; exit 1; }
command -v pre-commit >/dev/null || { echo "pre-commit-test: pre-commit is not installed (apt-get install pre-commit)"; exit 1; }
echo "pre-commit $(pre-commit --version | cut -d' ' -f2), hook repository $clone at $rev"

work=$(mktemp -d /tmp/postlint-pre-commit-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/cache" PRE_COMMIT_COLOR=never
blog=$work/blog
mkdir -p "$blog/_posts"
cd "$blog"
git init -q
git config user.name "PostLint CI"
git config user.email ci@postlint.invalid
git config commit.gpgsign false
touch _config.yml
cat > .pre-commit-config.yaml <<EOF
repos:
  - repo: $clone
    rev: $rev
    hooks:
      - id: postlint
EOF
post=_posts/2025-03-01-containers-vs-vm.md
cp "$seed" "$post"
cp "$clean" _posts/2025-03-01-clean-post.md
# The clean post's images, so broken-image-path finds them.
mkdir -p assets/images && cp "$clone"/samples/blog/assets/images/{teaser.jpg,docker-logo.png} assets/images/
git add -A

expect() { # expect CODE OUTPUT-FILE DESCRIPTION
  if [ "$1" != "$code" ]; then
    cat "$2"
    echo "FAIL - $3: exit $code, expected $1"
    exit 1
  fi
  echo "ok   - $3"
}
run() { # run OUTPUT-FILE COMMAND...: sets $code
  set +e
  "${@:2}" >"$1" 2>&1
  code=$?
  set -e
}

echo "=== try-repo on the seed post (builds the hook environment: dotnet pack + dotnet tool install)"
run "$work/bad.txt" pre-commit try-repo "$clone" postlint --files "$post"
cat "$work/bad.txt"
expect 1 "$work/bad.txt" "try-repo postlint fails on the seed post"
grep -q "^$post:18:19: error PL201 placeholder-date: " "$work/bad.txt" || { echo "FAIL - the finding is not in the output"; exit 1; }
echo "ok   - the output has the placeholder date at 18:19"

echo "=== the hook from .pre-commit-config.yaml on a clean post"
run "$work/clean.txt" pre-commit run postlint --files _posts/2025-03-01-clean-post.md
cat "$work/clean.txt"
expect 0 "$work/clean.txt" "the postlint hook passes on a clean post"
grep -q '^PostLint\.*Passed$' "$work/clean.txt" || { echo "FAIL - no 'PostLint...Passed' line"; exit 1; }
# The environment's postlint (try-repo's store is a temporary one; this is the config's): a link into the tool store,
# to the package that dotnet tool install chose for this machine.
hook_bin=$(find "$PRE_COMMIT_HOME" -path '*/dotnetenv-default/bin/postlint' | head -n 1)
[ -n "$hook_bin" ] || { echo "FAIL - no postlint in a dotnetenv-default/bin of $PRE_COMMIT_HOME"; exit 1; }
target=$(readlink -f "$hook_bin")
echo "the hook runs $target"
if [ "$(uname -sm)" = "Linux x86_64" ] && { command -v clang || command -v gcc; } >/dev/null; then
  case $target in
    */postlint.linux-x64/*/tools/any/linux-x64/postlint) echo "ok   - the hook runs the native binary (PostLint.linux-x64)" ;;
    *) echo "FAIL - the hook does not run the native binary of PostLint.linux-x64"; exit 1 ;;
  esac
fi

echo "=== the same hook, run by git commit"
pre-commit install
run "$work/commit-bad.txt" git commit -q -m "seed post"
cat "$work/commit-bad.txt"
expect 1 "$work/commit-bad.txt" "git commit with the seed post staged is blocked"
grep -q "^$post:18:19: error PL201 " "$work/commit-bad.txt" || { echo "FAIL - the finding is not in the commit output"; exit 1; }
if git rev-parse -q --verify HEAD >/dev/null; then echo "FAIL - a commit was made"; exit 1; fi
git rm -q --cached "$post"
run "$work/commit-good.txt" git commit -q -m "clean post"
cat "$work/commit-good.txt"
expect 0 "$work/commit-good.txt" "git commit with only the clean post staged goes through"
git add "$post"

if [ -n "${POSTLINT_TOOL_DIR:-}" ]; then
  echo "=== postlint-system with the postlint in $POSTLINT_TOOL_DIR"
  run "$work/system-bad.txt" env PATH="$POSTLINT_TOOL_DIR:$PATH" pre-commit try-repo "$clone" postlint-system --files "$post"
  cat "$work/system-bad.txt"
  expect 1 "$work/system-bad.txt" "postlint-system fails on the seed post"
  grep -q "^$post:18:19: error PL201 " "$work/system-bad.txt" || { echo "FAIL - the finding is not in the output"; exit 1; }
  run "$work/system-clean.txt" env PATH="$POSTLINT_TOOL_DIR:$PATH" pre-commit try-repo "$clone" postlint-system --files _posts/2025-03-01-clean-post.md
  expect 0 "$work/system-clean.txt" "postlint-system passes on a clean post"
else
  echo "!!! NOT CHECKED: postlint-system (set POSTLINT_TOOL_DIR to a folder holding an installed postlint)"
fi
echo "pre-commit-test: all checks passed"
