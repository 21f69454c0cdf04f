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
          "source_text":"…","target_text":"…"},…]}
      or {"id":"d1","error":"…"} for a record that cannot be processed ("id" is
      null when the line is not JSON); processing goes on. Blank lines are
      skipped. Output comes in input order and is flushed after every pair, so the
      command works as the program of Spark's RDD.pipe, a Hadoop Streaming mapper
      or a GNU parallel --pipe job.

      Example:
        bitext stream --lexicon none < pairs.jsonl > beads.jsonl
      """
  )

  @OptionGroup(title: "Languages of records without source_lang and target_lang")
  var pair: PairOptions

  @OptionGroup var lexiconOptions: LexiconOptions

  @Option(name: .long, help: "Leave out beads whose score is below this value (0–1).")
  var minScore: Double?

  @Flag(name: .shortAndLong, help: "No lexicon warnings on standard error.")
  var quiet = false

  func validate() throws {
    try OutputOptions.check(minScore: minScore)
  }

  func run() throws {
    let (sourceLang, targetLang) = try pair.defaultLanguages()
    var processor = StreamProcessor(
      options: .init(
        sourceLanguage: sourceLang, targetLanguage: targetLang,
        lexicon: try lexiconOptions.choice(), presegmented: pair.presegmented,
        minimumScore: minScore))
    var reader = LineReader(fileDescriptor: 0)
    var warnings: [String] = []
    while let line = try readLine(&reader) {
      guard let output = processor.process(line: line, warnings: &warnings) else { continue }
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

  private func readLine(_ reader: inout LineReader) throws -> [UInt8]? {
    try reader.next()
  }
}

/// Reads a file descriptor line by line (bytes, without the newline), with no limit on the
/// line length.
struct LineReader {
  let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  init(fileDescriptor: Int32) {
    self.fileDescriptor = fileDescriptor
  }

  /// The next line, or nil at the end of the input; a last line without a newline counts.
  mutating func next() throws(FileError) -> [UInt8]? {
    var searchFrom = start
    while true {
      if let newline = buffer[searchFrom...].firstIndex(of: 0x0A) {
        let line = Array(buffer[start..<newline])
        start = newline + 1
        return line
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        return line
      }
      // Drop consumed bytes before reading more.
      if start > 0 {
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
}
