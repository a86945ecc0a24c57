#!/usr/bin/env bash
# Shards a JSONL file, runs `arabic-text extract --input jsonl --format jsonl` on every shard
# separately (GNU parallel when installed, else xargs -P), and checks that the shards'
# outputs, concatenated in order, equal one run over the whole file — the property that lets
# Spark RDD.pipe, Hadoop Streaming or GNU parallel run the tool unchanged (Docs/RELIABILITY.md).
#
#   Scripts/shard-test.sh                                   # the dev set, 7 shards, debug build
#   Scripts/shard-test.sh FILE.jsonl [SHARDS] [BINARY]      # any JSONL file
#   ARABIC_TEXT=.build/release/arabic-text Scripts/shard-test.sh big.jsonl 16
#
# Exits 0 when the outputs are equal, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

input="${1:-Tests/ArabicTextTests/Fixtures/eval/dev.jsonl}"
shards="${2:-7}"
binary="${3:-${ARABIC_TEXT:-}}"
if [ -z "$binary" ]; then
    swift build --product arabic-text >/dev/null
    binary="$(swift build --show-bin-path)/arabic-text"
fi
# A fixed reference date: relative dates must not depend on the day the shards ran.
args=(extract --input jsonl --format jsonl --reference-date 2025-11-29)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Line-aligned shards of about equal line counts (GNU split never cuts a line with -n l/N).
split -d -a 4 -n "l/$shards" "$input" "$work/part-"
ls "$work"/part-* > "$work/parts"

"$binary" "${args[@]}" < "$input" > "$work/whole.out"

run_shard() { "$1" "${@:3}" < "$2" > "$2.out"; }
export -f run_shard
if command -v parallel >/dev/null 2>&1; then
    runner="GNU parallel"
    parallel --will-cite --halt now,fail=1 run_shard "$binary" {} "${args[@]}" :::: "$work/parts"
else
    runner="xargs -P"
    xargs -P "$(nproc)" -I{} bash -c 'run_shard "$@"' _ "$binary" {} "${args[@]}" < "$work/parts"
fi
while read -r part; do cat "$part.out"; done < "$work/parts" > "$work/sharded.out"

lines_in=$(wc -l < "$input")
lines_out=$(wc -l < "$work/sharded.out")
if cmp -s "$work/whole.out" "$work/sharded.out"; then
    echo "shard-test: ok — $shards shards via $runner, $lines_out output lines for $lines_in input lines, identical to one run"
else
    echo "shard-test: FAILED — sharded output differs from one run ($runner)"
    diff <(head -c 2000 "$work/whole.out") <(head -c 2000 "$work/sharded.out") || true
    exit 1
fi
