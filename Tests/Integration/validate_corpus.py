#!/usr/bin/env python3
"""Helper for validate-corpus.sh: generates corpora and checks Bitext's exports with other tools."""

import csv
import json
import sys

SAMPLES = [
    ("Fish & chips <b>bold</b> \"quoted\" 'single'", "Poisson & frites <b>gras</b> « guillemets »"),
    ("CDATA end ]]> here", "fin de CDATA ]]> ici"),
    ("tab\there and newline\nthere", "tabulation\tici et saut\nlà"),
    ("carriage\rreturn", "retour\rchariot"),
    ("back\\slash \\t \\n", "barre\\oblique"),
    ("emoji 😀 👩‍👩‍👧 🇫🇷", "émoji 😀"),
    ("combining e\u0301 a\u0308", "combinant é ä"),
    ("right to left: שלום, مرحبا", "de droite à gauche : שלום"),
    ("control \u0001 and \u001b chars", "caractères \u0007 de contrôle"),
    ("noncharacter \ufffe here", "non-caractère \uffff ici"),
    ("Multi. Sentence.", "Plusieurs phrases."),
    ("Deleted sentence.", ""),
    ("", "Inserted sentence."),
]


def xml_safe(text):
    """What a TMX writer must do with characters XML 1.0 forbids: U+FFFD."""
    out = []
    for ch in text:
        cp = ord(ch)
        if (cp < 0x20 and ch not in "\t\n\r") or cp in (0xFFFE, 0xFFFF):
            out.append("\ufffd")
        else:
            out.append(ch)
    return "".join(out)


def moses_safe(text):
    return "".join(" " if (ord(c) < 0x20 and c != "\t") or c in "\x85\u2028\u2029" else c for c in text)


def tsv_unescape(field):
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        n = field[i + 1]
        if n == "u":
            out.append(chr(int(field[i + 2:i + 6], 16)))
            i += 6
            continue
        out.append({"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[n])
        i += 2
    return "".join(out)


def bead(i, source, target, score):
    def side(texts, start):
        return [{"text": t, "range": None} for t in texts], list(range(start, start + len(texts)))
    return source, target, score


def generate(path, count):
    """Writes a JSONL corpus; the small one holds SAMPLES, the large one generated prose."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        s_id = t_id = 0
        rows = SAMPLES if count == 0 else [
            (f"Sentence number {i}: the quick brown fox & the lazy dog <{i % 97}>.",
             f"Phrase numéro {i} : le renard brun & le chien paresseux « {i % 89} ».") for i in range(count)]
        for i, (s, t) in enumerate(rows):
            s_sent = [x for x in (s.split(". ") if s.startswith("Multi") else [s]) if x]
            t_sent = [t] if t else []
            record = {
                "document": "doc", "bead": i, "score": round(1 - (i % 10) / 10, 2),
                "source_lang": "en", "target_lang": "fr",
                "source_ids": list(range(s_id, s_id + len(s_sent))),
                "target_ids": list(range(t_id, t_id + len(t_sent))),
                "source_sentences": [{"text": x, "range": None} for x in s_sent],
                "target_sentences": [{"text": x, "range": None} for x in t_sent],
            }
            s_id += len(s_sent)
            t_id += len(t_sent)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def expected_pairs(jsonl):
    pairs = []
    with open(jsonl, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            pairs.append((" ".join(x["text"] for x in r["source_sentences"]),
                          " ".join(x["text"] for x in r["target_sentences"])))
    return pairs


def report(name, got, want):
    bad = [(i, g, w) for i, (g, w) in enumerate(zip(got, want)) if g != w]
    if len(got) != len(want) or bad:
        print(f"FAIL {name}: {len(got)} pairs read, {len(want)} expected; first differences: {bad[:3]}")
        return False
    print(f"ok   {name}: {len(got)} pairs equal the input")
    return True


def check_tmx(tmx_path, jsonl):
    from translate.storage import tmx
    store = tmx.tmxfile.parsefile(tmx_path)
    got = [(u.source or "", u.target or "") for u in store.units]
    want = [(xml_safe(s), xml_safe(t)) for s, t in expected_pairs(jsonl)]
    return report("TMX via translate-toolkit", got, want)


def check_tsv(tsv_path, jsonl):
    with open(tsv_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    widths = {len(r) for r in rows}
    if len(widths) != 1:
        print(f"FAIL TSV: rows have different field counts {sorted(widths)}")
        return False
    got = [(tsv_unescape(r[0]), tsv_unescape(r[1])) for r in rows]
    return report(f"TSV via csv (QUOTE_NONE, {widths.pop()} fields per row)", got, expected_pairs(jsonl))


def check_moses(prefix, jsonl):
    with open(prefix + ".en", encoding="utf-8", newline="\n") as f:
        src = f.read().split("\n")[:-1]
    with open(prefix + ".fr", encoding="utf-8", newline="\n") as f:
        tgt = f.read().split("\n")[:-1]
    want = [(moses_safe(s), moses_safe(t)) for s, t in expected_pairs(jsonl)]
    return report("Moses line pairs", list(zip(src, tgt)), want) and len(src) == len(tgt)


def check_jsonl(out_path, jsonl):
    with open(out_path, encoding="utf-8") as a, open(jsonl, encoding="utf-8") as b:
        got = [json.loads(x) for x in a]
        want = [json.loads(x) for x in b]
    for g, w in zip(got, want):
        for key in ("source_text", "target_text"):
            g.pop(key, None)
    return report("JSONL records", got, want)


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "generate":
        generate(sys.argv[2], int(sys.argv[3]))
    else:
        checks = {"tmx": check_tmx, "tsv": check_tsv, "moses": check_moses, "jsonl": check_jsonl}
        sys.exit(0 if checks[command](sys.argv[2], sys.argv[3]) else 1)
