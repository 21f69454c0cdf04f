#!/usr/bin/env python3
"""Runs `bitext stream` under local PySpark with RDD.pipe and checks that the result equals a
single-process run of the same command.

Document pairs are chunks of ~50 sentences of the LIMSI English-French development books
(../shared/eval/alignment/limsi-en-fr-dev, one sentence per line), repeated until there are a
few hundred. Run from the repository root after `swift build -c release`:

    pip install pyspark            # Java 17 must be installed
    python3 Tests/Integration/spark-stream.py [--bitext .build/release/bitext] [--partitions 8]

Exit status 0 when the outputs are equal, 1 when they differ, 77 when PySpark is missing.
"""

import argparse
import json
import os
import shlex
import subprocess
import sys
import time

BOOKS = ["AlicesAdventuresInWonderland", "Candide", "Emma", "JaneEyre", "LesConfessions"]


def chunk_records(folder, chunk, count):
    """JSON Lines records: `chunk` English lines and the French lines at the same relative
    position of each book (the books are parallel but not line-aligned)."""
    chunks = []
    for book in BOOKS:
        with open(os.path.join(folder, book + ".en"), encoding="utf-8") as f:
            english = [line for line in f.read().split("\n") if line]
        with open(os.path.join(folder, book + ".fr"), encoding="utf-8") as f:
            french = [line for line in f.read().split("\n") if line]
        ratio = len(french) / len(english)
        for start in range(0, len(english), chunk):
            end = min(len(english), start + chunk)
            fr_start = round(start * ratio)
            fr_end = len(french) if end == len(english) else round(end * ratio)
            chunks.append((book, english[start:end], french[fr_start:fr_end]))
    records = []
    for index in range(count):
        book, english, french = chunks[index % len(chunks)]
        records.append(json.dumps({
            "id": "%s-%04d" % (book, index),
            "source": "\n".join(english) + "\n",
            "target": "\n".join(french) + "\n",
            "source_lang": "en",
            "target_lang": "fr",
        }, ensure_ascii=False, sort_keys=True))
    # One malformed record: it must come back as an error line in its place.
    records.insert(len(records) // 2, '{"id": "broken", "source": ')
    return records


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bitext", default=".build/release/bitext")
    parser.add_argument("--eval", default="../shared/eval/alignment/limsi-en-fr-dev")
    parser.add_argument("--pairs", type=int, default=300)
    parser.add_argument("--chunk", type=int, default=50)
    parser.add_argument("--partitions", type=int, default=8)
    parser.add_argument("--cores", default="2")
    args = parser.parse_args()

    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        print("PySpark is not installed (pip install pyspark): skipped", file=sys.stderr)
        return 77

    bitext = os.path.abspath(args.bitext)
    command = [bitext, "stream", "--lexicon", "none", "--presegmented", "--quiet"]
    records = chunk_records(args.eval, args.chunk, args.pairs)
    print("%d records (one malformed), %d partitions" % (len(records), args.partitions))

    started = time.time()
    single = subprocess.run(command, input=("\n".join(records) + "\n").encode("utf-8"),
                            stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    single_lines = single.split("\n")[:-1]
    print("single process: %d lines in %.1f s" % (len(single_lines), time.time() - started))

    conf = SparkConf().setMaster("local[%s]" % args.cores).setAppName("bitext-stream")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        started = time.time()
        # RDD.pipe writes each element as a line to the command's standard input and turns
        # each output line into an element; collect() keeps partition order.
        # PySpark's pipe takes one command string (split with shlex).
        pipe_command = " ".join(shlex.quote(part) for part in command)
        spark_lines = sc.parallelize(records, args.partitions).pipe(pipe_command).collect()
        print("spark (%d partitions): %d lines in %.1f s"
              % (args.partitions, len(spark_lines), time.time() - started))
    finally:
        sc.stop()

    errors = [line for line in single_lines if '"error"' in line[:40]]
    ok = True
    if len(single_lines) != len(records):
        print("FAIL: %d output lines for %d records" % (len(single_lines), len(records)))
        ok = False
    if len(errors) != 1 or not errors[0].startswith('{"id":null,"error":"malformed JSON'):
        print("FAIL: expected exactly the malformed record as an error line, got %d" % len(errors))
        ok = False
    if spark_lines != single_lines:
        differing = sum(1 for a, b in zip(spark_lines, single_lines) if a != b)
        print("FAIL: Spark output differs from the single-process run (%d lines differ)" % differing)
        ok = False
    beads = sum(len(json.loads(line).get("beads", [])) for line in single_lines)
    print("%s: %d pairs, %d beads, identical outputs" % ("OK" if ok else "FAILED",
                                                         len(single_lines) - len(errors), beads)
          if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
