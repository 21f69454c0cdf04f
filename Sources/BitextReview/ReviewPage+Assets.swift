// swift-format-ignore-file
// Generated from Sources/BitextReview/Page/* by Dictionaries/generate-embedded.sh.
// Do not edit: edit the data files and run the script (a test checks they agree).

extension ReviewPage {
  /// The review page's template, style sheet and scripts, by file name.
  static let embeddedData: [String: String] = [
    "review-model.js": #"""
/*
 * Bitext review page: the model. The beads of the reviewed alignment, the corrections a
 * reviewer makes (merge, split, move a sentence, mark checked), their undo history, and the
 * corrections file they export. Nothing here touches the page: review.js draws it. The same
 * code runs under Node for Bitext's tests (module.exports).
 *
 * A bead is a plain object, never changed once made (an edit replaces beads by new ones):
 *   {doc, index, score, source: {start, units}, target: {start, units}, notes,
 *    checked, edited, key}
 * doc: the index of its document; index: its index in the corpus (edited beads keep the first
 * one's); score: the aligner's score, null for an edited bead; start: the first sentence id of
 * the side (where an empty side sits); units: the side's sentences, each
 *   {start, end, text, block, kind, location, origin}
 * (ids start..end-1, usually one; a format that keeps one text per side gives one unit for
 * several ids); notes: [{flag, reason}]; checked: confirmed by the reviewer (an edit confirms
 * the beads it makes); edited: made by an edit; key: a number unique to the bead object.
 *
 * Corrections file (CorrectionSet in Sources/BitextCorpus/CorrectionSet.swift): every
 * checked bead, by document, with the FNV-1a 64 hash of its sentences' texts; a bead with an
 * empty side gives that side's position (source_at, target_at: the sentence it comes before).
 */
(function (root) {
  'use strict';

  // ---- The text hash of CorrectionSet.textHash ----

  const utf8 = new TextEncoder();

  /*
   * 64-bit FNV-1a over the UTF-8 bytes of each source text followed by 0x1E, then 0x1D, then
   * each target text followed by 0x1E; "fnv1a64:" and 16 lowercase hex digits. The 64-bit
   * state is four 16-bit limbs (h0 lowest) in small integers. The FNV prime is 2^40 + 0x1B3:
   * a product is each limb times 0x1B3, plus h0 and h1 shifted left by 40 bits (8 bits into
   * limbs 2 and 3), the carries then passed up.
   */
  function textHash(source, target) {
    const h = [0x2325, 0x8422, 0x9ce4, 0xcbf2];
    function addBytes(bytes) {
      let h0 = h[0];
      let h1 = h[1];
      let h2 = h[2];
      let h3 = h[3];
      for (let i = 0; i < bytes.length; i++) {
        h0 ^= bytes[i];
        let t0 = h0 * 0x1b3;
        let t1 = h1 * 0x1b3;
        let t2 = h2 * 0x1b3 + (h0 << 8);
        let t3 = h3 * 0x1b3 + (h1 << 8);
        t1 += t0 >>> 16;
        t2 += t1 >>> 16;
        t3 += t2 >>> 16;
        h0 = t0 & 0xffff;
        h1 = t1 & 0xffff;
        h2 = t2 & 0xffff;
        h3 = t3 & 0xffff;
      }
      h[0] = h0;
      h[1] = h1;
      h[2] = h2;
      h[3] = h3;
    }
    const recordSeparator = new Uint8Array([0x1e]);
    function addTexts(texts) {
      for (const text of texts) {
        addBytes(utf8.encode(text));
        addBytes(recordSeparator);
      }
    }
    addTexts(source);
    addBytes(new Uint8Array([0x1d]));
    addTexts(target);
    const hex = (limb) => limb.toString(16).padStart(4, '0');
    return 'fnv1a64:' + hex(h[3]) + hex(h[2]) + hex(h[1]) + hex(h[0]);
  }

  // ---- Beads ----

  let nextKey = 1;

  /* A new bead object from its parts (a fresh key). */
  function makeBead(parts) {
    return {
      doc: parts.doc,
      index: parts.index,
      score: parts.score === undefined ? null : parts.score,
      source: parts.source,
      target: parts.target,
      notes: parts.notes || [],
      checked: !!parts.checked,
      edited: !!parts.edited,
      key: nextKey++,
    };
  }

  /* A unit of the page data: [start, end, text, block, kind, location, origin]. */
  function decodeUnit(unit) {
    return {
      start: unit[0],
      end: unit[1],
      text: unit[2],
      block: unit[3] === undefined ? null : unit[3],
      kind: unit[4] || null,
      location: unit[5] || null,
      origin: unit[6] || null,
    };
  }

  /* A bead of the page data: [doc, index, score, source_start, target_start, source, target,
   * notes] and 1 when a previous review confirmed it. */
  function decodeBead(row) {
    return makeBead({
      doc: row[0],
      index: row[1],
      score: row[2],
      source: { start: row[3], units: row[5].map(decodeUnit) },
      target: { start: row[4], units: row[6].map(decodeUnit) },
      notes: row[7].map((note) => ({ flag: note[0], reason: note[1] })),
      checked: row[8] === 1,
    });
  }

  /* The sentence ids of a side, in order. */
  function sideIDs(side) {
    const ids = [];
    for (const unit of side.units) for (let id = unit.start; id < unit.end; id++) ids.push(id);
    return ids;
  }

  /* The number of sentence ids of a side. */
  function sideCount(side) {
    let count = 0;
    for (const unit of side.units) count += unit.end - unit.start;
    return count;
  }

  /* The end of a side: one past its last id (its start when empty). */
  function sideEnd(side) {
    return side.units.length ? side.units[side.units.length - 1].end : side.start;
  }

  /* A side of the given units; `start` places it when it is empty. */
  function side(units, start) {
    return { start: units.length ? units[0].start : start, units: units };
  }

  /* Two sides one after the other, or null when their ids would not be consecutive. */
  function joinSides(first, second) {
    if (!first.units.length) return side(second.units, second.units.length ? 0 : first.start);
    if (!second.units.length) return first;
    if (sideEnd(first) !== second.units[0].start) return null;
    return side(first.units.concat(second.units), first.start);
  }

  /* "2-1": the shape of a bead, counted in sentence ids. */
  function shapeOf(bead) {
    return sideCount(bead.source) + '-' + sideCount(bead.target);
  }

  /* The confidence band of a score: "high", "mid" or "low" ("none" for an edited bead). */
  function band(score, lowScore) {
    if (score === null || score === undefined) return 'none';
    if (score < lowScore) return 'low';
    if (score < (lowScore + 1) / 2) return 'mid';
    return 'high';
  }

  // ---- The review ----

  /*
   * The beads of a page and the corrections made to them. Every correction replaces a run of
   * beads by new ones (replace()), recorded for undo(). Methods that edit return null when
   * done and a sentence saying why not otherwise.
   */
  class Review {
    constructor(data) {
      this.data = data;
      this.lowScore = data.low_score;
      this.documents = data.documents.map((d, i) => ({
        index: i,
        id: d.id,
        sourceSentences: d.source_sentences,
        targetSentences: d.target_sentences,
        verdict: d.verdict,
      }));
      this.flags = data.flags.map((f) => ({ flag: f[0], label: f[1] }));
      this.beads = data.beads.map(decodeBead);
      this.history = [];
      // Bumped on every change, for the page's caches.
      this.version = 0;
      this.joinedSides = this.beads.some((b) =>
        b.source.units.concat(b.target.units).some((u) => u.end - u.start > 1));
    }

    /* Replaces `count` beads from `start` by `beads`; undoable. */
    replace(start, count, beads, label) {
      const removed = this.beads.splice(start, count, ...beads);
      this.history.push({ start: start, removed: removed, inserted: beads.length, label: label });
      this.version++;
    }

    /* Undoes the last correction; its label, or null when there is none. */
    undo() {
      const last = this.history.pop();
      if (!last) return null;
      this.beads.splice(last.start, last.inserted, ...last.removed);
      this.version++;
      return last.label;
    }

    get canUndo() {
      return this.history.length > 0;
    }

    /* Why bead i cannot be edited, or null. */
    missing(i) {
      return Number.isInteger(i) && i >= 0 && i < this.beads.length ? null : 'no bead ' + i;
    }

    /* Marks bead i checked (on = true), unchecked (false) or the other way (undefined). */
    check(i, on) {
      const why = this.missing(i);
      if (why) return why;
      const bead = this.beads[i];
      const value = on === undefined ? !bead.checked : !!on;
      if (value === bead.checked) return null;
      const copy = makeBead(Object.assign({}, bead, { checked: value }));
      this.replace(i, 1, [copy], value ? 'check' : 'uncheck');
      return null;
    }

    /* Merges bead i with bead i + 1 of the same document. */
    merge(i) {
      const why = this.missing(i) || this.missing(i + 1);
      if (why) return 'bead ' + i + ' has no next bead to merge with';
      const a = this.beads[i];
      const b = this.beads[i + 1];
      if (a.doc !== b.doc) return 'the next bead is in another document';
      const source = joinSides(a.source, b.source);
      const target = joinSides(a.target, b.target);
      if (!source || !target) return 'the two beads are not consecutive (sentences between them were left out)';
      const merged = makeBead({
        doc: a.doc, index: a.index, source: source, target: target, checked: true, edited: true,
      });
      this.replace(i, 2, [merged], 'merge');
      return null;
    }

    /*
     * Splits bead i. With counts: after `sourceCount` source and `targetCount` target units
     * (both parts keep at least one sentence). Without: into one-to-one pairs from the start,
     * the remainder of the longer side as the last bead; a one-sided bead into single
     * sentences.
     */
    split(i, sourceCount, targetCount) {
      const why = this.missing(i);
      if (why) return why;
      const bead = this.beads[i];
      const s = bead.source.units;
      const t = bead.target.units;
      if (s.length + t.length < 2) return 'bead ' + i + ' has a single sentence';
      const parts = [];
      const part = (sFrom, sTo, tFrom, tTo) => {
        parts.push(makeBead({
          doc: bead.doc,
          index: bead.index,
          source: side(s.slice(sFrom, sTo), sFrom < s.length ? s[sFrom].start : sideEnd(bead.source)),
          target: side(t.slice(tFrom, tTo), tFrom < t.length ? t[tFrom].start : sideEnd(bead.target)),
          checked: true,
          edited: true,
        }));
      };
      if (sourceCount === undefined && targetCount === undefined) {
        if (s.length === 1 && t.length === 1) return 'bead ' + i + ' is one-to-one: give the split point to separate its sentences';
        const pairs = Math.min(s.length, t.length);
        if (pairs === 0) {
          for (let k = 0; k < s.length; k++) part(k, k + 1, 0, 0);
          for (let k = 0; k < t.length; k++) part(0, 0, k, k + 1);
        } else {
          const last = s.length === t.length ? pairs - 1 : pairs;
          for (let k = 0; k < last; k++) part(k, k + 1, k, k + 1);
          part(last, s.length, last, t.length);
        }
      } else {
        const a = Number(sourceCount) || 0;
        const b = Number(targetCount) || 0;
        if (a < 0 || b < 0 || a > s.length || b > t.length) {
          return 'bead ' + i + ' has ' + s.length + ' source and ' + t.length + ' target sentences';
        }
        if (a + b === 0 || a + b === s.length + t.length) return 'both parts need a sentence';
        part(0, a, 0, b);
        part(a, s.length, b, t.length);
      }
      this.replace(i, 1, parts, 'split');
      return null;
    }

    /*
     * Moves a sentence of bead i to a neighbour: `edge` "first" moves the first sentence of
     * `sideName` ("source" or "target") to the end of bead i - 1, "last" moves the last one to
     * the start of bead i + 1. A bead left without sentences is removed.
     */
    move(i, sideName, edge) {
      const why = this.missing(i);
      if (why) return why;
      if (sideName !== 'source' && sideName !== 'target') return 'the side is "source" or "target"';
      if (edge !== 'first' && edge !== 'last') return 'the edge is "first" or "last"';
      const bead = this.beads[i];
      const units = bead[sideName].units;
      if (!units.length) return 'bead ' + i + ' has no ' + sideName + ' sentence';
      const j = edge === 'first' ? i - 1 : i + 1;
      if (this.missing(j)) return 'bead ' + i + ' has no ' + (edge === 'first' ? 'previous' : 'next') + ' bead';
      const neighbour = this.beads[j];
      if (neighbour.doc !== bead.doc) return 'the neighbouring bead is in another document';
      const moved = edge === 'first' ? units[0] : units[units.length - 1];
      const rest = edge === 'first' ? units.slice(1) : units.slice(0, -1);
      const single = side([moved], moved.start);
      const joined = edge === 'first'
        ? joinSides(neighbour[sideName], single)
        : joinSides(single, neighbour[sideName]);
      if (!joined) return 'the sentences would not be consecutive (sentences between the beads were left out)';
      const changed = (b, sideValue) => {
        const parts = { doc: b.doc, index: b.index, source: b.source, target: b.target, checked: true, edited: true };
        parts[sideName] = sideValue;
        return makeBead(parts);
      };
      const restSide = side(rest, edge === 'first' ? moved.end : bead[sideName].start);
      const left = changed(bead, restSide);
      const keep = left.source.units.length + left.target.units.length > 0;
      const other = changed(neighbour, joined);
      const label = 'move ' + edge + ' ' + sideName + ' sentence';
      if (edge === 'first') this.replace(j, 2, keep ? [other, left] : [other], label);
      else this.replace(i, 2, keep ? [left, other] : [other], label);
      return null;
    }

    /* The first position of each document's beads, and one past the last (documents are contiguous). */
    documentStarts() {
      const starts = new Array(this.documents.length + 1).fill(this.beads.length);
      for (let i = this.beads.length - 1; i >= 0; i--) starts[this.beads[i].doc] = i;
      for (let d = this.documents.length - 1; d >= 0; d--) {
        if (starts[d] > starts[d + 1]) starts[d] = starts[d + 1];
      }
      return starts;
    }

    /* The corrections file: every checked bead, by document, as a JSON string. */
    exportCorrections() {
      const byDocument = this.documents.map(() => []);
      for (const bead of this.beads) {
        if (!bead.checked) continue;
        const confirmed = { source_ids: sideIDs(bead.source), target_ids: sideIDs(bead.target) };
        // An empty side says where it is: the sentence it comes before.
        if (!confirmed.source_ids.length) confirmed.source_at = bead.source.start;
        if (!confirmed.target_ids.length) confirmed.target_at = bead.target.start;
        confirmed.hash = textHash(bead.source.units.map((u) => u.text), bead.target.units.map((u) => u.text));
        byDocument[bead.doc].push(confirmed);
      }
      const documents = [];
      this.documents.forEach((d, i) => {
        if (!byDocument[i].length) return;
        documents.push({
          document: d.id,
          source_lang: this.data.source_lang,
          target_lang: this.data.target_lang,
          source_sentences: d.sourceSentences,
          target_sentences: d.targetSentences,
          confirmed: byDocument[i],
        });
      });
      // One line per confirmed bead: the file stays readable and diffs well.
      const lines = documents.map((d) => {
        const head = JSON.stringify(Object.assign({}, d, { confirmed: [] })).slice(0, -3);
        return head + '[\n' + d.confirmed.map((c) => JSON.stringify(c)).join(',\n') + ']}';
      });
      return '{"format":"bitext-corrections","version":1,"documents":[\n' + lines.join(',\n') + ']}\n';
    }

    /* Bead i as plain data, for tests and the page's API. */
    describe(i) {
      const bead = this.beads[i];
      if (!bead) return null;
      return {
        position: i,
        document: this.documents[bead.doc].id,
        index: bead.index,
        score: bead.score,
        shape: shapeOf(bead),
        source_ids: sideIDs(bead.source),
        target_ids: sideIDs(bead.target),
        source: bead.source.units.map((u) => u.text),
        target: bead.target.units.map((u) => u.text),
        flags: bead.notes.map((n) => ({ flag: n.flag, reason: n.reason })),
        checked: bead.checked,
        edited: bead.edited,
      };
    }
  }

  const api = {
    Review: Review,
    textHash: textHash,
    sideIDs: sideIDs,
    sideCount: sideCount,
    shapeOf: shapeOf,
    band: band,
  };
  if (typeof module === 'object' && module.exports) module.exports = api;
  root.BitextReviewModel = api;
})(typeof window !== 'undefined' ? window : globalThis);

"""#,
    "review.css": #"""
/* Bitext review page. System fonts only: the page loads nothing. */
:root {
  --high: #2e7d32;
  --high-bg: #f1f8f1;
  --mid: #b26a00;
  --mid-bg: #fff8e6;
  --low: #c62828;
  --low-bg: #fdeeee;
  --none: #546e7a;
  --confirmed: #1565c0;
  --confirmed-bg: #e8f1fc;
  --line: #d0d4d9;
  --muted: #5f6670;
  --focus: #6a1b9a;
  --row-gap: 0;
  color-scheme: light;
}
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body {
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
  color: #1d232a;
  background: #fff;
  display: flex;
  flex-direction: column;
}
button, input, select { font: inherit; }
button {
  border: 1px solid #9aa3ad;
  background: #f6f7f9;
  border-radius: 4px;
  padding: 2px 8px;
  cursor: pointer;
}
button:hover:not(:disabled) { background: #e9ecf0; }
button:disabled { color: #9aa3ad; cursor: default; }
button[aria-pressed="true"] { background: var(--confirmed-bg); border-color: var(--confirmed); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
[hidden] { display: none !important; }

/* ---- Header ---- */
#top { border-bottom: 1px solid var(--line); padding: 6px 12px; flex: none; }
#heading { display: flex; align-items: baseline; gap: 12px; flex-wrap: wrap; }
#heading h1 { font-size: 18px; margin: 0; }
#languages { color: var(--muted); }
#summary { display: flex; gap: 18px; flex-wrap: wrap; margin: 4px 0; align-items: flex-start; }
#summary section { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
#summary .label { color: var(--muted); }
.verdict { padding: 1px 6px; border-radius: 4px; border: 1px solid var(--line); }
.verdict[data-kind="translation"] { border-color: var(--high); }
.verdict[data-kind="uncertain"] { border-color: var(--mid); }
.verdict[data-kind="mis-paired"] { border-color: var(--low); background: var(--low-bg); font-weight: 600; }
.shape { font-variant-numeric: tabular-nums; }
.count { font-weight: 600; font-variant-numeric: tabular-nums; }
#toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
#toolbar .spacer { flex: 1; }
#search { width: 18em; }
#notice { margin: 4px 0 0; color: var(--mid); }

/* ---- Rows ---- */
#main { flex: 1; display: flex; min-height: 0; }
#list-pane { flex: 1; display: flex; flex-direction: column; min-width: 0; }
#list-header, .bead {
  display: grid;
  grid-template-columns: 6.5rem minmax(0, 1fr) minmax(0, 1fr) 10rem;
}
#list-header {
  border-bottom: 1px solid var(--line);
  color: var(--muted);
  font-size: 12px;
  text-transform: uppercase;
  letter-spacing: 0.04em;
  padding-right: 14px;
}
#list-header span { padding: 2px 8px; }
#rows { flex: 1; overflow-y: auto; position: relative; contain: strict; }
#rows-spacer { width: 1px; }
#empty-view { position: absolute; top: 0; left: 0; margin: 16px; color: var(--muted); }
.bead, .doc-header {
  position: absolute;
  left: 0;
  right: 0;
  top: 0;
  border-bottom: 1px solid var(--line);
}
.bead { border-left: 6px solid var(--none); cursor: default; }
.bead > div { padding: 4px 8px; min-width: 0; overflow-wrap: anywhere; }
.bead.conf-high { border-left-color: var(--high); }
.bead.conf-mid { border-left-color: var(--mid); background: var(--mid-bg); }
.bead.conf-low { border-left-color: var(--low); background: var(--low-bg); }
.bead.checked { background: var(--confirmed-bg); }
.bead.selected { box-shadow: inset 0 0 0 2px var(--focus); }
.num { display: flex; flex-direction: column; align-items: flex-start; gap: 2px; }
.bead-number { font-weight: 600; font-variant-numeric: tabular-nums; }
.score { font-variant-numeric: tabular-nums; font-size: 12px; }
.conf-high .score { color: var(--high); }
.conf-mid .score { color: var(--mid); }
.conf-low .score { color: var(--low); font-weight: 600; }
.side-cell.source { border-right: 1px solid var(--line); }
.sentence { margin: 0 0 2px; }
.sentence .sid {
  color: var(--muted);
  font-size: 11px;
  font-variant-numeric: tabular-nums;
  margin-right: 4px;
}
.sentence.block-start { border-top: 2px dashed #8d96a0; padding-top: 3px; margin-top: 2px; }
.sentence.block-start::before { content: "\00B6 "; color: var(--muted); }
.sentence.heading { font-weight: 600; }
.kind { font-size: 11px; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 3px; margin-right: 4px; font-weight: normal; }
.origin { font-size: 11px; color: var(--mid); margin-left: 4px; }
.empty-side { color: var(--muted); font-style: italic; }
mark { background: #ffe066; color: inherit; }
.marks { display: flex; flex-wrap: wrap; gap: 3px; align-content: flex-start; }
.badge {
  display: inline-block;
  font-size: 11px;
  line-height: 1.5;
  padding: 0 5px;
  border-radius: 8px;
  border: 1px solid var(--low);
  color: var(--low);
  background: #fff;
  white-space: nowrap;
}
.badge.state { border-color: var(--confirmed); color: var(--confirmed); }
.check-toggle { font-size: 12px; padding: 0 6px; }
.doc-header {
  background: #eef0f3;
  padding: 6px 12px;
  font-weight: 600;
  display: flex;
  gap: 12px;
  align-items: center;
}

/* ---- Side panel ---- */
#side {
  width: 352px;
  flex: none;
  border-left: 1px solid var(--line);
  overflow-y: auto;
  padding: 6px 12px;
}
#side h2 { font-size: 14px; margin: 6px 0; }
#plot { display: block; background: #fafbfc; border: 1px solid var(--line); cursor: crosshair; }
#plot .dot.conf-high { fill: var(--high); }
#plot .dot.conf-mid { fill: var(--mid); }
#plot .dot.conf-low { fill: var(--low); }
#plot .dot.conf-none { fill: var(--none); }
#plot .dot.confirmed { fill: var(--confirmed); }
#plot .dot.flagged { stroke: #000; stroke-width: 1; }
#plot.small-cells .dot.flagged { stroke: none; }
#plot .axis { stroke: #b0b7bf; stroke-width: 1; fill: none; }
#plot .diagonal { stroke: #d9dde2; stroke-dasharray: 3 3; }
#plot text { font-size: 10px; fill: var(--muted); }
#plot #plot-cursor { fill: none; stroke: var(--focus); stroke-width: 2; }
#plot-legend { display: flex; gap: 8px; flex-wrap: wrap; font-size: 12px; margin: 4px 0; }
.legend::before {
  content: "";
  display: inline-block;
  width: 9px;
  height: 9px;
  margin-right: 3px;
  background: var(--none);
}
.legend.conf-high::before { background: var(--high); }
.legend.conf-mid::before { background: var(--mid); }
.legend.conf-low::before { background: var(--low); }
.legend.flagged::before { background: #fff; outline: 1px solid #000; }
.legend.confirmed::before { background: var(--confirmed); }
#actions { display: flex; flex-wrap: wrap; gap: 4px; }
.split-at { display: flex; gap: 4px; align-items: center; flex-wrap: wrap; }
.split-at input { width: 3.5em; }
#selection-notes { margin: 4px 0; padding-left: 18px; }
#status { min-height: 1.45em; color: var(--muted); }
#status.error { color: var(--low); }
#help dl { display: grid; grid-template-columns: 4em 1fr; margin: 0; font-size: 12px; }
#help dt { font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
#help dd { margin: 0; }
#help p { font-size: 12px; color: var(--muted); }

"""#,
    "review.html": #"""
<!DOCTYPE html>
<!-- Bitext review page: one self-contained file, written by `bitext review` and `bitext run`. -->
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Bitext">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{{title}}</title>
<style>
{{style}}
</style>
</head>
<body>
<header id="top">
  <div id="heading">
    <h1 id="title">{{title}}</h1>
    <span id="languages"></span>
    <label id="document-choice" hidden>Document
      <select id="document-select"></select>
    </label>
  </div>
  <div id="summary">
    <section id="verdict" aria-label="Document verdict"></section>
    <section id="shape-counts" aria-label="Beads per shape"></section>
    <section id="flag-counts" aria-label="Beads per flag (click to filter)"></section>
    <section id="progress" aria-label="Review progress"></section>
  </div>
  <div id="toolbar" role="toolbar" aria-label="View and export">
    <label for="search">Search</label>
    <input id="search" type="search" placeholder="text on either side  ( / )" autocomplete="off">
    <label><input id="flagged-only" type="checkbox"> Flagged beads only</label>
    <button id="clear-filter" type="button">Show all</button>
    <button id="previous-flagged" type="button" title="Previous flagged bead (k or p)">&#8593; Flagged</button>
    <button id="next-flagged" type="button" title="Next flagged bead (j or n)">&#8595; Flagged</button>
    <span class="spacer"></span>
    <button id="undo-button" type="button" title="Undo the last correction (u)" disabled>Undo</button>
    <button id="export-button" type="button" title="Download corrections.json">Export corrections</button>
  </div>
  <p id="notice" hidden></p>
</header>
<main id="main">
  <section id="list-pane" aria-label="Beads">
    <div id="list-header" aria-hidden="true">
      <span class="col-number">bead</span>
      <span class="col-source" id="source-heading">source</span>
      <span class="col-target" id="target-heading">target</span>
      <span class="col-marks">flags</span>
    </div>
    <div id="rows" tabindex="0" role="list" aria-label="Beads, one row each">
      <div id="rows-spacer"></div>
      <p id="empty-view" hidden>No bead matches the filter.</p>
    </div>
  </section>
  <aside id="side">
    <section id="plot-box" aria-label="Alignment path">
      <h2>Alignment path</h2>
      <svg id="plot" viewBox="0 0 320 320" width="320" height="320" role="img" aria-label="Alignment path: source sentence across, target sentence down"></svg>
      <p id="plot-legend">
        <span class="legend conf-high">high</span>
        <span class="legend conf-mid">medium</span>
        <span class="legend conf-low">low</span>
        <span class="legend flagged">flagged</span>
        <span class="legend confirmed">confirmed</span>
      </p>
    </section>
    <section id="selection" aria-label="Selected bead">
      <h2>Selected bead <span id="selection-label">none</span></h2>
      <ul id="selection-notes"></ul>
      <div id="actions" role="group" aria-label="Corrections of the selected bead">
        <button id="check-button" type="button" aria-pressed="false" title="Mark the bead checked or unchecked (c)">Mark checked</button>
        <button id="merge-button" type="button" title="Merge the bead with the next one (m)">Merge with next</button>
        <button id="split-button" type="button" title="Split into one-to-one pairs, the remainder last (s)">Split into pairs</button>
        <span class="split-at">
          <label>keep <input id="split-source" type="number" min="0" value="1"> source</label>
          <label>and <input id="split-target" type="number" min="0" value="1"> target</label>
          <button id="split-at-button" type="button" title="Split after that many sentences of each side">Split there</button>
        </span>
        <button id="move-source-first-button" type="button" title="Move the first source sentence to the previous bead">First source &#8593;</button>
        <button id="move-source-last-button" type="button" title="Move the last source sentence to the next bead">Last source &#8595;</button>
        <button id="move-target-first-button" type="button" title="Move the first target sentence to the previous bead">First target &#8593;</button>
        <button id="move-target-last-button" type="button" title="Move the last target sentence to the next bead">Last target &#8595;</button>
      </div>
      <p id="status" role="status" aria-live="polite"></p>
    </section>
    <section id="help" aria-label="Keyboard">
      <h2>Keyboard</h2>
      <dl>
        <dt>j / n</dt><dd>next flagged bead</dd>
        <dt>k / p</dt><dd>previous flagged bead</dd>
        <dt>c</dt><dd>mark checked / unchecked</dd>
        <dt>m</dt><dd>merge with the next bead</dd>
        <dt>s</dt><dd>split into pairs</dd>
        <dt>u</dt><dd>undo</dd>
        <dt>/</dt><dd>search</dd>
      </dl>
      <p>Checked and edited beads are confirmed: the export keeps them, and a re-alignment with <code>--constraints corrections.json</code> leaves them as they are.</p>
    </section>
  </aside>
</main>
<script type="application/json" id="bitext-data">{{data}}</script>
<script>
{{model}}
</script>
<script>
{{script}}
</script>
</body>
</html>

"""#,
    "review.js": #"""
/*
 * Bitext review page: the view. Draws the beads of review-model.js side by side, one row per
 * bead, only the rows in sight (virtual scrolling over measured row heights), with the
 * header's summary, the alignment-path plot and the correction buttons.
 *
 * Hooks for browser tests (stable):
 *   body[data-ready="true"]          set once the page is drawn
 *   #bitext-data                     the page data (JSON, see ReviewPageData.swift)
 *   #document-select                 document choice (shown with several documents; value =
 *                                    document position, "" = all)
 *   #verdict .verdict[data-document][data-kind]   one per document in view ("none": no verdict);
 *                                    with more than 5 documents in view, .verdict-count[data-kind]
 *                                    [data-count] instead: documents per verdict
 *   #shape-counts [data-shape="1-1"][data-count]  beads per shape (documents in view)
 *   #summary [data-flag="omission"][data-count]   buttons: beads per flag; click filters
 *                                                 (aria-pressed)
 *   #progress[data-confirmed][data-edited][data-flagged][data-beads]
 *   #search, #flagged-only, #clear-filter, #previous-flagged, #next-flagged,
 *   #undo-button, #export-button
 *   #rows .bead[data-bead="17"]      a drawn row: data-bead = position in the current bead
 *                                    list (0-based, all documents), data-document, data-index
 *                                    (the bead's index in its document), data-score
 *                                    ("" when edited), data-flags (space-separated),
 *                                    data-band (high, mid, low, none); classes conf-<band>,
 *                                    checked, edited, flagged, selected
 *   .bead .sentence[data-id]          a sentence (first id); .block-start where it begins a
 *                                    new paragraph or heading; .heading for headings
 *   .bead .badge.flag[data-flag]      a flag, its reason in title
 *   .bead .check-toggle               the row's checked toggle (aria-pressed)
 *   .doc-header[data-document]       document header rows (several documents, all shown)
 *   #plot .dot[data-bead]            plot cells (one per occupied cell, the worst bead's
 *                                    position; classes conf-<band>, flagged, confirmed)
 *   #notice                          what the reviewer should know about the corpus (hidden
 *                                    when nothing)
 *   #selection-label, #selection-notes, #status (status.error after a refused correction)
 *   #check-button, #merge-button, #split-button, #split-source, #split-target,
 *   #split-at-button, #move-source-first-button, #move-source-last-button,
 *   #move-target-first-button, #move-target-last-button
 * Keyboard: j/n next flagged bead, k/p previous, c check/uncheck, m merge with next,
 * s split into pairs, u undo, / search, Escape leaves the search box.
 *
 * window.bitextReview (every edit returns null when done, else the reason it was refused):
 *   state()                    {beads, view, rendered, document, flag, flaggedOnly, search,
 *                               selected, confirmed, edited, flagged, counts, shapes,
 *                               canUndo, history, joinedSides}
 *   bead(i), beads()           beads as plain data (position, document, index, score, shape,
 *                               source_ids, target_ids, source, target, flags, checked, edited)
 *   visible(), rendered()      positions of the beads in the view / drawn now
 *   select(i), scrollTo(i)     select a bead / bring it into sight (selects it)
 *   check(i[, on]), uncheck(i), merge(i), split(i[, sourceCount, targetCount]),
 *   move(i, "source"|"target", "first"|"last"), undo()
 *   next(), previous()         select the next / previous flagged bead of the view
 *   setDocument(id|null), setFlag(flag|null), setFlaggedOnly(bool), setSearch(text),
 *   clearFilters()
 *   exportCorrections()        the corrections file (CorrectionSet JSON) as a string
 *   downloadCorrections()      downloads it as corrections.json
 *   textHash(sourceTexts, targetTexts)   CorrectionSet.textHash
 */
(function () {
  'use strict';

  const Model = window.BitextReviewModel;
  const byId = (id) => document.getElementById(id);

  // ---- Data ----

  const data = JSON.parse(byId('bitext-data').textContent);
  const review = new Model.Review(data);
  const severalDocuments = review.documents.length > 1;

  /* What is shown: the filter, the rows it keeps, the selected bead. */
  const view = {
    document: -1, // a document position, or -1 for all
    flag: null,
    flaggedOnly: false,
    search: '',
    // The rows: a bead position, or -(document + 1) for a document header.
    items: [],
    // Sort key of each row (bead position; header: its first bead - 0.5), for lookups.
    keys: new Float64Array(0),
    selected: null,
    // The bead whose split point the split inputs show.
    shownSplit: null,
  };

  /* Lowercased text of each bead (both sides), for search; beads never change, so a bead
   * object keeps its text. */
  const searchText = new WeakMap();
  function textOf(bead) {
    let text = searchText.get(bead);
    if (text === undefined) {
      const parts = [];
      for (const unit of bead.source.units) parts.push(unit.text);
      for (const unit of bead.target.units) parts.push(unit.text);
      text = parts.join('\n').toLowerCase();
      searchText.set(bead, text);
    }
    return text;
  }

  function matches(bead) {
    if (view.flaggedOnly && bead.notes.length === 0) return false;
    if (view.flag && !bead.notes.some((n) => n.flag === view.flag)) return false;
    if (view.search && !textOf(bead).includes(view.search)) return false;
    return true;
  }

  /* The documents in view, in order. */
  function scopeDocuments() {
    return view.document < 0 ? review.documents.map((d) => d.index) : [view.document];
  }

  /* Rebuilds the rows from the filter. */
  function rebuildItems() {
    const starts = review.documentStarts();
    const items = [];
    const keys = [];
    for (const d of scopeDocuments()) {
      let header = severalDocuments && view.document < 0;
      for (let p = starts[d]; p < starts[d + 1]; p++) {
        if (!matches(review.beads[p])) continue;
        if (header) {
          items.push(-(d + 1));
          keys.push(starts[d] - 0.5);
          header = false;
        }
        items.push(p);
        keys.push(p);
      }
    }
    view.items = items;
    view.keys = Float64Array.from(keys);
  }

  /* The row of a bead position, or -1 when it is filtered out. */
  function itemOf(position) {
    let low = 0;
    let high = view.keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const key = view.keys[middle];
      if (key === position) return middle;
      if (key < position) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  // ---- Row heights: measured when drawn, estimated before ----

  /* Row heights with their running sums in a Fenwick tree: the top of a row and the row at
   * an offset in O(log n). */
  class Heights {
    constructor(values) {
      this.n = values.length;
      this.h = Float64Array.from(values);
      this.tree = new Float64Array(this.n + 1);
      for (let i = 1; i <= this.n; i++) {
        this.tree[i] += this.h[i - 1];
        const j = i + (i & -i);
        if (j <= this.n) this.tree[j] += this.tree[i];
      }
      this.step = 1;
      while (this.step * 2 <= this.n) this.step *= 2;
    }
    set(i, value) {
      const delta = value - this.h[i];
      if (delta === 0) return;
      this.h[i] = value;
      for (let k = i + 1; k <= this.n; k += k & -k) this.tree[k] += delta;
    }
    /* The top of row i: the sum of the rows before it. */
    top(i) {
      let sum = 0;
      for (let k = i; k > 0; k -= k & -k) sum += this.tree[k];
      return sum;
    }
    total() {
      return this.top(this.n);
    }
    /* The row at a vertical offset. */
    find(offset) {
      let position = 0;
      let rest = offset;
      for (let step = this.step; step > 0; step >>= 1) {
        const next = position + step;
        if (next <= this.n && this.tree[next] <= rest) {
          position = next;
          rest -= this.tree[next];
        }
      }
      return Math.min(position, this.n - 1);
    }
  }

  let measured = new WeakMap(); // bead → its drawn height at the current width
  let heights = new Heights([]);
  let charsPerLine = 60;
  const lineHeight = 20;

  function estimate(item) {
    if (item < 0) return 34;
    const bead = review.beads[item];
    const known = measured.get(bead);
    if (known !== undefined) return known;
    const lines = (units) => {
      let count = 0;
      for (const unit of units) count += Math.ceil((unit.text.length + 6) / charsPerLine);
      return count;
    };
    const textLines = Math.max(lines(bead.source.units), lines(bead.target.units), 1);
    const badgeLines = 1 + bead.notes.length;
    return Math.max(textLines * lineHeight, badgeLines * 19, 3 * lineHeight) + 10;
  }

  function rebuildHeights() {
    const column = byId('source-heading').getBoundingClientRect().width || 400;
    charsPerLine = Math.max(12, Math.floor((column - 16) / 7.4));
    heights = new Heights(view.items.map(estimate));
  }

  // ---- Drawing rows ----

  const rowsBox = byId('rows');
  const spacer = byId('rows-spacer');
  // Drawn rows: bead key (or "d" + document) → {element, item, stamp}.
  let drawn = new Map();
  // Bumped when every row must be drawn again (filters, search, edits).
  let stamp = 0;

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* `text` into `parent`, the matches of the search marked. */
  function appendText(parent, text) {
    const needle = view.search;
    const lower = needle ? text.toLowerCase() : '';
    if (!needle || lower.length !== text.length || !lower.includes(needle)) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    let from = 0;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, from)) {
      if (at > from) parent.appendChild(document.createTextNode(text.slice(from, at)));
      parent.appendChild(element('mark', '', text.slice(at, at + needle.length)));
      from = at + needle.length;
    }
    if (from < text.length) parent.appendChild(document.createTextNode(text.slice(from)));
  }

  /* The last unit of a side before bead `position` in its document, or null. */
  function previousUnit(position, sideName) {
    const doc = review.beads[position].doc;
    for (let p = position - 1; p >= 0 && p >= position - 64; p--) {
      const bead = review.beads[p];
      if (bead.doc !== doc) return null;
      const units = bead[sideName].units;
      if (units.length) return units[units.length - 1];
    }
    return null;
  }

  function drawSide(bead, position, sideName) {
    const cell = element('div', 'side-cell ' + sideName);
    const units = bead[sideName].units;
    if (!units.length) {
      cell.appendChild(element('p', 'sentence empty-side', 'no ' + sideName + ' sentence'));
      return cell;
    }
    let previous = previousUnit(position, sideName);
    for (const unit of units) {
      const line = element('p', 'sentence');
      line.dataset.id = unit.start;
      if (unit.block !== null && previous && previous.block !== null && previous.block !== unit.block) {
        line.classList.add('block-start');
      }
      const ids = unit.end - unit.start > 1 ? unit.start + '–' + (unit.end - 1) : String(unit.start);
      line.appendChild(element('span', 'sid', ids));
      if (unit.kind && /^h[1-6]$/.test(unit.kind)) {
        line.classList.add('heading');
        line.appendChild(element('span', 'kind', unit.kind));
      }
      appendText(line, unit.text);
      if (unit.origin) line.appendChild(element('span', 'origin', '[' + unit.origin + ']'));
      const where = [];
      if (unit.kind) where.push(unit.kind);
      if (unit.location) where.push(unit.location);
      line.title = 'sentence ' + ids + (where.length ? ' · ' + where.join(' ') : '');
      cell.appendChild(line);
      previous = unit;
    }
    return cell;
  }

  /* A score with two decimals, or four when two would put it on the other side of the
   * low-score threshold (0.9996 below 1 is not "1.00"). */
  function formatScore(score) {
    const short = score.toFixed(2);
    return (Number(short) < review.lowScore) === (score < review.lowScore) ? short : score.toFixed(4);
  }

  function flagLabel(flag) {
    const known = review.flags.find((f) => f.flag === flag);
    return known ? known.label : flag;
  }

  function localIndex(position) {
    return position - review.documentStarts()[review.beads[position].doc];
  }

  function drawBead(position, local) {
    const bead = review.beads[position];
    const band = Model.band(bead.score, review.lowScore);
    const row = element('div', 'bead conf-' + band);
    row.setAttribute('role', 'listitem');
    row.dataset.bead = position;
    row.dataset.document = review.documents[bead.doc].id;
    row.dataset.index = local;
    row.dataset.score = bead.score === null ? '' : bead.score;
    row.dataset.band = band;
    row.dataset.flags = bead.notes.map((n) => n.flag).join(' ');
    if (bead.checked) row.classList.add('checked');
    if (bead.edited) row.classList.add('edited');
    if (bead.notes.length) row.classList.add('flagged');
    if (view.selected === position) {
      row.classList.add('selected');
      row.setAttribute('aria-current', 'true');
    }

    const number = element('div', 'num');
    const button = element('button', 'bead-number', '#' + local);
    button.type = 'button';
    button.title = 'Select bead ' + local;
    number.appendChild(button);
    const scoreText = bead.score === null ? 'edited' : formatScore(bead.score) + ' ' + band;
    number.appendChild(element('span', 'score', scoreText));
    number.appendChild(element('span', 'shape', Model.shapeOf(bead)));
    row.appendChild(number);
    row.appendChild(drawSide(bead, position, 'source'));
    row.appendChild(drawSide(bead, position, 'target'));

    const marks = element('div', 'marks');
    for (const note of bead.notes) {
      const badge = element('span', 'badge flag', flagLabel(note.flag));
      badge.dataset.flag = note.flag;
      badge.title = note.reason;
      badge.setAttribute('aria-label', flagLabel(note.flag) + ': ' + note.reason);
      marks.appendChild(badge);
    }
    if (bead.edited) marks.appendChild(element('span', 'badge state', 'edited'));
    const toggle = element('button', 'check-toggle', bead.checked ? '✓ checked' : 'check');
    toggle.type = 'button';
    toggle.setAttribute('aria-pressed', bead.checked ? 'true' : 'false');
    toggle.title = bead.checked ? 'Unmark this bead' : 'Mark this bead checked';
    marks.appendChild(toggle);
    row.appendChild(marks);
    return row;
  }

  function drawHeader(doc) {
    const documentInfo = review.documents[doc];
    const row = element('div', 'doc-header');
    row.dataset.document = documentInfo.id;
    row.appendChild(element('span', '', 'Document ' + (documentInfo.id || '(unnamed)')));
    row.appendChild(verdictElement(documentInfo));
    return row;
  }

  /* Draws the rows in sight (and a few around), measuring them to correct the estimates
   * while keeping the row at the top of the view in place. */
  function render() {
    const count = view.items.length;
    byId('empty-view').hidden = count > 0;
    if (count === 0) {
      for (const entry of drawn.values()) entry.element.remove();
      drawn = new Map();
      spacer.style.height = '0px';
      return;
    }
    const viewTop = rowsBox.scrollTop;
    const anchor = heights.find(viewTop);
    const anchorOffset = viewTop - heights.top(anchor);
    const height = rowsBox.clientHeight || 800;
    const first = Math.max(0, heights.find(viewTop) - 4);
    const last = Math.min(count - 1, heights.find(viewTop + height) + 6);

    const starts = review.documentStarts();
    const next = new Map();
    const fresh = new Set();
    for (let i = first; i <= last; i++) {
      const item = view.items[i];
      const key = item < 0 ? 'd' + (-item - 1) : review.beads[item].key;
      let entry = drawn.get(key);
      if (!entry || entry.stamp !== stamp || entry.item !== item) {
        if (entry) entry.element.remove();
        const node = item < 0
          ? drawHeader(-item - 1)
          : drawBead(item, item - starts[review.beads[item].doc]);
        rowsBox.appendChild(node);
        entry = { element: node, item: item, stamp: stamp };
        fresh.add(i);
      }
      entry.index = i;
      next.set(key, entry);
      drawn.delete(key);
    }
    for (const entry of drawn.values()) entry.element.remove();
    drawn = next;

    // Measure the new rows (one layout), then place every row.
    for (const entry of drawn.values()) {
      const i = entry.index;
      if (!fresh.has(i)) continue;
      const h = entry.element.offsetHeight;
      if (h > 0) {
        heights.set(i, h);
        if (entry.item >= 0) measured.set(review.beads[entry.item], h);
      }
    }
    for (const entry of drawn.values()) {
      entry.element.style.transform = 'translateY(' + heights.top(entry.index) + 'px)';
    }
    spacer.style.height = heights.total() + 'px';
    const corrected = heights.top(anchor) + anchorOffset;
    if (Math.abs(corrected - rowsBox.scrollTop) >= 1) rowsBox.scrollTop = corrected;
  }

  let frame = 0;
  function scheduleRender() {
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        render();
      });
    }
  }

  /* Scrolls row i into sight, a third down the list. */
  function scrollToItem(i) {
    if (i < 0) return;
    for (let pass = 0; pass < 3; pass++) {
      const target = Math.max(0, heights.top(i) - rowsBox.clientHeight / 3);
      if (Math.abs(rowsBox.scrollTop - target) < 1 && pass > 0) break;
      rowsBox.scrollTop = target;
      render();
    }
  }

  /* Keeps the row of `position` (or the top row) at the same place across a rebuild. */
  function rebuildKeeping(position) {
    let anchorPosition = position;
    let offset = 0;
    if (anchorPosition === null || anchorPosition === undefined || itemOf(anchorPosition) < 0) {
      const top = view.items.length ? heights.find(rowsBox.scrollTop) : -1;
      anchorPosition = top >= 0 ? view.items[top] : null;
      if (anchorPosition !== null && anchorPosition < 0) anchorPosition = null;
    }
    const before = anchorPosition === null ? -1 : itemOf(anchorPosition);
    if (before >= 0) offset = heights.top(before) - rowsBox.scrollTop;
    rebuildItems();
    rebuildHeights();
    stamp++;
    let after = anchorPosition === null ? -1 : itemOf(anchorPosition);
    if (after < 0 && anchorPosition !== null) {
      // The anchor was filtered out or removed: the next row that is still shown.
      let low = 0;
      while (low < view.keys.length && view.keys[low] < anchorPosition) low++;
      after = Math.min(low, view.items.length - 1);
    }
    spacer.style.height = heights.total() + 'px';
    rowsBox.scrollTop = after >= 0 ? Math.max(0, heights.top(after) - offset) : 0;
    render();
  }

  // ---- Header: verdicts, counts, progress ----

  function percent(value) {
    return Math.round(value * 100) + '%';
  }

  function verdictElement(documentInfo) {
    const box = element('span', 'verdict');
    box.dataset.document = documentInfo.id;
    const verdict = documentInfo.verdict;
    if (!verdict) {
      box.dataset.kind = 'none';
      box.textContent = 'no verdict';
      return box;
    }
    box.dataset.kind = verdict.kind;
    const parts = [
      verdict.kind,
      'confidence ' + verdict.confidence.toFixed(2),
      'aligned ' + percent(verdict.aligned_share),
    ];
    if (verdict.lexical_ratio) parts.push('lexical ratio ' + verdict.lexical_ratio.toFixed(2));
    box.textContent = parts.join(' · ');
    return box;
  }

  /* Counts over the documents in view: beads per shape and per flag, confirmed, edited. */
  function counts() {
    const starts = review.documentStarts();
    const shapes = new Map();
    const flags = new Map();
    let beads = 0;
    let confirmed = 0;
    let edited = 0;
    let flagged = 0;
    for (const d of scopeDocuments()) {
      for (let p = starts[d]; p < starts[d + 1]; p++) {
        const bead = review.beads[p];
        beads++;
        const shape = Model.shapeOf(bead);
        shapes.set(shape, (shapes.get(shape) || 0) + 1);
        if (bead.checked) confirmed++;
        if (bead.edited) edited++;
        if (bead.notes.length) flagged++;
        const seen = new Set(bead.notes.map((n) => n.flag));
        for (const flag of seen) flags.set(flag, (flags.get(flag) || 0) + 1);
      }
    }
    return { beads, shapes, flags, confirmed, edited, flagged };
  }

  function drawSummary() {
    const figures = counts();

    const verdictBox = byId('verdict');
    verdictBox.textContent = '';
    verdictBox.appendChild(element('span', 'label', 'Verdict'));
    const scope = scopeDocuments();
    if (scope.length <= 5) {
      for (const d of scope) {
        const info = review.documents[d];
        if (severalDocuments) verdictBox.appendChild(element('span', 'label', info.id || '(unnamed)'));
        verdictBox.appendChild(verdictElement(info));
      }
    } else {
      // Many documents: the documents per verdict (each document's own is in its header row).
      const kinds = new Map();
      for (const d of scope) {
        const verdict = review.documents[d].verdict;
        const kind = verdict ? verdict.kind : 'none';
        kinds.set(kind, (kinds.get(kind) || 0) + 1);
      }
      for (const kind of ['translation', 'uncertain', 'mis-paired', 'none']) {
        if (!kinds.has(kind)) continue;
        const item = element('span', 'verdict verdict-count');
        item.dataset.kind = kind;
        item.dataset.count = kinds.get(kind);
        item.textContent = (kind === 'none' ? 'no verdict' : kind) + ': ' + kinds.get(kind) + ' documents';
        verdictBox.appendChild(item);
      }
    }

    const shapeBox = byId('shape-counts');
    shapeBox.textContent = '';
    shapeBox.appendChild(element('span', 'label', 'Shapes'));
    const shapes = Array.from(figures.shapes.entries()).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [shape, count] of shapes) {
      const item = element('span', 'shape');
      item.dataset.shape = shape;
      item.dataset.count = count;
      item.appendChild(document.createTextNode(shape + ': '));
      item.appendChild(element('span', 'count', String(count)));
      shapeBox.appendChild(item);
    }

    const flagBox = byId('flag-counts');
    flagBox.textContent = '';
    flagBox.appendChild(element('span', 'label', 'Flags'));
    for (const { flag, label } of review.flags) {
      const count = figures.flags.get(flag) || 0;
      if (!count && view.flag !== flag) continue;
      const button = element('button', 'flag-filter');
      button.type = 'button';
      button.dataset.flag = flag;
      button.dataset.count = count;
      button.setAttribute('aria-pressed', view.flag === flag ? 'true' : 'false');
      button.title = 'Show only the beads flagged ' + label;
      button.appendChild(document.createTextNode(label + ' '));
      button.appendChild(element('span', 'count', String(count)));
      flagBox.appendChild(button);
    }
    if (!figures.flags.size && !view.flag) flagBox.appendChild(element('span', '', 'none'));

    const progress = byId('progress');
    progress.dataset.beads = figures.beads;
    progress.dataset.confirmed = figures.confirmed;
    progress.dataset.edited = figures.edited;
    progress.dataset.flagged = figures.flagged;
    progress.textContent =
      figures.beads + ' beads · ' + figures.flagged + ' flagged · ' + figures.confirmed +
      ' confirmed (' + figures.edited + ' edited)';

    byId('undo-button').disabled = !review.canUndo;
    const last = review.history[review.history.length - 1];
    byId('undo-button').title = last ? 'Undo: ' + last.label + ' (u)' : 'Nothing to undo';
  }

  // ---- Alignment-path plot ----

  const plot = byId('plot');
  const plotSize = 320;
  const margin = 22;
  const bandRank = { none: 0, high: 1, mid: 2, low: 3 };

  /* The plot of the documents in view: beads binned to a grid of cells, one dot per
   * occupied cell with its worst bead (flagged first, then lowest confidence). */
  function drawPlot() {
    const docs = scopeDocuments();
    const starts = review.documentStarts();
    let totalSource = 0;
    let totalTarget = 0;
    const offsets = new Map();
    for (const d of docs) {
      offsets.set(d, [totalSource, totalTarget]);
      totalSource += Math.max(1, review.documents[d].sourceSentences);
      totalTarget += Math.max(1, review.documents[d].targetSentences);
    }
    const area = plotSize - margin - 6;
    const cell = Math.min(10, Math.max(2, area / Math.max(totalSource, totalTarget)));
    const columns = Math.ceil(area / cell) + 1;
    const cells = new Map();
    for (const d of docs) {
      const [sourceOffset, targetOffset] = offsets.get(d);
      for (let p = starts[d]; p < starts[d + 1]; p++) {
        const bead = review.beads[p];
        const s = sourceOffset + (bead.source.start + Model.sideCount(bead.source) / 2);
        const t = targetOffset + (bead.target.start + Model.sideCount(bead.target) / 2);
        const cx = Math.floor((s / totalSource) * area / cell);
        const cy = Math.floor((t / totalTarget) * area / cell);
        const key = cy * columns + cx;
        const rank = (bead.notes.length ? 10 : 0) + bandRank[Model.band(bead.score, review.lowScore)];
        const found = cells.get(key);
        if (!found) {
          cells.set(key, { cx, cy, rank, position: p, band: Model.band(bead.score, review.lowScore),
            flagged: bead.notes.length > 0, confirmed: bead.checked });
        } else {
          found.confirmed = found.confirmed && bead.checked;
          if (rank > found.rank) {
            found.rank = rank;
            found.position = p;
            found.band = Model.band(bead.score, review.lowScore);
            found.flagged = found.flagged || bead.notes.length > 0;
          }
        }
      }
    }
    const parts = [];
    const end = margin + area;
    parts.push('<line class="diagonal" x1="' + margin + '" y1="' + margin + '" x2="' + end + '" y2="' + end + '"/>');
    parts.push('<path class="axis" d="M' + margin + ' ' + end + 'V' + margin + 'H' + end + '"/>');
    parts.push('<text x="' + margin + '" y="14">source → ' + totalSource + '<\/text>');
    parts.push('<text x="4" y="' + end + '" transform="rotate(-90 10 ' + end + ')">target → ' + totalTarget + '<\/text>');
    // Small cells cannot show an outline: a flagged cell is drawn a little larger instead.
    const small = cell < 5;
    plot.classList.toggle('small-cells', small);
    for (const c of cells.values()) {
      let className = 'dot conf-' + c.band;
      if (c.flagged) className += ' flagged';
      if (c.confirmed) className += ' confirmed';
      const grow = small && c.flagged ? 0.75 : 0;
      parts.push('<rect class="' + className + '" data-bead="' + c.position + '" x="' +
        (margin + c.cx * cell - grow).toFixed(2) + '" y="' + (margin + c.cy * cell - grow).toFixed(2) +
        '" width="' + (cell + 2 * grow).toFixed(2) + '" height="' + (cell + 2 * grow).toFixed(2) + '"/>');
    }
    parts.push('<circle id="plot-cursor" r="0" cx="0" cy="0"/>');
    plot.innerHTML = parts.join('');
    plot.dataset.cells = cells.size;
    plot.plotGeometry = { offsets, totalSource, totalTarget, area, cell };
    placeCursor();
  }

  function placeCursor() {
    const cursor = byId('plot-cursor');
    const geometry = plot.plotGeometry;
    const bead = view.selected === null ? null : review.beads[view.selected];
    if (!cursor || !geometry || !bead || !geometry.offsets.has(bead.doc)) {
      if (cursor) cursor.setAttribute('r', '0');
      return;
    }
    const [sourceOffset, targetOffset] = geometry.offsets.get(bead.doc);
    const s = sourceOffset + bead.source.start + Model.sideCount(bead.source) / 2;
    const t = targetOffset + bead.target.start + Model.sideCount(bead.target) / 2;
    cursor.setAttribute('cx', (margin + (s / geometry.totalSource) * geometry.area).toFixed(1));
    cursor.setAttribute('cy', (margin + (t / geometry.totalTarget) * geometry.area).toFixed(1));
    cursor.setAttribute('r', '7');
  }

  let plotTimer = 0;
  function schedulePlot() {
    clearTimeout(plotTimer);
    plotTimer = setTimeout(drawPlot, 120);
  }

  // ---- Selection and its actions ----

  function setStatus(message, isError) {
    const status = byId('status');
    status.textContent = message || '';
    status.classList.toggle('error', !!isError);
  }

  function drawSelection() {
    const position = view.selected;
    const bead = position === null ? null : review.beads[position];
    const notes = byId('selection-notes');
    notes.textContent = '';
    const buttons = ['check-button', 'merge-button', 'split-button', 'split-at-button',
      'move-source-first-button', 'move-source-last-button', 'move-target-first-button',
      'move-target-last-button'];
    if (!bead) {
      byId('selection-label').textContent = 'none';
      for (const id of buttons) byId(id).disabled = true;
      return;
    }
    const documentInfo = review.documents[bead.doc];
    const local = localIndex(position);
    byId('selection-label').textContent = '#' + local +
      (severalDocuments ? ' of ' + (documentInfo.id || '(unnamed)') : '') + ' · ' +
      Model.shapeOf(bead) + ' · ' + (bead.score === null ? 'edited' : 'score ' + formatScore(bead.score));
    for (const note of bead.notes) {
      notes.appendChild(element('li', '', flagLabel(note.flag) + ': ' + note.reason));
    }
    const check = byId('check-button');
    check.disabled = false;
    check.setAttribute('aria-pressed', bead.checked ? 'true' : 'false');
    check.textContent = bead.checked ? 'Unmark checked' : 'Mark checked';
    const neighbour = (p) => p >= 0 && p < review.beads.length && review.beads[p].doc === bead.doc;
    const units = bead.source.units.length + bead.target.units.length;
    byId('merge-button').disabled = !neighbour(position + 1);
    byId('split-button').disabled = units < 2 || (bead.source.units.length === 1 && bead.target.units.length === 1);
    byId('split-at-button').disabled = units < 2;
    // The split point offered: after the first sentence of each side, or between the two
    // sentences of a one-to-one bead.
    if (view.shownSplit !== bead.key) {
      view.shownSplit = bead.key;
      const sourceCount = Math.min(1, bead.source.units.length);
      const rest = units - sourceCount;
      byId('split-source').value = sourceCount;
      byId('split-target').value = rest > 1 ? Math.min(1, bead.target.units.length) : 0;
    }
    byId('split-source').max = bead.source.units.length;
    byId('split-target').max = bead.target.units.length;
    byId('move-source-first-button').disabled = !bead.source.units.length || !neighbour(position - 1);
    byId('move-source-last-button').disabled = !bead.source.units.length || !neighbour(position + 1);
    byId('move-target-first-button').disabled = !bead.target.units.length || !neighbour(position - 1);
    byId('move-target-last-button').disabled = !bead.target.units.length || !neighbour(position + 1);
  }

  function select(position, scroll) {
    if (position === null || position === undefined || !review.beads[position]) {
      view.selected = null;
    } else {
      view.selected = position;
      if (itemOf(position) < 0) {
        // A bead outside the filter: show its document, without filters.
        view.flag = null;
        view.flaggedOnly = false;
        view.search = '';
        byId('search').value = '';
        byId('flagged-only').checked = false;
        if (view.document >= 0) view.document = review.beads[position].doc;
        byId('document-select').value = view.document < 0 ? '' : String(view.document);
        rebuildItems();
        rebuildHeights();
        drawSummary();
        schedulePlot();
        setStatus('Filters cleared to show bead ' + localIndex(position) + '.');
      }
    }
    // Only the drawn rows' marks change: the rows themselves (and any text the reader has
    // selected in them) stay.
    for (const entry of drawn.values()) {
      const row = entry.element;
      const on = entry.item === view.selected;
      row.classList.toggle('selected', on);
      if (on) row.setAttribute('aria-current', 'true');
      else row.removeAttribute('aria-current');
    }
    if (scroll && view.selected !== null) scrollToItem(itemOf(view.selected));
    else render();
    drawSelection();
    placeCursor();
  }

  /* After an edit or undo: the rows, the header, the plot and the selection. */
  function refresh(keep) {
    if (view.selected !== null && view.selected >= review.beads.length) {
      view.selected = review.beads.length ? review.beads.length - 1 : null;
    }
    rebuildKeeping(keep === undefined ? view.selected : keep);
    drawSummary();
    drawSelection();
    schedulePlot();
  }

  /* Runs a correction of the model; reports it and redraws. */
  function edit(description, run, selectAfter) {
    const refused = run();
    if (refused) {
      setStatus('Not done: ' + refused + '.', true);
      return refused;
    }
    if (selectAfter !== undefined) view.selected = selectAfter;
    refresh();
    setStatus(description);
    return null;
  }

  const actions = {
    check(i, on) {
      return edit(on === false ? 'Unmarked bead.' : 'Marked bead.', () => review.check(i, on));
    },
    merge(i) {
      return edit('Merged the bead with the next one.', () => review.merge(i), i);
    },
    split(i, sourceCount, targetCount) {
      return edit('Split the bead.', () => review.split(i, sourceCount, targetCount), i);
    },
    move(i, sideName, edge) {
      const before = review.beads.length;
      return edit('Moved the ' + edge + ' ' + sideName + ' sentence.', () => {
        const refused = review.move(i, sideName, edge);
        if (!refused && review.beads.length < before && edge === 'first') view.selected = i - 1;
        return refused;
      });
    },
    undo() {
      const label = review.undo();
      if (label === null) {
        setStatus('Nothing to undo.', true);
        return 'nothing to undo';
      }
      refresh();
      setStatus('Undone: ' + label + '.');
      return null;
    },
  };

  /* The next (step 1) or previous (-1) flagged bead of the view from the selection, or from
   * the top of the view. */
  function stepFlagged(step) {
    const items = view.items;
    if (!items.length) return null;
    let start = view.selected === null ? -1 : itemOf(view.selected);
    if (start < 0) start = step > 0 ? heights.find(rowsBox.scrollTop) - 1 : heights.find(rowsBox.scrollTop);
    for (let i = start + step; i >= 0 && i < items.length; i += step) {
      const item = items[i];
      if (item >= 0 && review.beads[item].notes.length) {
        select(item, true);
        return item;
      }
    }
    setStatus(step > 0 ? 'No flagged bead below.' : 'No flagged bead above.');
    return null;
  }

  // ---- Filters ----

  function applyFilter() {
    rebuildKeeping(view.selected);
    drawSummary();
  }

  function setDocument(index) {
    view.document = index;
    byId('document-select').value = index < 0 ? '' : String(index);
    applyFilter();
    drawPlot();
  }

  // ---- Export ----

  function downloadCorrections() {
    const text = review.exportCorrections();
    const blob = new Blob([text], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'corrections.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    const confirmed = review.beads.filter((b) => b.checked).length;
    setStatus('Exported ' + confirmed + ' confirmed beads to corrections.json.');
    return text;
  }

  // ---- Events ----

  rowsBox.addEventListener('scroll', scheduleRender, { passive: true });
  window.addEventListener('resize', () => {
    measured = new WeakMap();
    rebuildKeeping(view.selected);
    drawSelection();
  });

  rowsBox.addEventListener('click', (event) => {
    const row = event.target.closest('.bead');
    if (!row) return;
    const position = Number(row.dataset.bead);
    if (event.target.closest('.check-toggle')) {
      view.selected = position;
      actions.check(position);
      return;
    }
    if (view.selected !== position) select(position, false);
  });

  plot.addEventListener('click', (event) => {
    const dot = event.target.closest('[data-bead]');
    if (dot) select(Number(dot.dataset.bead), true);
  });

  byId('summary').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-flag]');
    if (!button) return;
    view.flag = view.flag === button.dataset.flag ? null : button.dataset.flag;
    applyFilter();
  });

  let searchTimer = 0;
  byId('search').addEventListener('input', (event) => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      view.search = event.target.value.trim().toLowerCase();
      applyFilter();
    }, 150);
  });
  byId('flagged-only').addEventListener('change', (event) => {
    view.flaggedOnly = event.target.checked;
    applyFilter();
  });
  byId('clear-filter').addEventListener('click', () => api.clearFilters());
  byId('document-select').addEventListener('change', (event) => {
    setDocument(event.target.value === '' ? -1 : Number(event.target.value));
  });
  byId('previous-flagged').addEventListener('click', () => stepFlagged(-1));
  byId('next-flagged').addEventListener('click', () => stepFlagged(1));
  byId('undo-button').addEventListener('click', () => actions.undo());
  byId('export-button').addEventListener('click', downloadCorrections);
  byId('check-button').addEventListener('click', () => actions.check(view.selected));
  byId('merge-button').addEventListener('click', () => actions.merge(view.selected));
  byId('split-button').addEventListener('click', () => actions.split(view.selected));
  byId('split-at-button').addEventListener('click', () => {
    actions.split(view.selected, Number(byId('split-source').value), Number(byId('split-target').value));
  });
  for (const sideName of ['source', 'target']) {
    for (const edge of ['first', 'last']) {
      byId('move-' + sideName + '-' + edge + '-button').addEventListener('click', () => {
        actions.move(view.selected, sideName, edge);
      });
    }
  }

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    const typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA');
    if (typing) {
      if (event.key === 'Escape') {
        target.blur();
        rowsBox.focus();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const selected = view.selected;
    switch (event.key) {
      case 'j': case 'n': stepFlagged(1); break;
      case 'k': case 'p': stepFlagged(-1); break;
      case 'c': if (selected !== null) actions.check(selected); break;
      case 'm': if (selected !== null) actions.merge(selected); break;
      case 's': if (selected !== null) actions.split(selected); break;
      case 'u': actions.undo(); break;
      case '/': byId('search').focus(); break;
      default: return;
    }
    event.preventDefault();
  });

  // ---- The API for tests and scripts ----

  const api = {
    state() {
      const figures = counts();
      return {
        beads: review.beads.length,
        view: view.items.filter((item) => item >= 0).length,
        rendered: api.rendered().length,
        document: view.document < 0 ? null : review.documents[view.document].id,
        flag: view.flag,
        flaggedOnly: view.flaggedOnly,
        search: view.search,
        selected: view.selected,
        confirmed: figures.confirmed,
        edited: figures.edited,
        flagged: figures.flagged,
        counts: Object.fromEntries(figures.flags),
        shapes: Object.fromEntries(figures.shapes),
        canUndo: review.canUndo,
        history: review.history.map((h) => h.label),
        joinedSides: review.joinedSides,
      };
    },
    bead: (i) => review.describe(i),
    beads: () => review.beads.map((_, i) => review.describe(i)),
    visible: () => view.items.filter((item) => item >= 0),
    rendered: () => Array.from(rowsBox.querySelectorAll('.bead')).map((row) => Number(row.dataset.bead)).sort((a, b) => a - b),
    select(i) {
      select(i, false);
      return view.selected;
    },
    scrollTo(i) {
      select(i, true);
      return view.selected;
    },
    check: (i, on) => actions.check(i, on === undefined ? true : on),
    uncheck: (i) => actions.check(i, false),
    merge: (i) => actions.merge(i),
    split: (i, sourceCount, targetCount) => actions.split(i, sourceCount, targetCount),
    move: (i, sideName, edge) => actions.move(i, sideName, edge),
    undo: () => actions.undo(),
    next: () => stepFlagged(1),
    previous: () => stepFlagged(-1),
    setDocument(id) {
      const found = id === null || id === undefined ? -1 : review.documents.findIndex((d) => d.id === id);
      if (id !== null && id !== undefined && found < 0) return 'no document ' + id;
      setDocument(found);
      return null;
    },
    setFlag(flag) {
      view.flag = flag || null;
      applyFilter();
    },
    setFlaggedOnly(on) {
      view.flaggedOnly = !!on;
      byId('flagged-only').checked = view.flaggedOnly;
      applyFilter();
    },
    setSearch(text) {
      byId('search').value = text || '';
      view.search = (text || '').trim().toLowerCase();
      applyFilter();
    },
    clearFilters() {
      view.flag = null;
      view.flaggedOnly = false;
      view.search = '';
      byId('search').value = '';
      byId('flagged-only').checked = false;
      applyFilter();
    },
    exportCorrections: () => review.exportCorrections(),
    downloadCorrections: downloadCorrections,
    textHash: Model.textHash,
  };
  window.bitextReview = api;

  // ---- Start ----

  function start() {
    byId('languages').textContent = data.source_lang + ' → ' + data.target_lang;
    byId('source-heading').textContent = 'source (' + data.source_lang + ')';
    byId('target-heading').textContent = 'target (' + data.target_lang + ')';
    if (severalDocuments) {
      const choice = byId('document-select');
      choice.appendChild(new Option('All ' + review.documents.length + ' documents', ''));
      for (const d of review.documents) choice.appendChild(new Option(d.id || '(unnamed)', String(d.index)));
      byId('document-choice').hidden = false;
    }
    const notices = [];
    if (data.notice) notices.push(data.notice);
    if (review.joinedSides) {
      notices.push('Some beads keep one text for several sentences (a TMX, TSV or Moses ' +
        'corpus): their corrections cannot be checked against the sentences. Review a JSONL ' +
        'corpus, or the texts themselves, for corrections that --constraints can use.');
    }
    if (notices.length) {
      byId('notice').hidden = false;
      byId('notice').textContent = notices.join(' ');
    }
    rebuildItems();
    rebuildHeights();
    drawSummary();
    drawSelection();
    render();
    drawPlot();
    document.body.dataset.ready = 'true';
  }

  start();
})();

"""#,
  ]
}
