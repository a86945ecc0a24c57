#!/usr/bin/env python3
"""Writes the throughput chart of Docs/BENCHMARKS.md (a hand-made SVG) from run.py's JSON.

Usage: python3 Benchmarks/peers/chart.py RESULT.json OUT.svg
(run.py --svg OUT.svg does the same at the end of a run.)
"""
import json
import sys
from xml.sax.saxutils import escape

# (group, row name in run.py's JSON, label, is a peer)
ROWS = [
    ("Tokenisation", "ICU BreakIterator (C++)", "ICU word BreakIterator, C++ (peer)", True),
    ("Tokenisation", "ArabicText tokenize.tokens", "ArabicText Tokenizer.tokens (offsets)", False),
    ("Tokenisation", "ArabicText tokenize.forEachToken", "ArabicText Tokenizer.forEachToken", False),
    ("Tokenisation", "ArabicText CLI tokenize --count (incl. I/O, startup)", "ArabicText CLI tokenize --count (I/O incl.)", False),
    ("Normalisation", "arabic-norm search-like", "arabic-norm 0.1.0, Rust via Python (peer)", True),
    ("Normalisation", "ArabicText normalize.search+map", "ArabicText search + offset map", False),
    ("Normalisation", "ArabicText normalize.search", "ArabicText search, string only", False),
    ("Normalisation", "ArabicText normalize.extraction+map", "ArabicText extraction + offset map", False),
    ("Normalisation", "ArabicText normalize.display", "ArabicText display, string only", False),
    ("Extraction", "ArabicText extract.none", "ArabicText analysis only (normalise + tokens)", False),
    ("Extraction", "ArabicText extract.all", "ArabicText full extraction", False),
]

# The bars of Docs/BENCHMARKS.md, drawn as dashed lines: group -> (peer row, factor).
TARGETS = {
    "Tokenisation": ("ICU BreakIterator (C++)", 3.0),
    "Normalisation": ("arabic-norm search-like", 2.0),
}


def fmt(v):
    return f"{v:.1f}" if v < 10 else f"{v:.0f}"


def write_svg(result, path):
    rows = {row["name"]: row for row in result["rows"]}
    shown = [(g, rows[n]["mb_s"], label, peer) for g, n, label, peer in ROWS if n in rows]
    targets = {g: rows[n]["mb_s"] * f for g, (n, f) in TARGETS.items() if n in rows}
    top = max([v for _, v, _, _ in shown] + list(targets.values()) + [1.0])
    width, left, bar_w, row_h = 860, 330, 440, 24
    groups = []
    for g, v, label, peer in shown:
        if not groups or groups[-1][0] != g:
            groups.append((g, []))
        groups[-1][1].append((v, label, peer))
    height = 70 + sum(28 + len(items) * row_h for _, items in groups) + 30
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">',
           f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
           f'<text x="20" y="28" font-size="16" font-weight="bold">ArabicText vs peers: MB of UTF-8 input '
           f'per CPU second, one thread (higher is better)</text>',
           f'<text x="20" y="48" fill="#555">{escape(result["corpus"])}, {result["bytes"] / 1e6:.2f} MB, '
           f'median of {result["rounds"]} interleaved rounds, one thread, {escape(result["started"][:10])}; '
           f'{escape(result["machine"]["cpu"])}, {result["machine"]["cores"]} cores</text>']
    y = 70
    for g, items in groups:
        out.append(f'<text x="20" y="{y + 16}" font-weight="bold">{escape(g)}</text>')
        if g in targets:
            x = left + bar_w * targets[g] / top
            peer, factor = TARGETS[g]
            out.append(f'<line x1="{x:.1f}" y1="{y + 22}" x2="{x:.1f}" y2="{y + 28 + len(items) * row_h}" '
                       f'stroke="#c62828" stroke-dasharray="4,3"/>')
            out.append(f'<text x="{x + 4:.1f}" y="{y + 16}" fill="#c62828">bar: {factor:g}× peer = {fmt(targets[g])}</text>')
        y += 28
        for v, label, peer in items:
            w = max(1.0, bar_w * v / top)
            colour = "#9e9e9e" if peer else "#1f6fb2"
            out.append(f'<text x="{left - 10}" y="{y + 15}" text-anchor="end">{escape(label)}</text>')
            out.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_h - 8}" fill="{colour}"/>')
            out.append(f'<text x="{left + w + 6:.1f}" y="{y + 15}">{fmt(v)}</text>')
            y += row_h
    out.append(f'<text x="20" y="{height - 12}" fill="#555">grey: peers, same run · blue: ArabicText, release '
               f'build · red dashes: speed bars · reproduce: Scripts/benchmark.sh peers</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        write_svg(json.load(f), sys.argv[2])
