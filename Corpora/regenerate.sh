#!/usr/bin/env bash
# Installs what Bitext needs, builds it, imports the FreeDict lexicons and runs the pipeline on the
# Lukashenko sample, regenerating the files in Corpora/lukashenko-2022/. Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sample=Corpora/lukashenko-2022

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! dpkg -s libicu-dev libstemmer-dev zlib1g-dev dict-freedict-fra-eng dict-freedict-eng-fra >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    libicu-dev pkg-config libstemmer-dev zlib1g-dev dict-freedict-fra-eng dict-freedict-eng-fra >/dev/null
fi

swift build -c release --product bitext
bitext=.build/release/bitext

# FreeDict is GPL data: imported into the user's data directory, never committed.
"$bitext" dict import freedict fra-eng

"$bitext" segment --lang fr "$sample/fr.txt" > "$sample/fr.sentences.txt.tmp"
mv "$sample/fr.sentences.txt.tmp" "$sample/fr.sentences.txt"
"$bitext" segment --lang en "$sample/en.txt" > "$sample/en.sentences.txt.tmp"
mv "$sample/en.sentences.txt.tmp" "$sample/en.sentences.txt"

if "$bitext" help align >/dev/null 2>&1; then
  "$bitext" align "$sample/fr.txt" "$sample/en.txt" --source-lang fr --target-lang en \
    --format beads -o "$sample/corpus.beads"
  "$bitext" align "$sample/fr.txt" "$sample/en.txt" --source-lang fr --target-lang en \
    --format tsv -o "$sample/corpus.tsv"
  "$bitext" eval --gold "$sample/gold.beads" --test "$sample/corpus.beads"
fi
echo "Regenerated $sample"
