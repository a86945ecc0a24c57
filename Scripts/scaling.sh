#!/usr/bin/env bash
# Scaling benchmark of the release CLI: time and peak memory (/usr/bin/time -v) for 1×, 4× and
# 16× a corpus as JSONL (one document a line), for adversarial single lines (10⁶ repetitions of
# one word), for a 100 MB single line, and --jobs 2 against --jobs 1.
#
#   Scripts/scaling.sh [CORPUS.txt]     # default ../shared/corpus/diacritized.txt
#   ARABIC_TEXT=path/to/arabic-text Scripts/scaling.sh
#
# Checks: 16× time ≤ 18 × 1× time; peak memory of `extract --input jsonl` flat (16× ≤ 1.5 × 1×
# + 64 MB); --jobs 2 speed-up reported (the bar is ≥ 1.7× on an otherwise idle 2-core machine).
# Exits 1 when the time or memory check fails. Needs python3 and GNU time (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${1:-../shared/corpus/diacritized.txt}"
if [ ! -f "$corpus" ]; then echo "scaling: no corpus at $corpus"; exit 2; fi
if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq time >/dev/null; else sudo apt-get install -y -qq time >/dev/null; fi
fi
binary="${ARABIC_TEXT:-}"
if [ -z "$binary" ]; then
    swift build -c release --product arabic-text >/dev/null
    binary="$(swift build -c release --show-bin-path)/arabic-text"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The corpus as JSONL, one document a line, then 4× and 16× copies (ids made unique).
python3 - "$corpus" "$work" <<'PY'
import json, sys
corpus, work = sys.argv[1], sys.argv[2]
lines = [l.rstrip("\n") for l in open(corpus, encoding="utf-8") if l.strip()]
for factor in (1, 4, 16):
    with open(f"{work}/x{factor}.jsonl", "w", encoding="utf-8") as out:
        for copy in range(factor):
            for i, text in enumerate(lines):
                out.write(json.dumps({"id": f"{copy}-{i}", "text": text}, ensure_ascii=False) + "\n")
units = {
    "honorific": "سعادة ", "waw": "و ", "waw-no-space": "و", "month": "يناير ",
    "digits-separators": "1,2", "digit-groups": "12,345.67 ", "head-noun": "شركة ",
}
for name, unit in units.items():
    with open(f"{work}/adv-{name}.txt", "w", encoding="utf-8") as out:
        out.write(unit * (1_000_000 if name != "honorific" else 20_000))
PY

# measure LABEL ARGS... < input: prints "LABEL  seconds  peak-KB"
measure() {
    local label="$1"; shift
    /usr/bin/time -v -o "$work/time.txt" "$binary" "$@" > /dev/null
    local wall cpu peak
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time.txt")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$work/time.txt")
    peak=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
    printf "%-34s %9.2f s wall %9.2f s cpu %9d KB\n" "$label" "$wall" "$cpu" "$peak"
    echo "$wall $peak $cpu" > "$work/last"
}

echo "scaling: $binary on $(nproc) cores, corpus $(wc -c < "$corpus") bytes, $(wc -l < "$work/x1.jsonl") documents"
echo "== corpus (extract --input jsonl --format jsonl)"
declare -A secs kb
for factor in 1 4 16; do
    measure "${factor}x ($(du -h "$work/x$factor.jsonl" | cut -f1))" extract --input jsonl --format jsonl --reference-date 2025-11-29 < "$work/x$factor.jsonl"
    # CPU seconds (user + sys) for the linearity check: wall time is noisy on a shared machine.
    read -r _ kb[$factor] secs[$factor] < "$work/last"
done

echo "== --jobs (4x corpus)"
measure "--jobs 1" extract --input jsonl --format jsonl --reference-date 2025-11-29 --jobs 1 < "$work/x4.jsonl"
read -r j1 _ < "$work/last"
measure "--jobs 2" extract --input jsonl --format jsonl --reference-date 2025-11-29 --jobs 2 < "$work/x4.jsonl"
read -r j2 _ < "$work/last"

echo "== adversarial single lines (10^6 repetitions; honorific 2x10^4, see Docs/RELIABILITY.md)"
for file in "$work"/adv-*.txt; do
    name=$(basename "$file" .txt)
    measure "${name#adv-}" extract "$file" --format jsonl --reference-date 2025-11-29 < /dev/null
done

echo "== one 100 MB line"
python3 - "$work/line100.txt" <<'PY'
import sys
unit = open("seeds/000_1428f3e7ba48094e.txt", encoding="utf-8").read().replace("\n", " ") + " "
data = unit.encode("utf-8")
with open(sys.argv[1], "wb") as out:
    written = 0
    while written < 100 * 1024 * 1024:
        out.write(data)
        written += len(data)
PY
measure "100 MB line (text)" extract "$work/line100.txt" --format jsonl --reference-date 2025-11-29 < /dev/null

status=0
ratio=$(awk -v a="${secs[1]}" -v b="${secs[16]}" 'BEGIN { printf "%.1f", (a > 0 ? b / a : 0) }')
memratio=$(awk -v a="${kb[1]}" -v b="${kb[16]}" 'BEGIN { printf "%.2f", b / a }')
speedup=$(awk -v a="$j1" -v b="$j2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
echo "== summary"
echo "16x CPU time / 1x CPU time: $ratio (bar: <= 18)"
echo "16x peak memory / 1x peak memory: $memratio (bar: flat)"
echo "--jobs 2 speed-up over --jobs 1: ${speedup}x (bar: >= 1.7 on an idle 2-core machine)"
if awk -v r="$ratio" 'BEGIN { exit !(r > 18) }'; then echo "scaling: FAILED time grows faster than the input"; status=1; fi
if awk -v a="${kb[1]}" -v b="${kb[16]}" 'BEGIN { exit !(b > 1.5 * a + 65536) }'; then echo "scaling: FAILED memory grows with the input"; status=1; fi
exit $status
