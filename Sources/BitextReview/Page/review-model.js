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
