#!/usr/bin/env bash
# End-to-end checks of the command line that need tools beyond the .NET SDK (the unit tests cover the rest):
#   --diff output for file names with a space and Hangul applies with GNU `patch -p1` and with `git apply`.
# Usage: .ci/cli-test.sh POSTLINT (the command to run, e.g. the native binary or an installed tool).
set -euo pipefail
postlint=$(realpath "$1")
if ! command -v patch >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends patch >/dev/null
fi
work=$(mktemp -d /tmp/postlint-cli-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

mkdir -p "$work/blog/_posts"
cd "$work/blog"
git init -q
git config user.name "PostLint CI"; git config user.email ci@postlint.invalid; git config commit.gpgsign false
touch _config.yml
names=("_posts/2025-05-03-한글 파일명.md" "_posts/2025-05-04-two  spaces.md" "_posts/2025-05-05-한글.md" "_posts/2025-05-06-plain.md")
for name in "${names[@]}"; do
  printf -- '---\ntitle: "패치 시험"\nlast_modified_at: YYYY-MM-DD\n---\n\nWe recieve it.\n' > "$name"
done
git add -A && git commit -qm posts
set +e
"$postlint" --diff --unsafe-fixes > "$work/fix.patch"
code=$?
set -e
[ "$code" -eq 1 ] || fail "--diff: expected exit 1, got $code"
[ "$(grep -c '^--- a/' "$work/fix.patch")" -eq "${#names[@]}" ] || fail "--diff: expected ${#names[@]} files in the patch"

patch -p1 --dry-run < "$work/fix.patch" >/dev/null || fail "patch -p1 rejects the --diff output"
patch -p1 < "$work/fix.patch" >/dev/null
for name in "${names[@]}"; do
  grep -q '^last_modified_at: 2025-05-0[3-6]$' "$name" || fail "patch -p1 did not fix '$name'"
  grep -q 'We receive it' "$name" || fail "patch -p1 did not fix the misspelling in '$name'"
done
[ -z "$(git status --porcelain --untracked-files=all | grep -v '^ M ')" ] || fail "patch -p1 created or left other files: $(git status --porcelain)"
echo "patch -p1 applies --diff for names with spaces and Hangul"

git checkout -q -- .
git apply --check "$work/fix.patch" || fail "git apply rejects the --diff output"
git apply "$work/fix.patch"
[ "$("$postlint" --diff --unsafe-fixes | wc -c)" -eq 0 ] || fail "git apply left something for --diff"
echo "git apply applies --diff for names with spaces and Hangul"
