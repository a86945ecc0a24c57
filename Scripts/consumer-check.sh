#!/usr/bin/env bash
# Proves the SwiftPM dependency story: creates a fresh package in a temporary folder that depends
# on this repository by path, imports ArabicText, builds and runs a ten-line program, and checks
# what it prints. Exits non-zero on any failure.
#
# Usage: Scripts/consumer-check.sh            (a first build of the library: about 1–3 minutes)
# Environment: CONSUMER_SCRATCH — a build folder to reuse between runs (default: a temporary one).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/Consumer/Sources/Consumer"

cat > "$work/Consumer/Package.swift" <<MANIFEST
// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Consumer",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "$root")],
    targets: [
        .executableTarget(name: "Consumer", dependencies: [.product(name: "ArabicText", package: "$(basename "$root")")]),
    ]
)
MANIFEST

cat > "$work/Consumer/Sources/Consumer/main.swift" <<'PROGRAM'
import ArabicText

let text = "قال سعادة السيد سالم بن مسلم البوسعيدي، وكيل وزارة العمل، إن أكثر من 95 كفاءة وطنية تدربت أمس."
print("normalized:", ArabicNormalizer.search.normalizedString("أَحْمَدُ فِي ٱلْمَدْرَسَةِ"))
let result = ArabicExtractor().extract(text, referenceDate: CalendarDate(iso: "2025-09-14"))
for entity in result.entities {
    print(entity.type.rawValue, entity.start, entity.end, entity.text, entity.value.map { "\($0)" } ?? "-")
}
print("entities:", result.entities.count, "links:", result.links.count)
PROGRAM

scratch="${CONSUMER_SCRATCH:-$work/.build}"
cd "$work/Consumer"
echo "consumer-check: building a package that depends on $root" >&2
swift build --scratch-path "$scratch" >"$work/build.log" 2>&1 || { tail -40 "$work/build.log" >&2; echo "consumer-check: build failed" >&2; exit 1; }
output="$(swift run --skip-build --scratch-path "$scratch" Consumer)"
printf '%s\n' "$output"
printf '%s\n' "$output" | grep -q '^normalized: احمد في المدرسه$' || { echo "consumer-check: unexpected normalisation" >&2; exit 1; }
printf '%s\n' "$output" | grep -Eq '^entities: [1-9]' || { echo "consumer-check: no entities found" >&2; exit 1; }
echo "consumer-check: ok" >&2
