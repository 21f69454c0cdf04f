#!/usr/bin/env python3
"""Strict boundary F1 of two peer sentence splitters on the UD development splits.

Usage: python3 Tests/Integration/segmentation-peers.py [--bitext BIN] [UD_DIR]
       (UD_DIR defaults to ../shared/eval/segmentation/ud-dev)
Prints a Markdown table of strict boundary F1 per language for the Moses splitter as packaged
by sentence-splitter and for pysbd, scored as `bitext-bench segmentation` scores Bitext
(BoundaryScore.swift): per paragraph, the gold sentences (NFC) are joined with one space; gold
boundaries are the starts of sentences 2..n whose preceding text, past white space and closing
quotes or brackets, ends with `.` `!` `?` or `…`; a predicted boundary anywhere else is a false
positive; counts are summed over a language's paragraphs. A peer without the language gets "–".

With --bitext BIN (e.g. .build/debug/bitext), Bitext's own segmenter is scored too, from
`BIN segment --lang L --format jsonl` run once per language on all paragraphs joined with blank
lines: a cross-check of the Swift scorer, with its precision, recall and error counts.

Needs `pip install sentence-splitter==1.4 pysbd`.
"""
import argparse
import importlib.metadata
import json
import pathlib
import subprocess
import sys
import unicodedata

from sentence_splitter import SentenceSplitter
import pysbd

LANGUAGES = ["de", "es", "it", "pt", "nl"]
CLOSERS = set("\"'»”“’‘›‹)]}«")
TERMINALS = set(".!?…")


def normalize(text):
    """Bitext's Normalizer on clean text: byte-order marks and control characters other than
    tab and LF removed, CR and CRLF as LF, then NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = "".join(
        c for c in text
        if c in "\t\n" or not (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c == "\ufeff"))
    return unicodedata.normalize("NFC", text)


def is_space(c):
    """Unicode White_Space, as Swift's Character.isWhitespace (str.isspace adds U+001C–1F)."""
    return c.isspace() and not "\x1c" <= c <= "\x1f"


def follows_terminal(text, start):
    for c in reversed(text[:start]):
        if is_space(c) or c in CLOSERS:
            continue
        return c in TERMINALS
    return False


class Score:
    def __init__(self):
        self.tp = self.fp = self.fn = self.skipped = 0

    def add(self, predicted, gold):
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def paragraph_text(sentences):
    """The joined paragraph and its counting gold boundaries (character offsets), or None when
    normalization changes the text between sentences (Bitext's scorer skips those)."""
    sentences = [normalize(s) for s in sentences]
    text = " ".join(sentences)
    if normalize(text) != text:
        return None, None
    gold, offset = set(), 0
    for index, sentence in enumerate(sentences):
        if index > 0 and follows_terminal(text, offset):
            gold.add(offset)
        offset += len(sentence) + 1
    return text, gold


def locate(text, pieces):
    """Start offsets of the predicted sentences in `text`, found in order; white space may
    differ (splitters strip or collapse it), anything else may not."""
    starts, cursor = [], 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, cursor)
        if found >= 0 and not text[cursor:found].strip():
            starts.append(found)
            cursor = found + len(piece)
            continue
        # Match ignoring white space.
        position = cursor
        while position < len(text) and is_space(text[position]):
            position += 1
        start = position
        for c in piece:
            if is_space(c):
                continue
            while position < len(text) and is_space(text[position]):
                position += 1
            if position >= len(text) or text[position] != c:
                raise ValueError(f"predicted sentence not found in order: {piece[:60]!r}")
            position += 1
        starts.append(start)
        cursor = position
    return starts


def score_peer(split, paragraphs):
    score = Score()
    for sentences in paragraphs:
        text, gold = paragraph_text(sentences)
        if text is None:
            score.skipped += 1
            continue
        predicted = set(locate(text, split(text))[1:])
        score.add(predicted, gold)
    return score


def score_bitext(binary, language, paragraphs):
    """Runs `bitext segment` once on all paragraphs joined with blank lines and maps the JSONL
    sentences back to paragraphs by their paragraph index and UTF-8 start offset."""
    texts = [" ".join(normalize(s) for s in sentences) for sentences in paragraphs]
    document = "\n\n".join(texts)
    result = subprocess.run(
        [binary, "segment", "--lang", language, "--format", "jsonl"],
        input=document.encode("utf-8"), capture_output=True, check=True)
    data = normalize(document).encode("utf-8")
    bases, offset = [], 0
    for text in texts:
        bases.append(offset)
        offset += len(text.encode("utf-8")) + 2
    starts = [[] for _ in paragraphs]
    for line in result.stdout.decode("utf-8").splitlines():
        sentence = json.loads(line)
        index, start = sentence["paragraph"], sentence["start"]
        base = bases[index]
        end = base + len(texts[index].encode("utf-8"))
        if not base <= start < end:
            raise ValueError(f"{language}: sentence at byte {start} outside paragraph {index}")
        # Character offset inside the paragraph.
        starts[index].append(len(data[base:start].decode("utf-8")))
    score = Score()
    for sentences, predicted in zip(paragraphs, starts):
        text, gold = paragraph_text(sentences)
        if text is None:
            score.skipped += 1
            continue
        score.add(set(predicted[1:]), gold)
    return score


def peers():
    """(column title, factory of language -> split function or None)."""

    def moses(language):
        splitter = SentenceSplitter(language=language)
        return splitter.split

    def sbd(language):
        try:
            segmenter = pysbd.Segmenter(language=language, clean=False)
        except ValueError:
            return None
        return segmenter.segment

    version = importlib.metadata.version
    return [
        (f"Moses splitter (sentence-splitter {version('sentence-splitter')})", moses),
        (f"pysbd {version('pysbd')}", sbd),
    ]


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ud", nargs="?", default="../shared/eval/segmentation/ud-dev",
                        help="directory holding <language>.json")
    parser.add_argument("--bitext", metavar="BIN", help="also score `BIN segment`")
    args = parser.parse_args()
    folder = pathlib.Path(args.ud)
    columns = peers()
    titles = [title for title, _ in columns]
    if args.bitext:
        titles.append("Bitext (`bitext segment`)")
    print("UD development splits: strict boundary F1 (see ud-dev/README.md)")
    print("| language | sentences | " + " | ".join(titles) + " |")
    print("|---" * (len(titles) + 2) + "|")
    sums = [[] for _ in titles]
    details, notes = [], []
    for language in LANGUAGES:
        path = folder / f"{language}.json"
        if not path.exists():
            print(f"| {language} | missing |" + " – |" * len(titles))
            continue
        paragraphs = json.loads(path.read_text(encoding="utf-8"))
        cells = []
        scores = []
        for _, factory in columns:
            split = factory(language)
            scores.append(score_peer(split, paragraphs) if split else None)
        if args.bitext:
            bitext = score_bitext(args.bitext, language, paragraphs)
            scores.append(bitext)
            details.append(
                f"| {language} | {bitext.f1:.3f} | {bitext.precision:.3f} / {bitext.recall:.3f} "
                f"| {bitext.fp} / {bitext.fn} |")
        for column, score in enumerate(scores):
            if score is None:
                cells.append("–")
                continue
            sums[column].append(score.f1)
            cells.append(f"{score.f1:.3f}")
            if score.skipped:
                notes.append(f"{titles[column]}, {language}: {score.skipped} paragraphs skipped")
        sentences = sum(len(p) for p in paragraphs)
        print(f"| {language} | {sentences} | " + " | ".join(cells) + " |")
    means = []
    languages = max(len(values) for values in sums)
    for values in sums:
        if not values:
            means.append("–")
        elif len(values) < languages:
            means.append(f"{sum(values) / len(values):.3f} ({len(values)} of {languages})")
        else:
            means.append(f"{sum(values) / len(values):.3f}")
    print("| mean | | " + " | ".join(means) + " |")
    for note in notes:
        print(note)
    if details:
        print("")
        print("Bitext cross-check (compare with `bitext-bench segmentation`)")
        print("| language | F1 | P / R | FP / FN |")
        print("|---|---|---|---|")
        for row in details:
            print(row)


if __name__ == "__main__":
    main()
