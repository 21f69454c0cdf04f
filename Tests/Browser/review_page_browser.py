#!/usr/bin/env python3
"""Bitext's review page in a real browser: headless Chromium, driven as a reviewer would.

    .venv-test/bin/python Tests/Browser/review_page_browser.py --bitext .build/debug/bitext \
        --work /tmp/review-test [--screenshot docs/review-page.png]

Writes the review page of the sample pair (Corpora/lukashenko-2022, `--lexicon none
--document lukashenko-2022`) with `bitext review`, opens it from file:// and checks:

- counts: the beads, shapes, flags and verdict the page shows are those of the page's own
  data, of `bitext align --format jsonl` and of `bitext run`'s summary (QualityCheck's flags);
- search: `/`, typing, the matches marked, Escape, "Show all";
- corrections through the UI: a row clicked and merged (button), `m` then `u` (undo), a row
  checked with `c` and another with its check toggle;
- export: "Export corrections" downloads corrections.json, equal to exportCorrections();
- constraints: `bitext align --constraints corrections.json --format beads` keeps the merged
  and checked beads exactly; `bitext review --constraints` shows them checked;
- refusals: the same file after the texts changed, or with a hash edited, exits non-zero
  saying the texts changed since the review;
- flags: on the sample with two English sentences deleted and a date changed (and
  `--low-score 0.95`), the flags shown are QualityCheck's, j/k (and n/p) step through the flagged beads, the flag buttons
  and "Flagged beads only" filter.

Prints one line per check (PASS name / FAIL name: why), then "N passed, N failed"; exits 1
when a check failed, 2 when it could not start. `swift test` runs it from
Tests/BitextCLITests/ReviewPageBrowserTests.swift. With --screenshot, also saves a picture
of the page (the damaged sample mid-review, its first flagged bead selected).
"""

import argparse
import json
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from bitext_browser import Browser, bitext, page_data

REPOSITORY = Path(__file__).resolve().parents[2]
SAMPLE = REPOSITORY / "Corpora" / "lukashenko-2022"
DOCUMENT = "lukashenko-2022"
LANGUAGES = ["--source-lang", "fr", "--target-lang", "en", "--lexicon", "none"]

# The damaged English side: two sentences deleted (omissions) and a date changed (a number
# mismatch); its page is written with --low-score 0.95, so that the beads around the
# omissions are also flagged low-confidence.
DELETED = ["The Belarusian president also said his country would not join any war, "
           "according to BelTA.",
           "Newsweek has reached out to the Russian Ministry of Foreign Affairs for comment."]
CHANGED = ("on May 16 in Moscow", "on May 26 in Moscow")
DAMAGED_LOW_SCORE = "0.95"


class CheckFailed(Exception):
    """A check's expectation that did not hold."""


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def expect_equal(actual, expected, what):
    expect(actual == expected, f"{what}: the page shows {actual!r}, expected {expected!r}")


# ---- What the page data and the command-line outputs say ----


def side_count(units):
    return sum(unit[1] - unit[0] for unit in units)


def data_figures(data):
    """Beads, shapes, flags (beads per flag), flagged beads and verdicts from page data."""
    shapes = Counter()
    flags = Counter()
    flagged = []
    for position, bead in enumerate(data["beads"]):
        shapes[f"{side_count(bead[5])}-{side_count(bead[6])}"] += 1
        notes = bead[7]
        for flag in {note[0] for note in notes}:
            flags[flag] += 1
        if notes:
            flagged.append(position)
    verdicts = {d["id"]: (d["verdict"] or {}).get("kind", "none") for d in data["documents"]}
    return {"beads": len(data["beads"]), "shapes": dict(shapes), "flags": dict(flags),
            "flagged": flagged, "verdicts": verdicts}


def jsonl_figures(text):
    """Beads, shapes and verdict kinds of `bitext align --format jsonl` output."""
    beads = [json.loads(line) for line in text.splitlines() if line.strip()]
    shapes = Counter(f"{len(b['source_ids'])}-{len(b['target_ids'])}" for b in beads)
    verdicts = {b["document"]: b["verdict"]["kind"] for b in beads if b.get("verdict")}
    return {"beads": len(beads), "shapes": dict(shapes), "verdicts": verdicts}


def parse_beads(text):
    """`bitext align --format beads` lines `[3, 4]:[3]` as (source ids, target ids) tuples."""
    def ids(side):
        return tuple(int(i) for i in re.findall(r"\d+", side))

    return [tuple(ids(side) for side in line.split(":")) for line in text.splitlines()]


def review_counts(stderr):
    """The flagged beads `bitext review` reports ("bitext review: 35 beads, 0 flagged; …")."""
    match = re.search(r"bitext review: (\d+) beads, (\d+) flagged", stderr)
    if not match:
        raise CheckFailed(f"bitext review said no bead count: {stderr!r}")
    return int(match.group(1)), int(match.group(2))


def run_summary(text, labels):
    """Beads, shapes, verdict and flags (beads per flag) from what `bitext run` prints:
    "beads: 35 (1-1: 34, 2-1: 1)", "verdict: translation (…)", QualityCheck's
    "flags: 3 beads flagged — low confidence 2, omission 2" (or "flags: no bead flagged")."""
    beads = re.search(r"^\s*beads: (\d+) \((.*)\)$", text, re.M)
    verdict = re.search(r"^\s*verdict: ([\w-]+)", text, re.M)
    flags = re.search(r"^\s*flags: (?:no bead flagged|(\d+) beads? flagged — (.*))$", text, re.M)
    if not (beads and verdict and flags):
        raise CheckFailed(f"bitext run printed no beads, verdict or flags line: {text!r}")
    shapes = dict((shape, int(count)) for shape, count in
                  (item.split(": ") for item in beads.group(2).split(", ")))
    by_label = {label: flag for flag, label in labels}
    counts = {}
    for item in (flags.group(2) or "").split(", "):
        if item:
            label, count = item.rsplit(" ", 1)
            counts[by_label[label]] = int(count)
    return {"beads": int(beads.group(1)), "shapes": shapes, "verdict": verdict.group(1),
            "flags": counts, "flagged": int(flags.group(1) or 0)}


class Outputs:
    """What the command line says of one pair: `bitext review`'s page and report, `bitext
    align --format jsonl`, and `bitext run`'s summary (QualityCheck's flags)."""

    def __init__(self, binary, pair, options, page, run_folder):
        self.page = page
        self.review = bitext(binary, "review", *pair, *options, "-o", page).stderr
        self.jsonl = bitext(binary, "align", *pair, "--format", "jsonl").stdout
        run = bitext(binary, "run", *pair, *options, "--format", "jsonl", "--out", run_folder)
        self.run = run.stdout + run.stderr


# ---- The page as shown ----


def shown_figures(browser):
    """What the page's header shows: beads, shapes, flags, flagged beads, verdicts."""
    return browser.js("""
        const counts = (selector, key) => Object.fromEntries(
          Array.from(document.querySelectorAll(selector))
            .map((e) => [e.dataset[key], Number(e.dataset.count)]));
        const progress = document.getElementById('progress');
        return {
          beads: Number(progress.dataset.beads),
          progress: progress.textContent,
          shapes: counts('#shape-counts [data-shape]', 'shape'),
          flags: counts('#flag-counts [data-flag]', 'flag'),
          flagged: Number(progress.dataset.flagged),
          verdicts: Object.fromEntries(Array.from(document.querySelectorAll('#verdict .verdict'))
            .map((e) => [e.dataset.document, e.dataset.kind])),
          verdictText: Array.from(document.querySelectorAll('#verdict .verdict'))
            .map((e) => e.textContent),
        };
    """)


def row(browser, position):
    """The drawn row of a bead position, or None."""
    rows = browser.driver.find_elements(By.CSS_SELECTOR, f'#rows .bead[data-bead="{position}"]')
    return rows[0] if rows else None


def in_sight(browser, element):
    """Whether an element lies inside the visible part of the bead list."""
    return browser.js("""
        const box = document.getElementById('rows').getBoundingClientRect();
        const r = arguments[0].getBoundingClientRect();
        return r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    """, element)


def scroll_to_row(browser, position):
    """Scrolls the bead list with the mouse wheel until the row of `position` is in sight."""
    rows = browser.driver.find_element(By.ID, "rows")
    for _ in range(200):
        found = row(browser, position)
        if found is not None and in_sight(browser, found):
            return found
        if found is not None:
            below = browser.js("return arguments[0].getBoundingClientRect().top"
                               " > arguments[1].getBoundingClientRect().top", found, rows)
        else:
            below = min(browser.review("rendered"), default=0) < position
        ActionChains(browser.driver).scroll_from_origin(
            ScrollOrigin.from_element(rows), 0, 150 if below else -150).perform()
        browser.next_frame()
    raise CheckFailed(f"scrolling never brought bead {position} into sight")


def click_row(browser, position):
    """Selects a bead as a reviewer does: scrolls to its row and clicks its number."""
    found = scroll_to_row(browser, position)
    found.find_element(By.CSS_SELECTOR, ".bead-number").click()
    expect_equal(browser.review("state")["selected"], position,
                 f"selection after clicking bead {position}")
    return found


def press(browser, keys):
    """Types keys into whatever has the focus."""
    ActionChains(browser.driver).send_keys(keys).perform()
    browser.next_frame()


def bead_ids(bead):
    return (tuple(bead["source_ids"]), tuple(bead["target_ids"]))


# ---- The checks ----


class ReviewPageTest:
    """The checks, in order: later ones use what earlier ones left (the edits, the export)."""

    def __init__(self, binary, work):
        self.binary = binary
        self.work = work
        self.downloads = work / "downloads"
        self.downloads.mkdir(parents=True, exist_ok=True)
        self.pair = [SAMPLE / "fr.txt", SAMPLE / "en.txt", *LANGUAGES, "--document", DOCUMENT]
        self.page = work / "review.html"
        self.sample = Outputs(binary, self.pair, [], self.page, work / "run")
        self.corrections = None
        self.confirmed = []
        self.damaged_page = None

    def checks(self):
        return [
            ("sample page counts", self.sample_counts),
            ("search", self.search),
            ("merge by clicking a row and the merge button", self.merge),
            ("m merges and u undoes", self.merge_and_undo_keys),
            ("c and the check toggle mark beads checked", self.check_marks),
            ("export corrections downloads corrections.json", self.export),
            ("align --constraints keeps the merged and checked beads", self.constraints),
            ("review --constraints shows the confirmed beads checked", self.review_again),
            ("texts changed since the review are refused", self.changed_texts),
            ("an edited hash is refused", self.edited_hash),
            ("damaged sample: counts and flags", self.damaged_counts),
            ("j/k and n/p step through the flagged beads", self.keyboard_navigation),
            ("flag buttons and flagged-only filter", self.flag_filters),
        ]

    def counts(self, browser, outputs):
        """The figures shown equal the page data's, the JSONL's and those bitext review and
        bitext run report."""
        data = data_figures(page_data(outputs.page))
        shown = shown_figures(browser)
        cli_beads, cli_flagged = review_counts(outputs.review)
        expect_equal(shown["beads"], data["beads"], "beads (page data)")
        expect_equal(shown["beads"], cli_beads, "beads (bitext review)")
        expect(shown["progress"].startswith(f"{data['beads']} beads"),
               f"#progress says {shown['progress']!r}")
        expect_equal(shown["shapes"], data["shapes"], "beads per shape (page data)")
        expect_equal(shown["flags"], data["flags"], "beads per flag (page data)")
        expect_equal(shown["flagged"], len(data["flagged"]), "flagged beads (page data)")
        expect_equal(shown["flagged"], cli_flagged, "flagged beads (bitext review)")
        expect_equal(shown["verdicts"], data["verdicts"], "verdicts (page data)")
        summary = run_summary(outputs.run, page_data(outputs.page)["flags"])
        expect_equal(shown["beads"], summary["beads"], "beads (bitext run)")
        expect_equal(shown["shapes"], summary["shapes"], "beads per shape (bitext run)")
        expect_equal(shown["flags"], summary["flags"], "beads per flag (bitext run's QualityCheck)")
        expect_equal(shown["flagged"], summary["flagged"], "flagged beads (bitext run)")
        expect_equal(list(shown["verdicts"].values()), [summary["verdict"]], "verdict (bitext run)")
        aligned = jsonl_figures(outputs.jsonl)
        expect_equal(shown["beads"], aligned["beads"], "beads (bitext align --format jsonl)")
        expect_equal(shown["shapes"], aligned["shapes"], "beads per shape (JSONL)")
        expect_equal(shown["verdicts"], aligned["verdicts"], "verdicts (JSONL)")
        state = browser.review("state")
        expect_equal(state["beads"], data["beads"], "state().beads")
        expect(0 < state["rendered"] <= data["beads"],
               f"{state['rendered']} rows drawn of {data['beads']}")
        return data, shown

    def sample_counts(self, browser):
        browser.open(self.page)
        data, shown = self.counts(browser, self.sample)
        verdict = page_data(self.page)["documents"][0]["verdict"]
        expect_equal(shown["verdicts"], {DOCUMENT: "translation"}, "the sample's verdict")
        expect(shown["verdictText"][0].startswith(
            f"translation · confidence {verdict['confidence']:.2f}"),
            f"verdict text {shown['verdictText']!r}")

    def search(self, browser):
        browser.open(self.page)
        beads = browser.review("beads")
        for term in ["BelTA", "Grodno", "Newsweek"]:
            browser.driver.find_element(By.ID, "title").click()
            press(browser, "/")
            box = browser.driver.switch_to.active_element
            expect_equal(box.get_attribute("id"), "search", "the element / focuses")
            box.send_keys(Keys.CONTROL, "a")
            box.send_keys(term)
            browser.wait_for(lambda d: browser.review("state")["search"] == term.lower(),
                             f"the search for {term} never applied", timeout=5)
            browser.next_frame()
            wanted = [b["position"] for b in beads
                      if term.lower() in "\n".join(b["source"] + b["target"]).lower()]
            expect(wanted, f"no bead of the sample holds {term}")
            expect_equal(browser.review("visible"), wanted, f"beads matching {term}")
            marks = browser.js(
                "return Array.from(document.querySelectorAll('#rows .bead mark'))"
                ".map((m) => m.textContent)")
            expect(marks and all(m.lower() == term.lower() for m in marks),
                   f"marked matches for {term}: {marks}")
            press(browser, Keys.ESCAPE)
            expect(browser.driver.switch_to.active_element.get_attribute("id") != "search",
                   "Escape leaves the search box")
        browser.driver.find_element(By.ID, "clear-filter").click()
        browser.next_frame()
        expect_equal(browser.review("state")["view"], len(beads), "beads after Show all")

    def merge(self, browser):
        browser.open(self.page)
        before = browser.review("beads")
        position = 4
        first, second = before[position], before[position + 1]
        click_row(browser, position)
        browser.driver.find_element(By.ID, "merge-button").click()
        browser.next_frame()
        after = browser.review("beads")
        expect_equal(len(after), len(before) - 1, "beads after the merge")
        merged = after[position]
        expect_equal(merged["source_ids"], first["source_ids"] + second["source_ids"],
                     "the merged bead's source ids")
        expect_equal(merged["target_ids"], first["target_ids"] + second["target_ids"],
                     "the merged bead's target ids")
        expect(merged["edited"] and merged["checked"], f"merged bead state {merged}")
        shown = row(browser, position)
        expect(shown is not None and "edited" in shown.get_attribute("class").split(),
               "the merged row is drawn as edited")
        expect_equal(shown.find_element(By.CSS_SELECTOR, ".shape").text, merged["shape"],
                     "the merged row's shape")
        self.confirmed.append(bead_ids(merged))

    def merge_and_undo_keys(self, browser):
        count = browser.review("state")["beads"]
        click_row(browser, 0)
        press(browser, "m")
        expect_equal(browser.review("state")["beads"], count - 1, "beads after m")
        press(browser, "u")
        state = browser.review("state")
        expect_equal(state["beads"], count, "beads after u")
        expect_equal(browser.review("bead", 0)["shape"], "1-1", "bead 0 after the undo")
        expect(len(state["history"]) == 1, f"one correction left to undo: {state['history']}")

    def check_marks(self, browser):
        click_row(browser, 10)
        press(browser, "c")
        expect(browser.review("bead", 10)["checked"], "bead 10 checked after c")
        expect_equal(row(browser, 10).find_element(By.CSS_SELECTOR, ".check-toggle")
                     .get_attribute("aria-pressed"), "true", "bead 10's toggle")
        self.confirmed.append(bead_ids(browser.review("bead", 10)))
        toggle_row = scroll_to_row(browser, 22)
        toggle_row.find_element(By.CSS_SELECTOR, ".check-toggle").click()
        browser.next_frame()
        checked = browser.review("bead", 22)
        expect(checked["checked"] and not checked["edited"], f"bead 22 after its toggle: {checked}")
        self.confirmed.append(bead_ids(checked))
        expect_equal(browser.review("state")["confirmed"], 3, "confirmed beads")
        expect(browser.driver.find_element(By.ID, "progress").text.endswith(
            "3 confirmed (1 edited)"), "#progress counts the confirmed beads")

    def export(self, browser):
        for old in self.downloads.glob("*"):
            old.unlink()
        browser.driver.find_element(By.ID, "export-button").click()
        target = self.downloads / "corrections.json"
        # Chromium downloads into corrections.json.crdownload, then renames it.
        browser.wait_for(lambda d: target.exists(), "no corrections.json was downloaded",
                         timeout=20)
        downloaded = json.loads(target.read_text(encoding="utf-8"))
        expected = json.loads(browser.review("exportCorrections"))
        expect_equal(downloaded, expected, "the downloaded corrections")
        expect_equal(downloaded["format"], "bitext-corrections", "format")
        documents = downloaded["documents"]
        expect_equal([d["document"] for d in documents], [DOCUMENT], "documents")
        exported = [(tuple(b["source_ids"]), tuple(b["target_ids"]))
                    for b in documents[0]["confirmed"]]
        expect_equal(sorted(exported), sorted(self.confirmed), "confirmed beads in the file")
        self.corrections = self.work / "corrections.json"
        self.corrections.write_bytes(target.read_bytes())
        expect("Exported 3 confirmed beads" in browser.driver.find_element(By.ID, "status").text,
               "the status says what was exported")

    def constraints(self, browser):
        expect(self.corrections, "no corrections were exported")
        original = parse_beads(bitext(self.binary, "align", *self.pair, "--format", "beads").stdout)
        aligned = parse_beads(bitext(self.binary, "align", *self.pair, "--constraints",
                                     self.corrections, "--format", "beads").stdout)
        for bead in self.confirmed:
            expect(bead in aligned, f"bead {bead} is not in the new alignment")
        expect(self.confirmed[0] not in original, "the merged bead was already in the alignment")
        covered = [i for bead in aligned for i in bead[0]]
        expect_equal(covered, sorted(covered), "source ids in order")

    def review_again(self, browser):
        expect(self.corrections, "no corrections were exported")
        page = self.work / "review-again.html"
        bitext(self.binary, "review", *self.pair, "--constraints", self.corrections, "-o", page)
        browser.open(page)
        checked = {bead_ids(b) for b in browser.review("beads") if b["checked"]}
        expect_equal(checked, set(self.confirmed), "beads that start checked")
        exported = json.loads(browser.review("exportCorrections"))
        expect_equal(exported, json.loads(self.corrections.read_text(encoding="utf-8")),
                     "the new page's export")

    def refused(self, source, corrections):
        result = bitext(self.binary, "align", source, self.pair[1], *self.pair[2:],
                        "--constraints", corrections, check=False)
        expect(result.returncode != 0, "bitext align accepted the corrections")
        expect("changed since the review" in result.stderr and str(corrections) in result.stderr,
               f"the message does not say what changed: {result.stderr!r}")

    def changed_texts(self, browser):
        expect(self.corrections, "no corrections were exported")
        # The first sentence of the merged bead, changed by a word in upper case.
        first_id = self.confirmed[0][0][0]
        sentence = next(unit[2] for bead in page_data(self.page)["beads"] for unit in bead[5]
                        if unit[0] == first_id)
        text = (SAMPLE / "fr.txt").read_text(encoding="utf-8")
        words = [w for w in re.findall(r"\w{6,}", sentence) if text.count(w) == 1]
        expect(words, f"no word of {sentence!r} to change")
        edited = self.work / "fr-edited.txt"
        edited.write_text(text.replace(words[0], words[0].upper()), encoding="utf-8")
        self.refused(edited, self.corrections)

    def edited_hash(self, browser):
        expect(self.corrections, "no corrections were exported")
        corrections = json.loads(self.corrections.read_text(encoding="utf-8"))
        bead = corrections["documents"][0]["confirmed"][0]
        bead["hash"] = bead["hash"][:-4] + ("0000" if not bead["hash"].endswith("0000") else "1111")
        tampered = self.work / "corrections-edited.json"
        tampered.write_text(json.dumps(corrections), encoding="utf-8")
        self.refused(self.pair[0], tampered)

    def make_damaged_page(self):
        """The sample with two English sentences deleted and a date changed, and its page."""
        text = (SAMPLE / "en.txt").read_text(encoding="utf-8")
        for sentence in DELETED:
            expect(sentence + "\n\n" in text, f"{sentence!r} is not in en.txt")
            text = text.replace(sentence + "\n\n", "")
        expect(CHANGED[0] in text, f"{CHANGED[0]!r} is not in en.txt")
        text = text.replace(*CHANGED)
        english = self.work / "en-damaged.txt"
        english.write_text(text, encoding="utf-8")
        pair = [SAMPLE / "fr.txt", english, *LANGUAGES, "--document", DOCUMENT]
        self.damaged_page = self.work / "review-damaged.html"
        self.damaged = Outputs(self.binary, pair, ["--low-score", DAMAGED_LOW_SCORE],
                               self.damaged_page, self.work / "run-damaged")

    def damaged_counts(self, browser):
        self.make_damaged_page()
        browser.open(self.damaged_page)
        data, shown = self.counts(browser, self.damaged)
        expect(len(data["flagged"]) >= 2, f"only {len(data['flagged'])} flagged beads")
        for flag in ["omission", "low-confidence", "number-mismatch"]:
            expect(flag in shown["flags"], f"nothing flagged {flag}: {shown['flags']}")
        badges = browser.js(
            "return Array.from(document.querySelectorAll('#rows .bead .badge.flag'))"
            ".every((b) => b.title.length > 0)")
        expect(badges, "every flag badge gives its reason")

    def keyboard_navigation(self, browser):
        expect(self.damaged_page, "no damaged page")
        browser.open(self.damaged_page)
        flagged = data_figures(page_data(self.damaged_page))["flagged"]
        browser.driver.find_element(By.ID, "rows").click()
        steps = [("j", flagged[0]), ("j", flagged[1]), ("k", flagged[0]), ("n", flagged[1]),
                 ("p", flagged[0])]
        if len(flagged) > 2:
            steps += [("j", flagged[1]), ("j", flagged[2]), ("k", flagged[1])]
        for key, wanted in steps:
            press(browser, key)
            expect_equal(browser.review("state")["selected"], wanted, f"selection after {key}")
            shown = row(browser, wanted)
            expect(shown is not None and "selected" in shown.get_attribute("class").split(),
                   f"bead {wanted} is drawn selected after {key}")
            expect(in_sight(browser, shown), f"bead {wanted} is in sight after {key}")
        press(browser, "k")
        press(browser, "k")
        expect_equal(browser.review("state")["selected"], flagged[0], "selection above the first")
        expect_equal(browser.driver.find_element(By.ID, "status").text,
                     "No flagged bead above.", "status")
        notes = browser.driver.find_elements(By.CSS_SELECTOR, "#selection-notes li")
        expect(notes, "the selected flagged bead's reasons are listed")

    def flag_filters(self, browser):
        expect(self.damaged_page, "no damaged page")
        browser.open(self.damaged_page)
        figures = data_figures(page_data(self.damaged_page))
        for flag, count in figures["flags"].items():
            selector = f'#flag-counts [data-flag="{flag}"]'
            browser.driver.find_element(By.CSS_SELECTOR, selector).click()
            browser.next_frame()
            expect_equal(browser.review("state")["view"], count, f"beads shown for {flag}")
            rows = browser.driver.find_elements(By.CSS_SELECTOR, "#rows .bead")
            expect(rows and all(flag in r.get_attribute("data-flags").split() for r in rows),
                   f"rows drawn for {flag} all carry it")
            browser.driver.find_element(By.CSS_SELECTOR, selector).click()
            browser.next_frame()
            expect_equal(browser.review("state")["view"], figures["beads"], f"after {flag} again")
        browser.driver.find_element(By.ID, "flagged-only").click()
        browser.next_frame()
        expect_equal(browser.review("visible"), figures["flagged"], "flagged beads only")

    def screenshot(self, browser, path):
        """The damaged sample's page mid-review: two beads checked, then `j` to the first
        flagged bead."""
        if self.damaged_page is None:
            self.make_damaged_page()
        browser.open(self.damaged_page)
        for position in (19, 20):
            scroll_to_row(browser, position).find_element(By.CSS_SELECTOR, ".check-toggle").click()
        browser.driver.find_element(By.ID, "title").click()
        press(browser, "j")
        time.sleep(0.3)
        browser.driver.save_screenshot(str(path))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bitext", required=True, type=Path, help="the bitext binary")
    parser.add_argument("--work", required=True, type=Path, help="a folder for the files")
    parser.add_argument("--screenshot", type=Path, help="also save a PNG of the page here")
    parser.add_argument("--only", help="run the checks whose name contains this")
    arguments = parser.parse_args()
    arguments.work.mkdir(parents=True, exist_ok=True)

    try:
        test = ReviewPageTest(arguments.bitext.resolve(), arguments.work.resolve())
        browser = Browser(downloads=test.downloads)
    except (RuntimeError, WebDriverException, OSError) as error:
        print(f"cannot start: {error}", file=sys.stderr)
        return 2
    passed = failed = 0
    with browser:
        for name, check in test.checks():
            if arguments.only and arguments.only not in name:
                continue
            started = time.perf_counter()
            try:
                check(browser)
            except CheckFailed as failure:
                failed += 1
                print(f"FAIL {name}: {failure}")
            except Exception:  # a broken step is a failed check, with its trace
                failed += 1
                print(f"FAIL {name}: {traceback.format_exc()}")
            else:
                passed += 1
                print(f"PASS {name} ({time.perf_counter() - started:.1f} s)")
            sys.stdout.flush()
        if arguments.screenshot:
            test.screenshot(browser, arguments.screenshot)
            print(f"saved {arguments.screenshot}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
