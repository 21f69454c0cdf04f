#!/usr/bin/env bash
# Interrupts `bitext batch` halfway (SIGINT, then SIGKILL) and resumes it: every output must be
# present exactly once, byte-identical to an uninterrupted run, with no temporary file left.
#
# Run from the repository root after `swift build -c release`:
#   Tests/Integration/batch-resume.sh [path/to/bitext]
# Pairs are chunks of the LIMSI development books in ../shared/eval/alignment/limsi-en-fr-dev.
set -euo pipefail
# Job control: background jobs then get SIGINT as from a terminal (a non-interactive shell
# would start them with SIGINT ignored).
set -m

BITEXT=$(realpath "${1:-.build/release/bitext}")
BOOKS=${BOOKS:-../shared/eval/alignment/limsi-en-fr-dev}
PAIRS=${PAIRS:-600}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# PAIRS chunk pairs of ~40 sentences (French lines at the same relative position).
python3 - "$BOOKS" "$WORK/in" "$PAIRS" <<'PY'
import os, sys
books, out, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
os.makedirs(out)
chunks = []
for book in ["AlicesAdventuresInWonderland", "Candide", "Emma", "JaneEyre", "LesConfessions"]:
    en = [l for l in open(os.path.join(books, book + ".en"), encoding="utf-8").read().split("\n") if l]
    fr = [l for l in open(os.path.join(books, book + ".fr"), encoding="utf-8").read().split("\n") if l]
    ratio = len(fr) / len(en)
    for s in range(0, len(en), 40):
        e = min(len(en), s + 40)
        chunks.append((en[s:e], fr[round(s * ratio):(len(fr) if e == len(en) else round(e * ratio))]))
with open(os.path.join(out, "pairs.tsv"), "w") as manifest:
    manifest.write("# id\tsource\ttarget\n")
    for i in range(count):
        en, fr = chunks[i % len(chunks)]
        open(os.path.join(out, "p%04d.en" % i), "w").write("\n".join(en) + "\n")
        open(os.path.join(out, "p%04d.fr" % i), "w").write("\n".join(fr) + "\n")
        manifest.write("p%04d\tp%04d.en\tp%04d.fr\n" % (i, i, i))
PY

ARGS=("$WORK/in/pairs.tsv" --source-lang en --target-lang fr --lexicon none --presegmented
  --jobs 2 --progress-interval 1)
batch() { "$BITEXT" batch "${ARGS[@]}" "$@"; }

echo "reference run"
batch --out "$WORK/reference" --quiet 2>"$WORK/log-reference"
test "$(ls -A "$WORK/reference" | wc -l)" -eq "$PAIRS"

check() { # $1: output folder
  if ! diff -r "$WORK/reference" "$1" >/dev/null; then
    echo "FAIL: $1 differs from the uninterrupted run"; diff -rq "$WORK/reference" "$1" | head; exit 1
  fi
  local count; count=$(ls -A "$1" | wc -l)
  [ "$count" -eq "$PAIRS" ] || { echo "FAIL: $count files in $1, expected $PAIRS"; exit 1; }
}

for sig in INT KILL; do
  out="$WORK/out-$sig"
  # Started directly (not through a function), so that $! is bitext itself.
  "$BITEXT" batch "${ARGS[@]}" --out "$out" 2>"$WORK/log-$sig" &
  pid=$!
  # Wait until about a third of the outputs exist, then interrupt.
  while [ "$(ls "$out" 2>/dev/null | wc -l)" -lt $((PAIRS / 3)) ]; do sleep 0.05; done
  kill -s "$sig" "$pid"
  status=0; wait "$pid" || status=$?
  done_before=$(ls "$out" | wc -l)
  echo "SIG$sig: exit status $status, $done_before of $PAIRS pairs written, $(ls -A "$out" | grep -c '\.tmp-' || true) temporary files left"
  if [ "$done_before" -ge "$PAIRS" ]; then echo "FAIL: the run was not interrupted"; exit 1; fi
  batch --out "$out" 2>"$WORK/resume-$sig"
  grep -q "skipped (already done)" "$WORK/resume-$sig"
  tail -n 3 "$WORK/resume-$sig" | head -n 1
  check "$out"
  echo "SIG$sig: resumed; every output present once and identical to the reference"
done
echo "OK"
