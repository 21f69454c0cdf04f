/// Finds entity declarations in an XML document's prolog (before the root element), so that
/// documents declaring entities can be refused before any parser sees them.
enum TMXPrologScanner {
  /// The 1-based line and column of the first `<!ENTITY` before the root element, or nil.
  ///
  /// Processing instructions and comments are skipped; any other `<!…` markup (the
  /// `<!DOCTYPE` and its internal subset) is searched.
  static func entityDeclaration(in text: String) -> (line: Int, column: Int)? {
    let bytes = Array(text.utf8)
    var i = 0
    func starts(_ literal: String, at position: Int) -> Bool {
      let pattern = Array(literal.utf8)
      guard position + pattern.count <= bytes.count else { return false }
      return Array(bytes[position..<(position + pattern.count)]) == pattern
    }
    func skip(past terminator: String, from position: Int) -> Int {
      var j = position
      while j < bytes.count && !starts(terminator, at: j) { j += 1 }
      return j + terminator.utf8.count
    }
    while i < bytes.count {
      guard bytes[i] == UInt8(ascii: "<") else {
        i += 1
        continue
      }
      if starts("<?", at: i) {
        i = skip(past: "?>", from: i + 2)
      } else if starts("<!--", at: i) {
        i = skip(past: "-->", from: i + 4)
      } else if starts("<!ENTITY", at: i) {
        return position(of: i, in: bytes)
      } else if starts("<!", at: i) {
        i += 2
      } else {
        return nil
      }
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
