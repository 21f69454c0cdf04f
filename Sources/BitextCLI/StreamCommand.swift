import ArgumentParser
import Bitext
import Foundation

/// `bitext stream`: JSON Lines document pairs in on standard input, one JSON line of beads out
/// per pair on standard output, in order, flushed pair by pair.
struct StreamCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stream",
    abstract: "Align JSON Lines document pairs from standard input, one output line per pair.",
    discussion: """
      Each input line is a JSON object:
        {"id":"d1","source":"…","target":"…",
         "source_lang":"fr","target_lang":"en"}
      (raw texts; the languages may come from --source-lang and --target-lang
      instead). Each output line is
        {"id":"d1","beads":[{"source":[0],"target":[0],"score":0.93,
          "source_text":"…","target_text":"…"},…],
         "verdict":{"kind":"translation","confidence":0.99}}
      (the verdict says whether the texts look like translations of each other:
      translation, uncertain or mis-paired), or {"id":"d1","error":"…"} for a record that cannot be processed ("id" is
      null when the line is not JSON); processing goes on. A record with more
      than --max-text-bytes of text on a side is such an error line too, and is
      not aligned; a line too long to hold a record within the limit is not even
      parsed or kept whole. Blank lines are skipped. Output comes in input order
      and is flushed after every pair, so the command works as the program of
      Spark's RDD.pipe, a Hadoop Streaming mapper or a GNU parallel --pipe job.

      Example:
        bitext stream --lexicon none < pairs.jsonl > beads.jsonl
      """
  )

  @OptionGroup(title: "Languages of records without source_lang and target_lang")
  var pair: PairOptions

  @OptionGroup var lexiconOptions: LexiconOptions

  @OptionGroup var embeddingOptions: EmbeddingOptions

  @OptionGroup(title: "Performance") var threadOptions: ThreadOptions

  @OptionGroup(title: "Files named by records (source_file, target_file)")
  var documentOptions: DocumentOptions

  @Option(name: .long, help: "Leave out beads whose score is below this value (0–1).")
  var minScore: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The most UTF-8 bytes of text per side of a record; a longer record gives an error line (0: no limit).",
      valueName: "bytes"))
  var maxTextBytes: Int = StreamProcessor.defaultMaximumTextBytes

  @Flag(name: .shortAndLong, help: "No lexicon warnings on standard error.")
  var quiet = false

  func validate() throws {
    try OutputOptions.check(minScore: minScore)
    guard maxTextBytes >= 0 else {
      throw ValidationError("--max-text-bytes must be 0 (no limit) or more.")
    }
  }

  func run() throws {
    let (sourceLang, targetLang) = try pair.defaultLanguages()
    let threads = threadOptions.threads ?? ProcessInfo.processInfo.activeProcessorCount
    var processor = StreamProcessor(
      options: .init(
        sourceLanguage: sourceLang, targetLanguage: targetLang,
        lexicon: try lexiconOptions.choice(), presegmented: pair.presegmented,
        minimumScore: minScore, maximumTextBytes: maxTextBytes == 0 ? nil : maxTextBytes,
        documents: try documentOptions.readOptions(),
        threads: threads),
      embeddings: try embeddingOptions.encoder(threads: threads))
    var reader = LineReader(fileDescriptor: 0, maximumLength: processor.maximumLineBytes)
    var warnings: [String] = []
    while let line = try readLine(&reader) {
      let output: [UInt8]
      switch line {
      case .complete(let bytes):
        guard let processed = processor.process(line: bytes, warnings: &warnings) else {
          continue
        }
        output = processed
      case .oversized(let prefix, let length):
        output = processor.oversizedLine(prefix: prefix, length: length)
      }
      if !quiet {
        for warning in warnings {
          Console.warn(warning)
        }
      }
      warnings.removeAll()
      try Self.writeAll(output)
    }
  }

  /// Writes every byte to standard output at once (no buffering), retrying short writes.
  static func writeAll(_ bytes: [UInt8]) throws {
    try AtomicFile.writeAll(bytes, descriptor: 1, name: "standard output")
  }

  private func readLine(_ reader: inout LineReader) throws -> LineReader.Line? {
    try reader.next()
  }
}

/// Reads a file descriptor line by line (bytes, without the newline). A line longer than the
/// maximum length is not kept whole: its first bytes are kept and the rest is read and dropped
/// up to the newline, so memory stays bounded whatever the input.
struct LineReader {
  /// One line of input.
  enum Line: Equatable {
    /// A line within the limit.
    case complete([UInt8])
    /// A line over the limit: its first `maximumLength` bytes and its full length.
    case oversized(prefix: [UInt8], length: Int)
  }

  let fileDescriptor: Int32
  /// The longest line returned whole; nil for no limit.
  let maximumLength: Int?
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  init(fileDescriptor: Int32, maximumLength: Int? = nil) {
    self.fileDescriptor = fileDescriptor
    self.maximumLength = maximumLength
  }

  /// The next line, or nil at the end of the input; a last line without a newline counts.
  mutating func next() throws(FileError) -> Line? {
    var searchFrom = start
    // Set once the line being read is known to be over the limit.
    var oversized: (prefix: [UInt8], length: Int)?
    while true {
      if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
        defer { start = newline + 1 }
        if var long = oversized {
          long.length += newline - start
          return .oversized(prefix: long.prefix, length: long.length)
        }
        return finished(buffer[start..<newline])
      }
      if atEnd {
        guard start < buffer.count || oversized != nil else { return nil }
        defer { start = buffer.count }
        if let long = oversized {
          return .oversized(prefix: long.prefix, length: long.length + buffer.count - start)
        }
        return finished(buffer[start...])
      }
      if let maximumLength, oversized == nil, buffer.count - start > maximumLength {
        oversized = (Array(buffer[start..<start + maximumLength]), 0)
      }
      if var long = oversized {
        // Drop the bytes of the long line read so far, counting them.
        long.length += buffer.count - start
        oversized = long
        buffer.removeAll(keepingCapacity: true)
        start = 0
      } else if start > 0 {
        // Drop consumed bytes before reading more.
        buffer.removeFirst(start)
        start = 0
      }
      searchFrom = buffer.count
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileError(path: "standard input", .unreadable(String(cString: strerror(errno))))
      }
      if count == 0 { atEnd = true } else { buffer += chunk[0..<count] }
    }
  }

  /// A line found whole in the buffer, checked against the limit.
  private func finished(_ line: ArraySlice<UInt8>) -> Line {
    if let maximumLength, line.count > maximumLength {
      return .oversized(prefix: Array(line.prefix(maximumLength)), length: line.count)
    }
    return .complete(Array(line))
  }
}
