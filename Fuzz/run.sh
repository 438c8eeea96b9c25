#!/usr/bin/env bash
# Builds and runs one libFuzzer target for a given time.
#
#   Fuzz/run.sh TARGET SECONDS [extra libFuzzer flags…]
#   Fuzz/run.sh TARGET merge        # minimise the work corpus into Tests/FuzzCorpus/TARGET
#
# TARGET is a directory under Fuzz/ holding main.swift (transport, report, edits).
# The package's library modules are built with `swift build --sanitize=fuzzer
# --sanitize=address` into .build-fuzz (kept apart from .build, so `swift build`
# and `swift test` never see libFuzzer), then the entry file is linked against
# their objects with swiftc. New inputs go to .build-fuzz/corpus/TARGET; the
# committed seed corpus Tests/FuzzCorpus/TARGET is read, never written, except
# by `merge`. Crashes are written to .build-fuzz/artifacts/TARGET/ and make the
# script exit non-zero. FUZZ_NICE sets the fuzzer's niceness (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: Fuzz/run.sh TARGET SECONDS|merge [libFuzzer flags…]}
what=${2:?usage: Fuzz/run.sh TARGET SECONDS|merge [libFuzzer flags…]}
shift 2
entry="Fuzz/$target/main.swift"
[[ -f $entry ]] || { echo "no fuzz target $entry" >&2; exit 2; }
# The harness lives in the test suite (which replays the corpus); Fuzz/TARGET/sources lists its files.
harness=()
[[ -f Fuzz/$target/sources ]] && mapfile -t harness < <(grep -v '^#' "Fuzz/$target/sources")

scratch=.build-fuzz
# Let libFuzzer report crashes: the Swift backtracer trips AddressSanitizer.
export SWIFT_BACKTRACE=enable=no
modules=(JSONRPC Report Catalog Checks LanguageServer)
echo "== building modules with -sanitize=fuzzer,address" >&2
# `--sanitize=fuzzer` alone does not add coverage instrumentation to the modules; -Xswiftc does.
nice swift build -c release --scratch-path "$scratch" --sanitize=address -Xswiftc -sanitize=fuzzer --target LanguageServer >&2
bin="$scratch/fuzz-$target"
objects=()
for module in "${modules[@]}"; do
    for object in "$scratch"/release/"$module".build/*.o; do objects+=("$object"); done
done
stale=false
[[ -x $bin ]] || stale=true
for input in "$entry" "${harness[@]}" "${objects[@]}"; do [[ $input -nt $bin ]] && stale=true; done
if $stale; then
    echo "== linking $bin" >&2
    nice swiftc -parse-as-library -sanitize=fuzzer,address -g -O -use-ld=lld \
        -I "$scratch/release/Modules" "$entry" "${harness[@]}" "${objects[@]}" -o "$bin" >&2
fi

seeds="Tests/FuzzCorpus/$target"
work="$scratch/corpus/$target"
artifacts="$scratch/artifacts/$target/"
mkdir -p "$seeds" "$work" "$artifacts"
dict=()
[[ -f Fuzz/$target/dictionary ]] && dict=(-dict="Fuzz/$target/dictionary")
# Per-target libFuzzer options (one flag per line), e.g. -detect_leaks=0.
options=()
[[ -f Fuzz/$target/options ]] && mapfile -t options < <(grep -v '^#' "Fuzz/$target/options")

if [[ $what == merge ]]; then
    tmp=$(mktemp -d)
    "$bin" -merge=1 "${dict[@]}" "$tmp" "$seeds" "$work" "$@" >&2
    rm -f "$seeds"/*
    cp "$tmp"/* "$seeds"/ 2>/dev/null || true
    rm -rf "$tmp"
    echo "$target: $(ls "$seeds" | wc -l) corpus files in $seeds" >&2
    exit 0
fi

log="$scratch/fuzz-$target.log"
echo "== fuzzing $target for $what s (log: $log)" >&2
status=0
nice -n "${FUZZ_NICE:-10}" "$bin" -max_total_time="$what" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts" "${dict[@]}" "${options[@]}" "$@" "$work" "$seeds" >"$log" 2>&1 || status=$?
runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
elapsed=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | grep -o 'in [0-9]*' | grep -o '[0-9]*' || echo "$what")
corpus=$(ls "$work" "$seeds" | grep -v ':$' | grep -c . || true)
echo "$target: $runs executions in ${elapsed}s, corpus $corpus files, exit $status"
if [[ $status != 0 ]]; then
    grep -E 'ERROR|Fatal|==[0-9]+==|artifact|Test unit written' "$log" | head -20 >&2
    exit 1
fi
