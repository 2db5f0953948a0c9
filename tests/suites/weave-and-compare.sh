#!/usr/bin/env bash
# Runs an already-built test suite stock, then against its library woven by 'optpoline weave' in
# every mode, and compares the per-test outcomes. Builds nothing but this folder's report hook.
#
# usage: tests/suites/weave-and-compare.sh --tests DIR --test-dll NAME.dll --lib NAME [--lib NAME]...
#            --work DIR [--modes "stock default ..."] [--timeout MINUTES] [-- extra 'dotnet test' arguments]
#
#   --tests     the test project's build output (it is never changed; woven copies go under --work)
#   --test-dll  the test assembly in it
#   --lib       simple name of an assembly of the library under test; only these are woven
#   --work      where each mode's woven folder, results.trx, test log, weave log and site reports go
#   --modes     default: stock default lfu periodic off profile leave-monomorphic only-profitable
#
# Modes:
#   stock              the build as it is
#   default            optpoline weave --include LIB...
#   lfu, periodic      the default weave, with OPTPOLINE_POLICY=lfu or periodic
#   off                the default weave, with OPTPOLINE_ENABLED=0 (every site stays on its plain call)
#   profile            weave --profile P, where P is the site report recorded by the 'default' run
#   max-guards-8       the same with --max-guards 8
#   leave-monomorphic  weave --profile P --leave-monomorphic
#   only-profitable    weave --profile P --only-profitable
#
# Woven runs use fast, eager learning so that sites promote within a test's time (see FAST below):
# sampling and patching every few ms, no baseline (so no site is held back because the JIT's guess
# would already cover it) and every miss counted. The site report of the test host is written at
# exit by tests/suites/ReportHook (a DOTNET_STARTUP_HOOKS assembly) to <work>/<mode>/reports/.
#
# Afterwards tests/suites/trx_compare.py prints the table of outcomes per mode and every test that
# passed stock and did not pass woven; the script exits 1 if there is any.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${OPTPOLINE_CLI:-$repo/src/Optpoline.Cli/bin/Release/net10.0/Optpoline.Cli.dll}
hook_project=$repo/tests/suites/ReportHook
hook=$hook_project/bin/Release/net10.0/Optpoline.ReportHook.dll

tests= test_dll= work= libs=() timeout_min=60
modes="stock default lfu periodic off profile leave-monomorphic only-profitable"
extra=()
while [ $# -gt 0 ]; do
  case $1 in
    --tests) tests=$(cd "$2" && pwd); shift 2 ;;
    --test-dll) test_dll=$2; shift 2 ;;
    --lib) libs+=("$2"); shift 2 ;;
    --work) mkdir -p "$2"; work=$(cd "$2" && pwd); shift 2 ;;
    --modes) modes=$2; shift 2 ;;
    --timeout) timeout_min=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$tests" ] || [ -z "$test_dll" ] || [ -z "$work" ] || [ ${#libs[@]} -eq 0 ]; then
  sed -n 2,30p "$0" >&2; exit 2
fi
[ -f "$tests/$test_dll" ] || { echo "$tests/$test_dll: no such file" >&2; exit 2; }
[ -f "$cli" ] || { echo "$cli: build the command first (dotnet build src/Optpoline.Cli -c Release) or set OPTPOLINE_CLI" >&2; exit 2; }
if [ ! -f "$hook" ]; then
  dotnet build "$hook_project" -c Release -v quiet -nologo >&2 || exit 1
fi

# Fast, eager learning: every site that fits its slots is promoted within a few ms of running.
FAST=(
  OPTPOLINE_SAMPLING_PERIOD_MS=5
  OPTPOLINE_PATCH_INTERVAL_MS=2
  OPTPOLINE_BASELINE_WINDOW_MS=0
  OPTPOLINE_BURST_LENGTH=16
  OPTPOLINE_PROMOTE_MISS_SHARE=0
  OPTPOLINE_MAX_INLINED_TARGET_SIZE=2147483647
  OPTPOLINE_MAX_PATCHES_PER_SECOND=5000
  OPTPOLINE_RETRAIN_PERIOD_MS=50
)

include=(--exclude "${test_dll%.dll}")  # a --include prefix may also match the test assembly
for l in "${libs[@]}"; do include+=(--include "$l"); done

weave() { # mode, extra weave arguments...
  local mode=$1; shift
  rm -rf "$work/$mode/bin"
  dotnet "$cli" weave "$tests" -o "$work/$mode/bin" "${include[@]}" "$@" > "$work/$mode/weave.log" 2>&1
  local rc=$?
  if [ $rc -ne 0 ]; then echo "  weave failed ($rc): see $work/$mode/weave.log" >&2; tail -5 "$work/$mode/weave.log" >&2; fi
  return $rc
}

run_tests() { # mode, folder, extra env...
  local mode=$1 folder=$2; shift 2
  rm -rf "$work/$mode/reports" "$work/$mode/results.trx" "$work/$mode/trx"
  mkdir -p "$work/$mode/reports"
  local start=$SECONDS
  # Only this mode's OPTPOLINE_ settings reach the test host.
  env $(env | grep -o '^OPTPOLINE_[A-Z_]*' | sed 's/^/-u /') \
      DOTNET_STARTUP_HOOKS="$hook" OPTPOLINE_REPORT_DIR="$work/$mode/reports" "$@" \
      timeout "$((timeout_min * 60))" \
      dotnet test "$folder/$test_dll" --logger "trx;LogFileName=results.trx" --results-directory "$work/$mode/trx" \
      --blame-hang-timeout "${timeout_min}m" "${extra[@]}" > "$work/$mode/test.log" 2>&1
  local rc=$?
  local trx; trx=$(find "$work/$mode/trx" -name 'results.trx' 2>/dev/null | head -1)
  [ -n "$trx" ] && cp "$trx" "$work/$mode/results.trx"
  echo "  $mode: dotnet test exited $rc after $((SECONDS - start)) s; $(grep -E '^(Passed!|Failed!|Total tests|\s+Passed|\s+Failed|\s+Skipped)' "$work/$mode/test.log" | tr -s ' ' | tr '\n' ' ')" >&2
}

profile=$work/default/profile.json
ran=()
for mode in $modes; do
  mkdir -p "$work/$mode"
  echo "== $mode" >&2
  case $mode in
    stock) run_tests stock "$tests" ;;
    default) weave default && run_tests default "$work/default/bin" "${FAST[@]}"
             # The default run's report is the profile of the profile-guided modes.
             r=$(ls -S "$work/default/reports"/*.json 2>/dev/null | head -1)
             [ -n "$r" ] && cp "$r" "$profile" ;;
    lfu|periodic) weave "$mode" && run_tests "$mode" "$work/$mode/bin" "${FAST[@]}" OPTPOLINE_POLICY=$mode ;;
    off) weave off && run_tests off "$work/off/bin" OPTPOLINE_ENABLED=0 ;;
    profile|max-guards-8|leave-monomorphic|only-profitable)
      [ -f "$profile" ] || { echo "  no profile: run the default mode first" >&2; continue; }
      case $mode in
        profile) args=() ;;
        max-guards-8) args=(--max-guards 8) ;;
        leave-monomorphic) args=(--leave-monomorphic) ;;
        only-profitable) args=(--only-profitable) ;;
      esac
      weave "$mode" --profile "$profile" "${args[@]}" && run_tests "$mode" "$work/$mode/bin" "${FAST[@]}" ;;
    *) echo "  unknown mode $mode" >&2; continue ;;
  esac
  ran+=("$mode")
done

python3 "$repo/tests/suites/trx_compare.py" "$work" "${ran[@]}" | tee "$work/summary.md"
exit "${PIPESTATUS[0]}"
