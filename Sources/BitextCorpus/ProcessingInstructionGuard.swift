/// Finds processing instructions without data (`<?pi?>`, `<?xml?>`) in XML bytes streamed
/// chunk by chunk, so that a space can be put before their `?>`.
///
/// `XMLParser` on Linux reads the data of every processing instruction as a C string, and
/// libxml2 hands it a null pointer when there is none: such a document, valid XML, would crash
/// the process. `<?pi ?>` means the same and gives an empty string instead. Comments and CDATA
/// sections are tracked so that their text is never changed.
struct ProcessingInstructionGuard: Sendable {
  private enum State: Sendable {
    case text
    case open  // after `<`
    case target(length: Int)  // after `<?` and `length` name bytes
    case bang(matched: Int)  // after `<!` and a prefix of `--` or `[CDATA[`
    case comment(dashes: Int)
    case cdata(brackets: Int)
  }

  private var state = State.text
  private static let cdataOpening = Array("[CDATA[".utf8)

  /// The offsets in `bytes` before which a space must be inserted, in increasing order; the
  /// state carries over to the next chunk.
  mutating func insertionPoints(in bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var points: [Int] = []
    for (offset, byte) in bytes.enumerated() {
      switch state {
      case .text:
        if byte == UInt8(ascii: "<") { state = .open }
      case .open:
        switch byte {
        case UInt8(ascii: "?"): state = .target(length: 0)
        case UInt8(ascii: "!"): state = .bang(matched: 0)
        case UInt8(ascii: "<"): state = .open
        default: state = .text
        }
      case .target(let length):
        if byte == UInt8(ascii: "?") {
          if length > 0 { points.append(offset) }
          state = .text
        } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          state = .text  // the instruction has data
        } else if byte == UInt8(ascii: "<") {
          state = .open
        } else {
          state = .target(length: length + 1)
        }
      case .bang(let matched):
        state = Self.afterBang(matched: matched, byte: byte)
      case .comment(let dashes):
        if byte == UInt8(ascii: ">") && dashes >= 2 {
          state = .text
        } else {
          state = .comment(dashes: byte == UInt8(ascii: "-") ? dashes + 1 : 0)
        }
      case .cdata(let brackets):
        if byte == UInt8(ascii: ">") && brackets >= 2 {
          state = .text
        } else {
          state = .cdata(brackets: byte == UInt8(ascii: "]") ? brackets + 1 : 0)
        }
      }
    }
    return points
  }

  /// The state after `<!` and `matched` bytes of `[CDATA[` (-1: one `-` of `<!--`).
  private static func afterBang(matched: Int, byte: UInt8) -> State {
    if matched == 0 && byte == UInt8(ascii: "-") { return .bang(matched: -1) }
    if matched == -1 { return byte == UInt8(ascii: "-") ? .comment(dashes: 0) : .text }
    if matched >= 0 && matched < cdataOpening.count && byte == cdataOpening[matched] {
      return matched + 1 == cdataOpening.count ? .cdata(brackets: 0) : .bang(matched: matched + 1)
    }
    return byte == UInt8(ascii: "<") ? .open : .text
  }
}
