/// Finds entity declarations in an XML document's prolog (before the root element), so that
/// documents declaring entities can be refused before any parser sees them. Only the first
/// bytes of a document are needed: scanning stops at the root element.
enum TMXPrologScanner {
  /// What the first bytes of a document say.
  enum Result: Equatable {
    /// An `<!ENTITY` before the root element, at a 1-based line and column.
    case entity(line: Int, column: Int)
    /// The root element starts (or the input ends) without an entity declaration.
    case clean
    /// The bytes end inside the prolog: more are needed to decide.
    case needMore
  }

  /// Scans the first bytes of a document; `atEnd` says they are the whole document.
  ///
  /// Processing instructions and comments are skipped; any other `<!…` markup (the
  /// `<!DOCTYPE` and its internal subset) is searched.
  static func scan(_ bytes: [UInt8], atEnd: Bool) -> Result {
    var i = 0
    func starts(_ literal: String, at position: Int) -> Bool {
      var j = position
      for byte in literal.utf8 {
        guard j < bytes.count, bytes[j] == byte else { return false }
        j += 1
      }
      return true
    }
    /// Whether `literal` could still start at `position` once more bytes come.
    func mayStart(_ literal: String, at position: Int) -> Bool {
      !atEnd && bytes.count - position < literal.utf8.count
        && literal.utf8.starts(with: bytes[position...])
    }
    func skip(past terminator: String, from position: Int) -> Int? {
      var j = position
      while j < bytes.count {
        if starts(terminator, at: j) { return j + terminator.utf8.count }
        j += 1
      }
      return atEnd ? bytes.count : nil
    }
    while i < bytes.count {
      guard bytes[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      if mayStart("<!ENTITY", at: i) || mayStart("<!--", at: i) { return .needMore }
      if starts("<?", at: i) {
        guard let next = skip(past: "?>", from: i + 2) else { return .needMore }
        i = next
      } else if starts("<!--", at: i) {
        guard let next = skip(past: "-->", from: i + 4) else { return .needMore }
        i = next
      } else if starts("<!ENTITY", at: i) {
        let (line, column) = position(of: i, in: bytes)
        return .entity(line: line, column: column)
      } else if starts("<!", at: i) {
        i += 2
      } else {
        return .clean
      }
    }
    return atEnd ? .clean : .needMore
  }

  /// The 1-based line and column of the first `<!ENTITY` before the root element of a whole
  /// document, or nil.
  static func entityDeclaration(in text: String) -> (line: Int, column: Int)? {
    if case .entity(let line, let column) = scan(Array(text.utf8), atEnd: true) {
      return (line, column)
    }
    return nil
  }

  private static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    for k in 0..<offset where bytes[k] == 0x0A {
      line += 1
      lineStart = k + 1
    }
    return (line, offset - lineStart + 1)
  }
}
