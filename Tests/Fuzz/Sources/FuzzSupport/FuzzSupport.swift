import Bitext
import CFuzzer
import Foundation

/// Runs libFuzzer with the command line's options on `testOneInput`; never returns.
public func runFuzzer(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never
{
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
}

/// Stops the fuzzer with a message when a property does not hold (libFuzzer records the input).
public func require(
  _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
  file: StaticString = #fileID, line: UInt = #line
) {
  if !condition() {
    FileHandle.standardError.write(Data("property violated: \(message())\n".utf8))
    fatalError("property violated at \(file):\(line)", file: file, line: line)
  }
}

/// The input as a byte array.
public func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
  Array(UnsafeBufferPointer(start: data, count: size))
}

/// The input as UTF-8 text, or nil when it is not valid UTF-8.
public func validText(_ bytes: some Collection<UInt8>) -> String? {
  String(validating: bytes, as: UTF8.self)
}

/// Splits the input in two at the first 0xFF byte (never part of UTF-8); without one, both halves
/// are the whole input.
public func halves(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
  guard let cut = bytes.firstIndex(of: 0xFF) else { return (bytes, bytes) }
  return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
}

/// Whether `text` holds U+FFFD.
public func hasReplacement(_ text: some StringProtocol) -> Bool {
  text.unicodeScalars.contains("\u{FFFD}")
}

/// The text without white space (Unicode White_Space), for comparisons modulo spacing.
public func withoutSpace(_ text: some StringProtocol) -> String {
  String(String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace }))
}

/// A corpus with the parts every text format keeps: documents, ids, sentence texts.
public struct CorpusShape: Equatable {
  public var beads: [[String]]

  /// The shape of `corpus`, with `mapping` applied to every sentence's text.
  public init(_ corpus: AlignedCorpus, mapping: (String) -> String = { $0 }) {
    beads = corpus.beads.map { bead in
      ["\(bead.sourceIDs)", "\(bead.targetIDs)"] + bead.source.map { mapping($0.text) } + ["|"]
        + bead.target.map { mapping($0.text) }
    }
  }
}

/// No U+FFFD in any sentence of `corpus` unless `input` (UTF-8) holds one.
public func requireNoNewReplacement(_ corpus: AlignedCorpus, input: [UInt8], _ what: String) {
  // Only valid UTF-8 input without U+FFFD is checked (readers reject invalid UTF-8).
  guard validText(input).map(hasReplacement) == false else { return }
  for bead in corpus.beads {
    for sentence in bead.source + bead.target {
      require(
        !hasReplacement(sentence.text), "\(what): U+FFFD in \(sentence.text.debugDescription)")
    }
  }
}

/// Round trip of a text corpus format: read, write with the matching writer, read again; the
/// second read equals the first, and a second write gives the same bytes.
public func roundTrip(_ input: [UInt8], format: CorpusFormat) {
  let reader = CorpusReader(options: .init())
  guard let first = try? reader.decode(Data(input), format: format) else { return }
  requireNoNewReplacement(first, input: input, "\(format) read")
  let writer = CorpusWriter(toolVersion: "fuzz")
  let written: Data
  do {
    written = try writer.encode(first, format: format)
  } catch {
    require(false, "\(format): a corpus read cannot be written: \(error)")
    return
  }
  let second: AlignedCorpus
  do {
    second = try CorpusReader(
      options: .init(sourceLanguage: first.sourceLanguage, targetLanguage: first.targetLanguage)
    ).decode(written, format: format)
  } catch {
    require(false, "\(format): written output cannot be read back: \(error)")
    return
  }
  require(
    CorpusShape(first) == CorpusShape(second),
    "\(format): read-write-read differs\nfirst: \(CorpusShape(first).beads)\nsecond: \(CorpusShape(second).beads)"
  )
  let rewritten = try? writer.encode(second, format: format)
  require(rewritten == written, "\(format): second write differs from the first")
}
