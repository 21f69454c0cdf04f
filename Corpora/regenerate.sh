#!/usr/bin/env bash
# Installs what Bitext needs, builds it, imports the FreeDict lexicons and runs the pipeline on the
# Lukashenko sample, regenerating the files in Corpora/lukashenko-2022/. Run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
sample=Corpora/lukashenko-2022

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
packages="libicu-dev pkg-config libstemmer-dev zlib1g-dev libxml2-dev libzip-dev poppler-utils dict-freedict-fra-eng dict-freedict-eng-fra
apertium apertium-fra-cat apertium-eng-cat apertium-fr-es apertium-eng-spa apertium-eo-fr apertium-eo-en"
if ! dpkg -s $packages >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $packages >/dev/null
fi

swift build -c release --product bitext
bitext=.build/release/bitext

# FreeDict is GPL data: imported into the user's data directory, never committed.
"$bitext" dict import freedict fra-eng

# Sentences of both sides, one per line, a blank line between paragraphs.
for lang in fr en; do
  "$bitext" segment --lang "$lang" "$sample/$lang.txt" > "$sample/$lang.sentences.txt.tmp"
  mv "$sample/$lang.sentences.txt.tmp" "$sample/$lang.sentences.txt"
done

# The aligned corpus of the French article and its English reconstruction. Aligned without the
# imported dictionary so that the committed files regenerate byte for byte on any machine
# (a test checks it); the dictionary gives the same beads here.
"$bitext" run "$sample/fr.txt" "$sample/en.txt" --source-lang fr --target-lang en \
  --lexicon none --document lukashenko-2022 --out "$sample"
"$bitext" align "$sample/fr.txt" "$sample/en.txt" --source-lang fr --target-lang en \
  --lexicon none -o "$sample/corpus.beads"
"$bitext" eval --gold "$sample/gold.beads" --test "$sample/corpus.beads"

# The English side reconstructed from the French alone by machine translation: Apertium through
# Catalan, Spanish and Esperanto, combined line by line, repaired with the FreeDict gloss.
"$bitext" run "$sample/fr.txt" --source-lang fr --target-lang en --engine apertium \
  --document lukashenko-2022 --out "$sample/reconstructed"
echo "Regenerated $sample"
