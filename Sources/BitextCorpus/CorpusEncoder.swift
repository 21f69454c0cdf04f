/// Encodes a corpus into one output stream, bead by bead, so writers never hold a whole file.
protocol CorpusEncoder {
  /// Appends what comes before the first bead.
  mutating func begin(_ corpus: AlignedCorpus, into out: inout [UInt8])
  /// Appends one bead.
  mutating func encode(_ bead: AlignedBead, into out: inout [UInt8])
  /// Appends what comes after the last bead.
  mutating func end(into out: inout [UInt8])
  /// Things the user should know about the output (e.g. replaced characters).
  var warnings: [String] { get }
}

extension CorpusEncoder {
  func begin(_ corpus: AlignedCorpus, into out: inout [UInt8]) {}
  func end(into out: inout [UInt8]) {}
  var warnings: [String] { [] }

  /// Encodes the whole corpus, handing bytes to `sink` in chunks of about 64 KiB. A corpus
  /// with a score that is not a number between 0 and 1 is refused before anything is written.
  mutating func stream(
    _ corpus: AlignedCorpus, to sink: ([UInt8]) throws(CorpusError) -> Void
  ) throws(CorpusError) {
    try Self.checkScores(corpus)
    var buffer: [UInt8] = []
    let chunk = 1 << 16
    buffer.reserveCapacity(chunk * 2)
    begin(corpus, into: &buffer)
    for bead in corpus.beads {
      encode(bead, into: &buffer)
      if buffer.count >= chunk {
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    end(into: &buffer)
    try sink(buffer)
  }

  /// Refuses a corpus holding a score that no format may hold (see ``ScoreText``).
  static func checkScores(_ corpus: AlignedCorpus) throws(CorpusError) {
    for bead in corpus.beads where !ScoreText.isValid(bead.score) {
      let document = bead.document.isEmpty ? "" : " of document '\(bead.document)'"
      throw .unsupported(
        "bead \(bead.index)\(document) has the score \(bead.score), not \(ScoreText.expectation)")
    }
  }

  /// Encodes the whole corpus into memory.
  mutating func encodeAll(_ corpus: AlignedCorpus) -> [UInt8] {
    var buffer: [UInt8] = []
    begin(corpus, into: &buffer)
    for bead in corpus.beads { encode(bead, into: &buffer) }
    end(into: &buffer)
    return buffer
  }
}
