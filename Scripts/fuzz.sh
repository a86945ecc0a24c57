#!/usr/bin/env bash
# Fuzzes normalise → tokenise → extract with libFuzzer (+ AddressSanitizer), checking the
# invariants of Fuzz/Sources/ArabicTextFuzz on every input.
#
#   Scripts/fuzz.sh                  # 60 seconds (CI's short pass)
#   Scripts/fuzz.sh --runs 1000000   # a fixed number of executions
#   Scripts/fuzz.sh --seconds 1800   # a long run; figures go in Docs/RELIABILITY.md
#   Scripts/fuzz.sh --replay DIR     # runs every file of DIR (for instance a crash) once
#
# Starts from the committed seed corpus Fuzz/corpus (read only); new interesting inputs go to a
# temporary directory. Exits non-zero on a crash, a leak, a timeout or a failed invariant; the
# failing input is saved as Fuzz/artifacts/crash-* (or leak-*, timeout-*, oom-*).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=""
seconds=60
replay=""
extra=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --seconds) seconds="$2"; shift 2 ;;
        --replay) replay="$2"; shift 2 ;;
        *) extra+=("$1"); shift ;;
    esac
done

# Swift's crash handler trips a false AddressSanitizer report: let libFuzzer report crashes.
export SWIFT_BACKTRACE=enable=no

echo "fuzz: building (debug, -sanitize=fuzzer,address)"
swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address 2>&1 \
    | grep -v "Cannot export local symbol" | tail -n 3
binary="$(swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address --show-bin-path)/ArabicTextFuzz"

mkdir -p Fuzz/artifacts
common=(-artifact_prefix=Fuzz/artifacts/ -max_len=4096 -timeout=30 -rss_limit_mb=4096 -print_final_stats=1)

if [ -n "$replay" ]; then
    echo "fuzz: replaying $replay"
    exec "$binary" "${common[@]}" -runs=1 "$replay"/*
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "$runs" ]; then
    limit=(-runs="$runs")
    echo "fuzz: $runs runs"
else
    limit=(-max_total_time="$seconds")
    echo "fuzz: $seconds seconds"
fi
set +e
"$binary" "${common[@]}" "${limit[@]}" ${extra[@]+"${extra[@]}"} "$work" Fuzz/corpus 2>&1 \
    | tee "$work/log" | grep --line-buffered -v -E "^#[0-9]+[[:space:]]+(NEW|REDUCE)"
status=${PIPESTATUS[0]}
set -e
if grep -q -E "ERROR: libFuzzer|fuzz invariant failed|ERROR: AddressSanitizer|ERROR: LeakSanitizer" "$work/log"; then
    echo "fuzz: FAILED (the input is in Fuzz/artifacts/)"
    exit 1
fi
if [ "$status" -ne 0 ]; then
    echo "fuzz: FAILED (exit $status)"
    exit "$status"
fi
echo "fuzz: ok"
