#!/usr/bin/env bash
# The tool packages (.NET 10 RID-specific tool packages), as a user gets them from a local folder source:
#   .ci/tool-package.sh WORK    packs into WORK/packages, installs the tool into WORK/tool (used by later CI steps)
# 1. `dotnet pack PostLint.sln` makes the pointer package PostLint (type DotnetTool, no binaries, naming the RID
#    packages), PostLint.linux-x64 (native AOT) and PostLint.any (framework-dependent), all at one stable version,
#    with no native AOT warning;
# 2. `dotnet tool install PostLint` from that folder installs the native binary on linux-x64, which prints the
#    samples' expected report;
# 3. where no RID package fits (the pointer rewritten to name osx-arm64 instead of linux-x64), the same install falls
#    back to PostLint.any, which runs on dotnet and prints the same report.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:?usage: .ci/tool-package.sh WORK}
fail() { echo "FAIL: $*" >&2; exit 1; }
norm() { sed -E 's/ in [0-9]+\.[0-9]+s$//' "$@"; }
samples_check() { # samples_check NAME POSTLINT: `POSTLINT samples/blog` must exit 1 and print samples/expected/report.txt
  local out="$work/samples-${1// /-}.txt" code
  set +e; "$2" samples/blog > "$out"; code=$?; set -e
  [ "$code" -eq 1 ] || fail "$1: expected exit 1 from the samples, got $code"
  diff <(norm samples/expected/report.txt) <(norm "$out") || fail "$1: the samples report differs from samples/expected/report.txt"
  echo "$1: samples report matches samples/expected/report.txt"
}
nuget_config() { # nuget_config FILE FOLDER: FOLDER as the only package source
  printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$2" > "$1"
}
[ "$(uname -sm)" = "Linux x86_64" ] || fail "this check expects a linux-x64 machine (it builds PostLint.linux-x64)"

pk=$work/packages
rm -rf "$pk" "$work/tool" "$work/tool-any"
mkdir -p "$work"
# Not --no-build: packing restores the linux-x64 assets (the ILCompiler package) that the native package needs.
dotnet pack PostLint.sln -c Release -nologo -o "$pk" --artifacts-path "$work/build" 2>&1 | tee "$work/pack.log"
if grep -E ': warning [A-Z]+[0-9]+' "$work/pack.log"; then fail "dotnet pack has warnings"; fi
mapfile -t packages < <(cd "$pk" && find . -type f | sed 's|^\./||' | sort)
echo "packages: ${packages[*]}"
[ "${#packages[@]}" -eq 3 ] || fail "expected 3 packages (PostLint, PostLint.any, PostLint.linux-x64), got ${#packages[@]}"
[[ "${packages[0]}" =~ ^PostLint\.([0-9]+\.[0-9]+\.[0-9]+)\.nupkg$ ]] || fail "not a stable PostLint package: ${packages[0]}"
version=${BASH_REMATCH[1]}
[ "${packages[1]}" = "PostLint.any.$version.nupkg" ] && [ "${packages[2]}" = "PostLint.linux-x64.$version.nupkg" ] \
  || fail "expected PostLint.any.$version.nupkg and PostLint.linux-x64.$version.nupkg"
pointer=$pk/PostLint.$version.nupkg native=$pk/PostLint.linux-x64.$version.nupkg any=$pk/PostLint.any.$version.nupkg

# The pointer: a DotnetTool package with the command and the RID packages, no implementation.
unzip -p "$pointer" PostLint.nuspec | grep -q '<packageType name="DotnetTool" />' || fail "PostLint's package type is not DotnetTool"
[ "$(unzip -Z1 "$pointer" | grep -c '^tools/')" -eq 1 ] || fail "PostLint holds more than tools/any/any/DotnetToolSettings.xml: $(unzip -Z1 "$pointer" | grep '^tools/')"
settings=$(unzip -p "$pointer" tools/any/any/DotnetToolSettings.xml)
grep -q '<Command Name="postlint" />' <<<"$settings" || fail "the tool command is not postlint"
grep -q '<RuntimeIdentifierPackage RuntimeIdentifier="linux-x64" Id="PostLint.linux-x64" />' <<<"$settings" || fail "PostLint does not name PostLint.linux-x64"
grep -q '<RuntimeIdentifierPackage RuntimeIdentifier="any" Id="PostLint.any" />' <<<"$settings" || fail "PostLint does not name PostLint.any"
# The RID packages: not tools on their own (DotnetToolRidPackage); the native binary alone, or the framework-dependent build.
for p in "$native" "$any"; do
  unzip -p "$p" '*.nuspec' | grep -q '<packageType name="DotnetToolRidPackage" />' || fail "${p##*/} is not a DotnetToolRidPackage"
done
[ "$(unzip -Z1 "$native" | grep '^tools/' | sort | tr '\n' ' ')" = "tools/any/linux-x64/DotnetToolSettings.xml tools/any/linux-x64/postlint " ] \
  || fail "PostLint.linux-x64 should hold the settings and the binary alone: $(unzip -Z1 "$native" | grep '^tools/')"
unzip -p "$native" tools/any/linux-x64/DotnetToolSettings.xml | grep -q 'Name="postlint" EntryPoint="postlint" Runner="executable"' || fail "PostLint.linux-x64 does not run postlint as an executable"
unzip -p "$any" tools/net10.0/any/DotnetToolSettings.xml | grep -q 'Name="postlint" EntryPoint="postlint.dll" Runner="dotnet"' || fail "PostLint.any does not run postlint.dll on dotnet"
echo "PostLint $version: a pointer to PostLint.linux-x64 (native AOT, $(unzip -l "$native" tools/any/linux-x64/postlint | awk 'NR == 4 {print $1}') bytes) and PostLint.any (framework-dependent)"

# linux-x64: the native binary.
nuget_config "$work/nuget.config" "$pk"
dotnet tool install PostLint --version "$version" --tool-path "$work/tool" --configfile "$work/nuget.config"
installed=$(readlink -f "$work/tool/postlint")
[[ "$installed" == */postlint.linux-x64/"$version"/tools/any/linux-x64/postlint ]] || fail "dotnet tool install did not install the native binary: $installed"
[ "$("$work/tool/postlint" --version)" = "$version" ] || fail "the installed tool does not report version $version"
samples_check "installed tool (native)" "$work/tool/postlint"

# Any other RID: PostLint.any. The pointer is rewritten to name a RID this machine is not, and the native package left out.
mkdir -p "$work/fallback"
cp "$any" "$work/fallback/"
/usr/bin/python3 - "$pointer" "$work/fallback/${pointer##*/}" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as src, zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename.endswith("DotnetToolSettings.xml"):
            data = data.replace(b'"linux-x64"', b'"osx-arm64"').replace(b"PostLint.linux-x64", b"PostLint.osx-arm64")
        dst.writestr(item, data)
EOF
nuget_config "$work/nuget-fallback.config" "$work/fallback"
dotnet tool install PostLint --version "$version" --tool-path "$work/tool-any" --configfile "$work/nuget-fallback.config"
[ -f "$(find "$work/tool-any/.store" -path '*/postlint.any/*/tools/net10.0/any/postlint.dll' | head -n 1)" ] || fail "the fallback install has no PostLint.any postlint.dll"
samples_check "installed tool (PostLint.any fallback)" "$work/tool-any/postlint"
