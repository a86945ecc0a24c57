#!/usr/bin/env bash
# Benchmarks of ArabicText: one command per job (figures and method: Docs/BENCHMARKS.md).
#
#   Scripts/benchmark.sh peers [run.py options]  ArabicText vs ICU's BreakIterator (C++) and
#                                                arabic-norm (Rust) in ONE run, with the ratios
#                                                the speed bars ask for (Benchmarks/peers/run.py)
#   Scripts/benchmark.sh run [benchmark options] the package-benchmark suite on the corpus
#                                                (wall clock, throughput, malloc counts)
#   Scripts/benchmark.sh gate                    the CI gate: malloc counts (mallocCountTotal) and
#                                                result counts on the fallback corpus (the seed
#                                                article ×186), against Benchmarks/Thresholds and
#                                                Benchmarks/ExpectedCounts; never wall clock
#   Scripts/benchmark.sh update                  rewrites Benchmarks/Thresholds and
#                                                Benchmarks/ExpectedCounts after a deliberate change
#
# Corpus: $ARABIC_TEXT_CORPUS (a file, or "fallback"), else ../shared/corpus/diacritized.txt
# beside the repository, else the fallback. Scratch folder: $ARABIC_TEXT_BENCH_SCRATCH, else
# .build-bench at the repository root (ignored by git).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scratch=${ARABIC_TEXT_BENCH_SCRATCH:-$root/.build-bench}
command=${1:-help}
shift || true

benchmark() {
    (cd "$root/Benchmarks" && swift package --scratch-path "$scratch" "$@")
}

# Malloc counts are exact only with a fixed hash seed (dictionary growth and probing depend on it).
export SWIFT_DETERMINISTIC_HASHING=1

case "$command" in
peers)
    exec python3 "$root/Benchmarks/peers/run.py" "$@"
    ;;
run)
    benchmark benchmark --no-progress "$@"
    ;;
gate)
    # `thresholds check` fails on fewer mallocs too, and `swift package` turns every plugin
    # failure into exit code 1: read its verdict. Worse (or a count mismatch) fails; better
    # passes with a note.
    log="$scratch/benchmark-gate.log"
    mkdir -p "$scratch"
    status=0
    ARABIC_TEXT_CORPUS=fallback benchmark benchmark thresholds check \
        --metric mallocCountTotal --no-progress > "$log" 2>&1 || status=$?
    grep -av '^corpus: ' "$log" || true
    if [ "$status" -ne 0 ] && grep -aq "is BETTER than the defined thresholds" "$log" \
        && ! grep -aq "is WORSE than\|benchmarkJobFailed" "$log"; then
        echo "benchmark gate: fewer mallocs than Benchmarks/Thresholds: run Scripts/benchmark.sh update to lock the gain in"
        status=0
    fi
    # A benchmark whose count differs reports an error but does not stop `thresholds check`.
    if grep -aq "^count mismatch: \|benchmarkJobFailed" "$log"; then status=1; fi
    if [ "$status" -eq 0 ]; then
        echo "benchmark gate: malloc counts and result counts as committed (Benchmarks/Thresholds, Benchmarks/ExpectedCounts)"
    else
        echo "benchmark gate: FAILED (a benchmark allocates more than its threshold, or counts differ from Benchmarks/ExpectedCounts)" >&2
    fi
    exit "$status"
    ;;
update)
    (cd "$root/Benchmarks" && swift build -c release --scratch-path "$scratch" --product arabic-text-speed)
    bin=$(cd "$root/Benchmarks" && swift build -c release --scratch-path "$scratch" --show-bin-path)
    ARABIC_TEXT_CORPUS=fallback "$bin/arabic-text-speed" --runs 1 --write-expected > /dev/null
    rm -f "$root"/Benchmarks/Thresholds/*.p90.json
    ARABIC_TEXT_CORPUS=fallback benchmark --allow-writing-to-package-directory benchmark thresholds update \
        --metric mallocCountTotal --no-progress
    echo "updated Benchmarks/ExpectedCounts/fallback.json and Benchmarks/Thresholds/: review and commit them"
    ;;
help | -h | --help)
    sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
    ;;
*)
    echo "benchmark.sh: unknown command '$command' (peers, run, gate, update, help)" >&2
    exit 2
    ;;
esac
