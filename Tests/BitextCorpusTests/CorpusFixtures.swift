import BitextCorpus

/// Small corpora written for these tests.
enum CorpusFixtures {
  /// Texts that stress every escaping rule.
  static let hardTexts: [String] = [
    "Fish & chips <b>bold</b> \"quoted\" 'single'",
    "CDATA end ]]> and ]] > and ]>",
    "tab\there, newline\nthere, CR\rthere, CRLF\r\nend",
    "back\\slash \\t \\n \\\\ \\u0041",
    "emoji 😀👩‍👩‍👧 flag 🇫🇷",
    "combining e\u{0301} a\u{0308}\u{0323} Z\u{0335}",
    "right to left: שלום עולם, مرحبا بالعالم",
    "controls " + (0..<0x20).map { String(Character(Unicode.Scalar($0)!)) }.joined() + " end",
    "noncharacter \u{FFFE} and \u{FFFF}",
    "line\u{2028}separator, paragraph\u{2029}separator, next\u{85}line",
    "  leading and trailing spaces  ",
    "&amp; &#13; &lt; literal entity text",
  ]

  /// A corpus of beads with the hard texts, multi-sentence beads, empty sides and two documents.
  static func hardCorpus() -> AlignedCorpus {
    var beads: [AlignedBead] = []
    var sourceID = 0
    var targetID = 0
    for (offset, text) in hardTexts.enumerated() {
      let target = String(hardTexts[(offset + 3) % hardTexts.count].reversed())
      beads.append(
        AlignedBead(
          document: offset < 6 ? "doc-a" : "doc b/ü", index: offset < 6 ? offset : offset - 6,
          sourceIDs: sourceID..<(sourceID + 1), targetIDs: targetID..<(targetID + 1),
          score: Double(offset) / Double(hardTexts.count),
          source: [
            AlignedSentence(
              text: text, range: (offset * 10)..<(offset * 10 + text.utf8.count),
              block: AlignedSentence.BlockOrigin(
                index: offset, kind: offset % 2 == 0 ? "p" : "h2", location: "/body/p[\(offset)]<&>"
              ))
          ],
          target: [AlignedSentence(text: target)]))
      sourceID += 1
      targetID += 1
    }
    beads.append(
      AlignedBead(
        document: "doc b/ü", index: hardTexts.count - 6, sourceIDs: sourceID..<(sourceID + 2),
        targetIDs: targetID..<(targetID + 1), score: 0.25,
        source: [AlignedSentence(text: "First sentence."), AlignedSentence(text: "Second one.")],
        target: [AlignedSentence(text: "Première phrase, deuxième.")]))
    sourceID += 2
    targetID += 1
    beads.append(
      AlignedBead(
        document: "doc b/ü", index: hardTexts.count - 5, sourceIDs: sourceID..<(sourceID + 1),
        targetIDs: targetID..<targetID, score: 0, source: [AlignedSentence(text: "Deleted.")],
        target: []))
    sourceID += 1
    beads.append(
      AlignedBead(
        document: "doc b/ü", index: hardTexts.count - 4, sourceIDs: sourceID..<sourceID,
        targetIDs: targetID..<(targetID + 1), score: 0, source: [],
        target: [AlignedSentence(text: "Inserted.")]))
    return AlignedCorpus(sourceLanguage: "en", targetLanguage: "fr", beads: beads)
  }
}
