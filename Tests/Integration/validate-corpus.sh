#!/usr/bin/env bash
# Validates Bitext's corpus exports with independent tools and times a 100k-bead conversion.
#
# Run from anywhere: Tests/Integration/validate-corpus.sh
# Needs: xmllint (libxml2-utils), python3 with translate-toolkit (pip install translate-toolkit).
# SCRATCH_PATH picks the SwiftPM build folder (default .build).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SCRATCH="${SCRATCH_PATH:-.build}"
DTD="Formats/tmx14.dtd"
HELPER="Tests/Integration/validate_corpus.py"

echo "== building release"
swift build -c release --product bitext --scratch-path "$SCRATCH" 2>&1 | tail -1
BITEXT="$(swift build -c release --scratch-path "$SCRATCH" --show-bin-path)/bitext"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/bitext-validate.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# The TMX names its DTD as "tmx14.dtd" (SYSTEM), so xmllint --valid finds it next to the file.
cp "$DTD" "$WORK/tmx14.dtd"

failures=0
check() { if "$@"; then :; else failures=$((failures + 1)); fi; }

echo "== small corpus with hard texts"
python3 "$HELPER" generate "$WORK/small.jsonl" 0
"$BITEXT" convert "$WORK/small.jsonl" --to tmx -o "$WORK/small.tmx" 2> "$WORK/warnings.txt"
sed 's/^/   (expected) /' "$WORK/warnings.txt"
"$BITEXT" convert "$WORK/small.jsonl" --to tsv -o "$WORK/small.tsv"
"$BITEXT" convert "$WORK/small.jsonl" --to moses -o "$WORK/small"
"$BITEXT" convert "$WORK/small.jsonl" --to jsonl -o "$WORK/small.out.jsonl"

if xmllint --noout --valid --dtdvalid "$DTD" "$WORK/small.tmx"; then
  echo "ok   TMX is well formed and valid against the TMX 1.4 DTD (xmllint --valid --dtdvalid)"
else
  echo "FAIL xmllint"; failures=$((failures + 1))
fi
check python3 "$HELPER" tmx "$WORK/small.tmx" "$WORK/small.jsonl"
check python3 "$HELPER" tsv "$WORK/small.tsv" "$WORK/small.jsonl"
check python3 "$HELPER" moses "$WORK/small" "$WORK/small.jsonl"
check python3 "$HELPER" jsonl "$WORK/small.out.jsonl" "$WORK/small.jsonl"

# Round trips through Bitext's own readers: TMX → JSONL and TSV → JSONL keep the texts.
"$BITEXT" convert "$WORK/small.tmx" --to tsv -o "$WORK/back.tsv"
"$BITEXT" convert "$WORK/small.tsv" --to tsv --source-lang en --target-lang fr -o "$WORK/again.tsv"
if cmp -s "$WORK/small.tsv" "$WORK/again.tsv"; then echo "ok   TSV → TSV is byte-identical"; else echo "FAIL TSV → TSV differs"; failures=$((failures + 1)); fi

echo "== the sample's exports (Corpora/lukashenko-2022)"
for tmx in Corpora/lukashenko-2022/corpus.tmx Corpora/lukashenko-2022/reconstructed/corpus.tmx; do
  [ -f "$tmx" ] || continue
  name="$(echo "$tmx" | tr '/' '_')"
  cp "$tmx" "$WORK/$name"
  if xmllint --noout --valid --dtdvalid "$DTD" "$WORK/$name"; then
    echo "ok   $tmx is valid against the TMX 1.4 DTD"
  else
    echo "FAIL $tmx"; failures=$((failures + 1))
  fi
  # Read back with translate-toolkit: the same pairs as Bitext's own JSONL export.
  jsonl="$(dirname "$tmx")/corpus.jsonl"
  check python3 "$HELPER" tmx "$WORK/$name" "$jsonl"
  check python3 "$HELPER" tsv "$(dirname "$tmx")/corpus.tsv" "$jsonl"
done

echo "== bad input"
printf '<tmx version="1.4">\n<body><tu>\n</body></tmx>\n' > "$WORK/bad.tmx"
printf '<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY x "y">]>\n<tmx version="1.4"/>\n' > "$WORK/entity.tmx"
printf 'a\tb\t1\nc\td\n' > "$WORK/bad.tsv"
printf 'a\tb\xff\n' > "$WORK/utf8.tsv"
for input in bad.tmx entity.tmx bad.tsv utf8.tsv; do
  if "$BITEXT" convert "$WORK/$input" --to jsonl -o "$WORK/x.jsonl" 2> "$WORK/err.txt"; then
    echo "FAIL $input was accepted"; failures=$((failures + 1))
  else
    echo "ok   $input refused: $(sed "s|$WORK/||" "$WORK/err.txt" | head -1)"
  fi
done
if "$BITEXT" convert "$WORK/small.jsonl" --to docx 2> "$WORK/err.txt"; then
  echo "FAIL --to docx accepted"; failures=$((failures + 1))
else
  echo "ok   --to docx refused: $(head -1 "$WORK/err.txt")"
fi

echo "== throughput: 100k beads (the two runs to beads, whose writing is trivial, show the reading cost)"
python3 "$HELPER" generate "$WORK/big.jsonl" 100000
"$BITEXT" convert "$WORK/big.jsonl" --to tsv -o "$WORK/big.tsv"
now() { date +%s.%N; }
for spec in "tsv:beads:big.beads" "jsonl:beads:big2.beads" "jsonl:tmx:big.tmx" "jsonl:tsv:big.out.tsv" "jsonl:moses:big" "jsonl:jsonl:big.out.jsonl" "tsv:tmx:big2.tmx" "tsv:jsonl:big2.jsonl"; do
  IFS=: read -r from to out <<< "$spec"
  start=$(now)
  "$BITEXT" convert "$WORK/big.$from" --to "$to" --source-lang en --target-lang fr -o "$WORK/$out"
  end=$(now)
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'   {sys.argv[3]:>5} → {sys.argv[4]:<5} 100000 beads in {s:6.2f} s = {100000/s:>9,.0f} beads/s (read + write)')" "$start" "$end" "$from" "$to"
done
if xmllint --noout --valid --dtdvalid "$DTD" "$WORK/big.tmx"; then echo "ok   100k-bead TMX is valid"; else echo "FAIL big TMX"; failures=$((failures + 1)); fi
check python3 "$HELPER" tmx "$WORK/big.tmx" "$WORK/big.jsonl"

echo "== $failures failure(s)"
[ "$failures" -eq 0 ]
