#!/usr/bin/env python3
"""ArabicText against its peers, in ONE run, with the ratios the project's speed bars ask for.

Builds and runs, round after round on the same corpus file:
  - ICU's word BreakIterator from C++ (icu_break.cpp, system ICU through pkg-config),
  - the Rust normaliser arabic-norm 0.1.0 from Python (arabic_norm_peer.py, in a venv under
    the scratch folder: never committed),
  - ArabicText's own release timer (the `arabic-text-speed` product of Benchmarks/Package.swift:
    normaliser presets, tokeniser, extraction and each built-in extractor alone),
  - optionally (--cli) the release CLI `arabic-text tokenize --count FILE`, I/O included.
Each round runs every program once; the figures are the medians over the rounds, so that the
noise of this shared 2-core VM falls alike on all of them. Ratios are taken between medians.
Every program reports two clocks: wall time and the CPU time of its measuring thread
(CLOCK_THREAD_CPUTIME_ID; for the CLI, the child's user+sys time). MB/s and the ratios use CPU
time, which leaves out the time spent waiting for a core when the VM is loaded; wall-clock MB/s
is printed beside it.

Usage (from anywhere; Scripts/benchmark.sh peers is the same):
  python3 Benchmarks/peers/run.py [--corpus FILE] [--rounds 5] [--json OUT] [--svg OUT]

Corpus: --corpus, else $ARABIC_TEXT_CORPUS, else ../shared/corpus/diacritized.txt beside the
repository, else the seed article repeated to ~1 MB (written to the scratch folder).
"""
import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ROOT = os.path.dirname(BENCH)
SCRATCH = os.path.join(ROOT, ".build-bench")
SEED = os.path.join(ROOT, "seeds", "000_1428f3e7ba48094e.txt")

# Bars (Docs/BENCHMARKS.md, issues 2–5): name, kind, threshold.
#   "ratio_min": ArabicText MB/s ÷ peer MB/s must be at least the threshold.
#   "added_max": extractors' added time ÷ tokeniser time must be at most the threshold.
EXTRACTOR_GROUPS = [
    ("numbers", ("Number", "Count", "Ordinal"), 1.5),
    ("dates", ("Date",), 1.5),
    ("organisations + titles", ("Organization", "Organisation", "Title", "Person"), 3.0),
]


def log(message):
    print(message, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def corpus_path(arg):
    path = arg or os.environ.get("ARABIC_TEXT_CORPUS") or os.path.join(ROOT, "..", "shared", "corpus", "diacritized.txt")
    if path != "fallback" and os.path.exists(path):
        return os.path.abspath(path), False
    os.makedirs(SCRATCH, exist_ok=True)
    seed = open(SEED, encoding="utf-8").read()
    copies = max(1, 1_000_000 // len(seed.encode("utf-8")))
    out = os.path.join(SCRATCH, "fallback-corpus.txt")
    with open(out, "w", encoding="utf-8") as f:
        f.write((seed.rstrip("\n") + "\n") * copies)
    log(f"corpus not found: using the seed article ×{copies} ({out})")
    return out, True


def build_swift(cli, skip):
    if not skip:
        log("building arabic-text-speed (release)…")
        sh(["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--product", "arabic-text-speed"], cwd=BENCH)
    bin_dir = sh(["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--show-bin-path"], cwd=BENCH).stdout.strip()
    cli_path = None
    if cli:
        log("building arabic-text (release)…")
        root_scratch = os.path.join(ROOT, ".build-bench-cli")
        sh(["swift", "build", "-c", "release", "--scratch-path", root_scratch, "--product", "arabic-text"], cwd=ROOT)
        root_bin = sh(["swift", "build", "-c", "release", "--scratch-path", root_scratch, "--show-bin-path"], cwd=ROOT).stdout.strip()
        cli_path = os.path.join(root_bin, "arabic-text")
    return os.path.join(bin_dir, "arabic-text-speed"), cli_path


def build_icu():
    out = os.path.join(SCRATCH, "peers", "icu_break")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    flags = sh(["pkg-config", "--cflags", "--libs", "icu-uc", "icu-i18n"]).stdout.split()
    cxx = shutil.which("g++") or shutil.which("c++")
    sh([cxx, "-O2", "-o", out, os.path.join(HERE, "icu_break.cpp")] + flags)
    return out


def venv_python():
    venv = os.path.join(SCRATCH, "peers-venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        log("creating the arabic-norm venv…")
        sh([sys.executable, "-m", "venv", venv])
    if subprocess.run([python, "-c", "import arabic_norm"], capture_output=True).returncode != 0:
        sh([python, "-m", "pip", "install", "-q", "arabic-norm==0.1.0"])
    return python


def machine():
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    swift = sh(["swift", "--version"]).stdout.splitlines()
    icu = sh(["pkg-config", "--modversion", "icu-uc"]).stdout.strip()
    gxx = sh(["g++", "--version"]).stdout.splitlines()[0]
    return {"cpu": cpu, "cores": os.cpu_count(), "os": f"{platform.system()} {platform.release()}",
            "swift": next((line for line in swift if "Swift version" in line), "?"),
            "icu": icu, "g++": gxx, "python": platform.python_version()}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--json", help="write all figures to this JSON file")
    ap.add_argument("--svg", help="write the throughput chart (chart.py) to this SVG file")
    ap.add_argument("--cli", action="store_true", help="also time the release CLI (tokenize --count)")
    ap.add_argument("--filter", action="append", default=[], help="only ArabicText workloads containing this")
    ap.add_argument("--skip-build", action="store_true")
    a = ap.parse_args()

    corpus, fallback = corpus_path(a.corpus)
    nbytes = os.path.getsize(corpus)
    mb = nbytes / 1e6
    speed, cli = build_swift(a.cli, a.skip_build)
    icu = build_icu()
    python = venv_python()
    env = dict(os.environ, ARABIC_TEXT_CORPUS=corpus)
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = os.getloadavg()

    times = {}     # name -> [CPU seconds]
    walls = {}     # name -> [wall seconds]
    counts = {}

    def add(name, wall, cpu, count=None):
        times.setdefault(name, []).append(cpu)
        walls.setdefault(name, []).append(wall)
        if count is not None:
            counts[name] = count

    for r in range(a.rounds):
        out = sh([icu, corpus, "1"]).stdout.split()
        add("ICU BreakIterator (C++)", float(out[0]), float(out[1]), int(out[2]))
        for line in sh([python, os.path.join(HERE, "arabic_norm_peer.py"), corpus, "1"]).stdout.splitlines():
            row = json.loads(line)
            add(row["peer"], row["seconds"], row["cpu_seconds"], row["bytes_out"])
        args = [speed, "--runs", "1"]
        for f in a.filter:
            args += ["--filter", f]
        result = subprocess.run(args, env=env, text=True, capture_output=True)
        if result.returncode != 0:
            log(result.stderr)
            sys.exit("arabic-text-speed failed")
        report = json.loads(result.stdout)
        for row in report["workloads"]:
            add("ArabicText " + row["name"], row["median_s"], row["cpu_median_s"], row["count"])
        if cli:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = datetime.datetime.now()
            sh([cli, "tokenize", "--count", corpus])
            wall = (datetime.datetime.now() - t0).total_seconds()
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            add("ArabicText CLI tokenize --count (incl. I/O, startup)", wall, cpu)
        log(f"round {r + 1}/{a.rounds} done")

    med = {name: statistics.median(v) for name, v in times.items()}
    mbs = {name: mb / s for name, s in med.items()}

    def get(name):
        return med.get(name)

    # Ratios from the medians of this one run.
    checks = []
    norm_peer = min(("arabic-norm search-like", "arabic-norm peerbench"), key=lambda n: med.get(n, 1e9))
    if get("ArabicText normalize.search+map") and get(norm_peer):
        ratio = med[norm_peer] / med["ArabicText normalize.search+map"]
        checks.append({"bar": f"normalize.search+map ≥ 2× {norm_peer}", "value": ratio, "limit": 2.0,
                       "ok": ratio >= 2.0, "kind": "ratio_min"})
    if get("ArabicText tokenize.tokens") and get("ICU BreakIterator (C++)"):
        ratio = med["ICU BreakIterator (C++)"] / med["ArabicText tokenize.tokens"]
        checks.append({"bar": "tokenize.tokens (with offsets) ≥ 3× ICU BreakIterator (C++)", "value": ratio,
                       "limit": 3.0, "ok": ratio >= 3.0, "kind": "ratio_min"})
    tok = get("ArabicText tokenize.tokens")
    base = get("ArabicText extract.none")
    extractor_rows = []
    if tok and base:
        for name in sorted(n for n in med if n.startswith("ArabicText extract.only-")):
            short = name[len("ArabicText extract.only-"):]
            extractor_rows.append({"extractor": short, "median_s": med[name], "added_s": med[name] - base,
                                   "added_x_tokenizer": (med[name] - base) / tok})
        if get("ArabicText extract.all"):
            extractor_rows.append({"extractor": "(all built-in)", "median_s": med["ArabicText extract.all"],
                                   "added_s": med["ArabicText extract.all"] - base,
                                   "added_x_tokenizer": (med["ArabicText extract.all"] - base) / tok})
        for label, needles, limit in EXTRACTOR_GROUPS:
            members = [row for row in extractor_rows if row["extractor"] != "(all built-in)"
                       and any(n in row["extractor"] for n in needles)]
            if not members:
                checks.append({"bar": f"{label}: added ≤ {limit}× tokenizer", "value": None, "limit": limit,
                               "ok": None, "kind": "added_max", "note": "no such extractor registered yet"})
                continue
            added = sum(row["added_x_tokenizer"] for row in members)
            checks.append({"bar": f"{label} ({', '.join(r['extractor'] for r in members)}): added ≤ {limit}× tokenizer",
                           "value": added, "limit": limit, "ok": added <= limit, "kind": "added_max"})

    finished = datetime.datetime.now(datetime.timezone.utc)
    result = {
        "corpus": os.path.basename(corpus), "fallback": fallback, "bytes": nbytes, "rounds": a.rounds,
        "started": started.isoformat(timespec="seconds"), "finished": finished.isoformat(timespec="seconds"),
        "load_before": load_before, "load_after": os.getloadavg(), "machine": machine(),
        "rows": [{"name": n, "median_s": med[n], "min_s": min(times[n]), "max_s": max(times[n]),
                  "mb_s": mbs[n], "wall_median_s": statistics.median(walls[n]),
                  "wall_mb_s": mb / statistics.median(walls[n]), "count": counts.get(n)} for n in times],
        "clock": "thread CPU time (wall clock beside it)",
        "extractors": extractor_rows, "checks": checks,
    }

    print(f"# {result['corpus']}: {mb:.2f} MB; median of {a.rounds} interleaved rounds; "
          f"{result['started']} – {result['finished']}")
    m = result["machine"]
    print(f"# {m['cpu']}, {m['cores']} cores, {m['os']}; {m['swift']}; ICU {m['icu']}; {m['g++']}; "
          f"load average before {load_before[0]:.2f}, after {result['load_after'][0]:.2f}")
    print()
    print("| what | MB/s (CPU) | CPU s, median | min–max | MB/s (wall) | count |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in result["rows"]:
        count = f"{row['count']:,}" if row["count"] is not None else ""
        print(f"| {row['name']} | {row['mb_s']:.1f} | {row['median_s']:.3f} | "
              f"{row['min_s']:.3f}–{row['max_s']:.3f} | {row['wall_mb_s']:.1f} | {count} |")
    if extractor_rows:
        print()
        print("| extractor alone | CPU s, median | added s (vs extract.none) | added ÷ tokenizer |")
        print("|---|---:|---:|---:|")
        for row in extractor_rows:
            print(f"| {row['extractor']} | {row['median_s']:.3f} | {row['added_s']:.3f} | {row['added_x_tokenizer']:.2f}× |")
    print()
    print("| bar | measured | verdict |")
    print("|---|---:|---|")
    for c in checks:
        value = "-" if c["value"] is None else f"{c['value']:.2f}×"
        verdict = c.get("note") or ("PASS" if c["ok"] else "FAIL")
        print(f"| {c['bar']} | {value} | {verdict} |")

    if a.json:
        with open(a.json, "w") as f:
            json.dump(result, f, indent=1, ensure_ascii=False)
            f.write("\n")
    if a.svg:
        sys.path.insert(0, HERE)
        import chart
        chart.write_svg(result, a.svg)
        log(f"wrote {a.svg}")


if __name__ == "__main__":
    main()
