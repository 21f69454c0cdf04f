#!/usr/bin/env python3
"""Soak test of `bitext batch` resuming: SIGKILL at random moments, resume until done.

Generates a manifest of PAIRS small French–English document pairs, runs `bitext batch` once
without interruption (the reference), then again into a second folder, killing it with SIGKILL
every 1–5 s (random) and restarting it until it finishes by itself. The two output folders
must hold the same files, byte for byte, and no temporary file. Prints the number of kills
survived and the wall times. Not part of `swift test`.

Run from the repository root:
    python3 Tests/Integration/soak.py [path/to/bitext]
Without a path, the release `bitext` is built (`swift build -c release --product bitext`).
Environment: PAIRS (default 10000), JOBS (default 2), SEED (default 1), ROUNDS (default 5:
the killed-and-resumed batch is done that many times, each time from an empty folder, as one
run of 10,000 small pairs takes only a few kills), KEEP=1 keeps the work folder.
"""

import filecmp
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

PAIRS = int(os.environ.get("PAIRS", "10000"))
JOBS = os.environ.get("JOBS", "2")
SEED = int(os.environ.get("SEED", "1"))
ROUNDS = int(os.environ.get("ROUNDS", "5"))

WORDS_FR = ("le chat la maison un livre une ville très grand petit rouge vieux nouveau "
            "mange lit voit aime trouve écrit donne été être pour avec dans sur sous près "
            "jardin rivière école ami femme homme enfant journée soirée matin forêt").split()
WORDS_EN = ("the cat house a book town very big small red old new eats reads sees loves "
            "finds writes gives summer be for with in on under near garden river school "
            "friend woman man child day evening morning forest").split()


def sentence(rng, words, terminal):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(3, 14)))
    return text[0].upper() + text[1:] + terminal


def generate(folder, rng):
    """PAIRS pairs of 1–8 sentences (some paragraphs, some quotes), and the manifest."""
    os.makedirs(folder)
    with open(os.path.join(folder, "pairs.tsv"), "w", encoding="utf-8") as manifest:
        manifest.write("# id\tsource\ttarget\n")
        for index in range(PAIRS):
            count = rng.randint(1, 8)
            terminals = [rng.choice([".", ".", ".", "?", "!"]) for _ in range(count)]
            french, english = [], []
            for position, terminal in enumerate(terminals):
                separator = "\n\n" if position and rng.random() < 0.2 else " "
                french.append(("" if not position else separator)
                              + sentence(rng, WORDS_FR, terminal.replace("?", " ?")))
                if rng.random() < 0.9:  # some sentences have no translation
                    english.append(("" if not english else separator)
                                   + sentence(rng, WORDS_EN, terminal))
            name = "p%05d" % index
            with open(os.path.join(folder, name + ".fr"), "w", encoding="utf-8") as out:
                out.write("".join(french) + "\n")
            with open(os.path.join(folder, name + ".en"), "w", encoding="utf-8") as out:
                out.write("".join(english or ["Yes."]) + "\n")
            manifest.write("%s\t%s.fr\t%s.en\n" % (name, name, name))


def batch_command(bitext, manifest, out):
    return [bitext, "batch", manifest, "--out", out, "--source-lang", "fr", "--target-lang",
            "en", "--lexicon", "none", "--jobs", JOBS, "--quiet"]


def compare(reference, out):
    """Exits with a failure unless `out` holds the files of `reference`, byte for byte."""
    expected = sorted(os.listdir(reference))
    found = sorted(os.listdir(out))
    if found != expected:
        extra = sorted(set(found) - set(expected))[:5]
        missing = sorted(set(expected) - set(found))[:5]
        sys.exit("FAIL: output files differ; extra %s, missing %s" % (extra, missing))
    if len(expected) != PAIRS:
        sys.exit("FAIL: %d outputs for %d pairs" % (len(expected), PAIRS))
    _, mismatch, errors = filecmp.cmpfiles(reference, out, expected, shallow=False)
    if mismatch or errors:
        sys.exit("FAIL: %d outputs differ from the uninterrupted run, e.g. %s"
                 % (len(mismatch) + len(errors), (mismatch + errors)[:5]))


def main():
    if len(sys.argv) > 1:
        bitext = os.path.realpath(sys.argv[1])
    else:
        subprocess.run(["swift", "build", "-c", "release", "--product", "bitext"], check=True)
        bitext = os.path.realpath(".build/release/bitext")
    rng = random.Random(SEED)
    work = tempfile.mkdtemp(prefix="bitext-soak-")
    try:
        started = time.monotonic()
        generate(os.path.join(work, "in"), rng)
        manifest = os.path.join(work, "in", "pairs.tsv")
        print("generated %d pairs in %.1f s" % (PAIRS, time.monotonic() - started), flush=True)

        reference = os.path.join(work, "reference")
        started = time.monotonic()
        subprocess.run(batch_command(bitext, manifest, reference), check=True,
                       stderr=subprocess.DEVNULL)
        reference_time = time.monotonic() - started
        print("uninterrupted run: %.1f s" % reference_time, flush=True)

        kills = 0
        runs = 0
        started = time.monotonic()
        for round_number in range(1, ROUNDS + 1):
            out = os.path.join(work, "soak-%d" % round_number)
            while True:
                runs += 1
                process = subprocess.Popen(batch_command(bitext, manifest, out),
                                           stderr=subprocess.DEVNULL)
                try:
                    status = process.wait(timeout=rng.uniform(1.0, 5.0))
                except subprocess.TimeoutExpired:
                    process.send_signal(signal.SIGKILL)
                    process.wait()
                    kills += 1
                    done = len(os.listdir(out)) if os.path.isdir(out) else 0
                    print("round %d, kill %d: %d entries in the output folder"
                          % (round_number, kills, done), flush=True)
                    continue
                if status != 0:
                    sys.exit("FAIL: run %d exited with status %d" % (runs, status))
                break
            compare(reference, out)
            shutil.rmtree(out)
            print("round %d: outputs identical to the uninterrupted run" % round_number,
                  flush=True)
        soak_time = time.monotonic() - started
        print("OK: %d kills survived (SIGKILL every 1-5 s), %d rounds, %d runs, %.1f s wall "
              "time; each round's %d outputs identical to the uninterrupted run (%.1f s)"
              % (kills, ROUNDS, runs, soak_time, PAIRS, reference_time))
    finally:
        if os.environ.get("KEEP") == "1":
            print("work folder kept: " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
