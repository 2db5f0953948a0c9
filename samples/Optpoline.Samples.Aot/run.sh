#!/usr/bin/env bash
# Publishes this sample with NativeAOT three ways and runs the three native binaries:
#   plain  - the program as written;
#   woven  - OptpolineWeave: every site goes through an Optpoline site, which NativeAOT keeps plain;
#   baked  - OptpolineWeave + OptpolineProfile: stable sites also test their profiled hot types inline.
# The profile is recorded under the JIT with 'optpoline run', on a build of the very compilation the
# publishes use (same RID, same output paths: the profile is matched to the assembly by its MVID).
# Usage: samples/Optpoline.Samples.Aot/run.sh [million calls per site and round, default 50]
# Environment: RID (default linux-x64), ARTIFACTS (default <repo>/artifacts/aot-sample).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
project="$root/samples/Optpoline.Samples.Aot/Optpoline.Samples.Aot.csproj"
rid="${RID:-linux-x64}"
art="${ARTIFACTS:-$root/artifacts/aot-sample}"
millions="${1:-50}"
cli="$root/src/Optpoline.Cli/bin/Release/net10.0/Optpoline.Cli.dll"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

step() { printf '\n== %s\n' "$*" >&2; }

if [[ ! -f "$cli" ]]; then
  step "building the optpoline command"
  dotnet build "$root/src/Optpoline.Cli/Optpoline.Cli.csproj" -c Release -v q -nologo >&2
fi

# One artifacts folder for every step: the weaving settings are part of the compiler's input hash
# (Optpoline.Build.targets), so each publish below recompiles and re-weaves what the one before wove.
rm -rf "$art"
common=(-c Release -r "$rid" -p:PublishAot=true --artifacts-path "$art" -v q -nologo)
weave=(-p:OptpolineWeave=true "-p:OptpolineCommand=dotnet \"$cli\"")

# PublishAot also tells the JIT build's runtimeconfig that dynamic code is unsupported, which would
# keep every site plain while profiling; DynamicCodeSupport only goes into runtimeconfig.json, so the
# compilation (and its MVID) stays the one the publishes make.
step "build (JIT, the same compilation the publishes use)"
dotnet build "$project" "${common[@]}" -p:DynamicCodeSupport=true >&2

# The recording runs 8 times as many calls: a site's profile counts once it has 512 sampled calls
# (a burst of 64 every 50 ms) and no re-patch in the last second, which a 0.2 s loop does not give.
step "record a profile: optpoline run (JIT)"
dotnet "$cli" run "$art/bin/Optpoline.Samples.Aot/release_$rid/Optpoline.Samples.Aot.dll" "$((millions * 8))" \
  --report "$art/profile.json" > "$art/jit.txt"
cat "$art/jit.txt" >&2

publish() { # name, extra arguments: publishes into $art/name, the log beside it
  local name="$1"; shift
  dotnet publish "$project" "${common[@]}" "$@" -o "$art/$name" -v n > "$art/$name-publish.log" \
    || { tail -30 "$art/$name-publish.log" >&2; return 1; }
  echo "ILC: $(grep -cE 'warning IL[0-9]+' "$art/$name-publish.log" || true) trim/AOT warning lines (the runtime's dynamic paths); log: $art/$name-publish.log" >&2
}

step "publish plain (PublishAot)"
publish plain

step "publish woven (PublishAot, OptpolineWeave)"
publish woven "${weave[@]}"

step "publish baked (PublishAot, OptpolineWeave, OptpolineProfile)"
publish baked "${weave[@]}" -p:OptpolineProfile="$art/profile.json"
grep -E 'Baked from the profile|Optpoline.Samples.Aot +│|not baked' "$art/baked-publish.log" >&2 || true
if ! grep -qE '│ [1-9][0-9]* sites?, [1-9][0-9]* guards?' "$art/baked-publish.log"; then
  echo "run.sh: the baked publish baked no site (see $art/baked-publish.log)" >&2
  exit 1
fi

for build in plain woven baked; do
  step "run $build"
  "$art/$build/Optpoline.Samples.Aot" "$millions" | tee "$art/$build.txt" >&2
done

# Side by side: the checksum and ns per call of each build, then the baked build's site report.
echo
uptime
printf '%-34s %17s %17s %17s\n' "NativeAOT, ns/call" plain woven baked
for row in checksum 'IShape.Area' 'Step.Apply' 'Hasher.Hash<int>'; do
  printf '%-34s' "$row"
  for build in plain woven baked; do
    if [[ $row == checksum ]]; then
      printf ' %17s' "$(awk '/^checksum/ { print $2 }' "$art/$build.txt")"
    else
      printf ' %17s' "$(awk -v site="$row" 'index($0, site) && /ns\/call/ { print $(NF - 1) }' "$art/$build.txt")"
    fi
  done
  echo
done
printf '%-34s %17s\n' "JIT (optpoline run), ns/call" ""
for row in 'IShape.Area' 'Step.Apply' 'Hasher.Hash<int>'; do
  printf '%-34s %17s\n' "$row" "$(awk -v site="$row" 'index($0, site) && /ns\/call/ { print $(NF - 1) }' "$art/jit.txt")"
done
echo
sed -n '/^sites:/,$p' "$art/baked.txt"
# The three native builds run the same calls; the JIT recording runs eight times as many, so its
# checksum is of other work and is not compared.
if [[ "$(awk '/^checksum/' "$art"/{plain,woven,baked}.txt | sort -u | wc -l)" != 1 ]]; then
  echo "run.sh: the native builds computed different checksums" >&2
  exit 1
fi
