#!/usr/bin/env python3
"""Cross-check of bitext-bench's chrF with sacrebleu's.

Usage: bitext-bench translation --dump DIR, then
       python3 Tests/Integration/chrf.py DIR
Prints sacrebleu's corpus chrF (n = 6, beta = 2) of the baseline and of the gloss for each set
written by the benchmark. Needs `pip install sacrebleu`.
"""
import pathlib
import sys

from sacrebleu.metrics import CHRF


def read(path):
    return path.read_text(encoding="utf-8").rstrip("\n").split("\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    folder = pathlib.Path(sys.argv[1])
    metric = CHRF(char_order=6, word_order=0, beta=2)
    for ref_path in sorted(folder.glob("*.ref.txt")):
        stem = ref_path.name[: -len(".ref.txt")]
        refs = read(ref_path)
        for system in ("baseline", "gloss"):
            hyps = read(folder / f"{stem}.{system}.txt")
            score = metric.corpus_score(hyps, [refs])
            print(f"{stem}\t{system}\t{score.score:.2f}")


if __name__ == "__main__":
    main()
