#!/usr/bin/env bash
# CI smoke run of every fuzz target: builds them (Fuzz/run.sh) and runs each for
# SECONDS (default 20). Fails when any target finds a crash or a broken property;
# the input is left in .build-fuzz/artifacts/TARGET/.
#
#   Fuzz/smoke.sh [SECONDS]
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
status=0
for target in transport edits report; do
    if ! Fuzz/run.sh "$target" "$seconds"; then
        echo "fuzz target $target FAILED (see .build-fuzz/fuzz-$target.log and .build-fuzz/artifacts/$target/)" >&2
        status=1
    fi
done
exit $status
