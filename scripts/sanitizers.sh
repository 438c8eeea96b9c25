#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and under ThreadSanitizer,
# each in its own scratch directory (so the normal .build is untouched).
#
#   scripts/sanitizers.sh            # both
#   scripts/sanitizers.sh address    # one of: address, thread
#
# The end-to-end tests run the juesuan-ls built with the same sanitizer (it sits
# next to the test bundle), so the server process is checked too.
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=("${@:-address thread}")
read -r -a kinds <<<"${kinds[*]}"
# Make every sanitizer report fail the run; the Swift backtracer would only
# obscure a report, and leaks of process-lifetime objects are not bugs here.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:halt_on_error=1}
export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1}
export SWIFT_BACKTRACE=enable=no
status=0
for kind in "${kinds[@]}"; do
    case $kind in
        address) scratch=.build-asan ;;
        thread) scratch=.build-tsan ;;
        *) echo "unknown sanitizer $kind (address, thread)" >&2; exit 2 ;;
    esac
    echo "== swift test --sanitize=$kind" >&2
    start=$(date +%s)
    if swift build --build-tests --sanitize="$kind" --scratch-path "$scratch" \
        && swift test --skip-build --sanitize="$kind" --scratch-path "$scratch"; then
        echo "== $kind: passed in $(( $(date +%s) - start ))s" >&2
    else
        echo "== $kind: FAILED after $(( $(date +%s) - start ))s" >&2
        status=1
    fi
done
exit $status
