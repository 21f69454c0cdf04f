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

  /// Encodes the whole corpus, handing bytes to `sink` in chunks of about 64 KiB.
  mutating func stream(
    _ corpus: AlignedCorpus, to sink: ([UInt8]) throws(CorpusError) -> Void
  ) throws(CorpusError) {
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

  /// Encodes the whole corpus into memory.
  mutating func encodeAll(_ corpus: AlignedCorpus) -> [UInt8] {
    var buffer: [UInt8] = []
    begin(corpus, into: &buffer)
    for bead in corpus.beads { encode(bead, into: &buffer) }
    end(into: &buffer)
    return buffer
  }
}
