#!/usr/bin/env python3
"""Times the Rust normaliser `arabic-norm` 0.1.0 (PyPI) over a corpus, line by line.

Same method as shared/research/peerbench/peers.py: the file is read, decoded and split into
lines first; `arabic_norm.normalize` is called once per line; only that loop is timed.
Two configurations:
  search-like  normalize(s, ta_marbuta=True)   tashkeel, tatweel, alef, ى→ي, ة→ه
               (the closest it gets to ArabicText's `search` preset, which also does NFKC,
               digits, controls and spaces)
  peerbench    normalize(s, normalize_ya=False) the configuration of the peerbench RESULTS.md

Usage: python arabic_norm_peer.py CORPUS [RUNS]
prints JSON lines {"peer", "seconds" (wall), "cpu_seconds" (this thread's CPU time), "bytes_out"}
Needs `pip install arabic-norm==0.1.0` (Benchmarks/peers/run.py makes a venv for it).
"""
import json
import sys
import time

import arabic_norm


def main():
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    lines = [line for line in text.split("\n") if line]
    normalize = arabic_norm.normalize
    configs = [
        ("arabic-norm search-like", lambda s: normalize(s, ta_marbuta=True)),
        ("arabic-norm peerbench", lambda s: normalize(s, normalize_ya=False)),
    ]
    for _, fn in configs:  # warm-up
        for line in lines[:200]:
            fn(line)
    for _ in range(runs):
        for name, fn in configs:
            t0, c0 = time.perf_counter(), time.thread_time()
            out = [fn(line) for line in lines]
            seconds, cpu = time.perf_counter() - t0, time.thread_time() - c0
            print(json.dumps({"peer": name, "seconds": seconds, "cpu_seconds": cpu,
                              "bytes_out": sum(len(o.encode("utf-8")) for o in out)}), flush=True)


if __name__ == "__main__":
    main()
