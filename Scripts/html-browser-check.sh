#!/usr/bin/env bash
# Opens the seed article's HTML view (`arabic-text extract --format html`) in headless Chromium
# and checks that the page loads, its script runs without errors, and it marks every entity
# the extractors found. Optionally saves a screenshot.
#
# Usage: Scripts/html-browser-check.sh [--install] [--screenshot FILE.png [--select N]]
#   --install      install Debian's chromium and Arabic fonts when chromium is missing (root)
#   --screenshot   also save a 1280×1800 screenshot of the page
#   --select N     show entity N in the screenshot's side panel (the page's #d0eN anchor)
# Environment: ARABIC_TEXT_BIN — the arabic-text binary to use (default: built with swift build).
# Exit status: 0 ok, 1 a check failed, 77 chromium is not installed (and --install not given).
set -euo pipefail
cd "$(dirname "$0")/.."

install=0
screenshot=""
select=""
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install=1 ;;
        --screenshot) screenshot="$2"; shift ;;
        --select) select="$2"; shift ;;
        *) echo "html-browser-check: unknown argument $1" >&2; exit 2 ;;
    esac
    shift
done

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
    if [ "$install" = 1 ]; then
        if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-core >/dev/null
        browser=chromium
    else
        echo "html-browser-check: chromium not installed (run with --install, or apt-get install chromium)" >&2
        exit 77
    fi
fi

bin="${ARABIC_TEXT_BIN:-}"
if [ -z "$bin" ]; then
    swift build --product arabic-text >/dev/null
    bin="$(swift build --show-bin-path)/arabic-text"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seed="seeds/000_1428f3e7ba48094e.txt"
"$bin" extract "$seed" --format html --reference-date 2025-11-29 > "$work/seed.html"
"$bin" extract "$seed" --format json --reference-date 2025-11-29 > "$work/seed.json"
# Entities in the JSON output: one "rule" key each.
expected=$(grep -o '"rule"' "$work/seed.json" | wc -l | tr -d ' ')

flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --user-data-dir="$work/profile")
"$browser" "${flags[@]}" --dump-dom "file://$work/seed.html" > "$work/dom.html" 2> "$work/browser.log" || {
    echo "html-browser-check: $browser failed:" >&2; tail -20 "$work/browser.log" >&2; exit 1; }

body=$(grep -o '<body[^>]*>' "$work/dom.html" | head -1)
attribute() { printf '%s' "$body" | sed -n "s/.*$1=\"\\([^\"]*\\)\".*/\\1/p"; }
ready=$(attribute data-ready); errors=$(attribute data-errors); marked=$(attribute data-marked)
declared=$(attribute data-expected)
status=0
[ "$ready" = 1 ] || { echo "html-browser-check: the page's script did not finish (data-ready='$ready')" >&2; status=1; }
[ "$errors" = 0 ] || { echo "html-browser-check: script errors on the page: '$errors'" >&2; status=1; }
[ "$marked" = "$expected" ] || { echo "html-browser-check: $marked entities marked, $expected extracted" >&2; status=1; }
[ "$declared" = "$expected" ] || { echo "html-browser-check: the page declares $declared entities, $expected extracted" >&2; status=1; }
grep -q '<html lang="ar" dir="rtl">' "$work/seed.html" || { echo "html-browser-check: page is not lang=ar dir=rtl" >&2; status=1; }
if grep -Eq '(src|href)="(https?:)?//' "$work/seed.html"; then echo "html-browser-check: the page loads something from the network" >&2; status=1; fi

if [ -n "$screenshot" ]; then
    mkdir -p "$(dirname "$screenshot")"
    out="$(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")"
    "$browser" "${flags[@]}" --hide-scrollbars --window-size=1280,1800 --screenshot="$out" "file://$work/seed.html${select:+#d0e$select}" 2>>"$work/browser.log" >/dev/null
    [ -s "$out" ] || { echo "html-browser-check: no screenshot written" >&2; status=1; }
fi

if [ "$status" = 0 ]; then
    echo "html-browser-check: ok — $marked of $expected entities marked, no script errors"
fi
exit "$status"
