import Foundation

/// Writes small, valid PDF 1.4 documents for tests: pages of Helvetica text lines at given
/// positions, with a correct cross-reference table, so that tests need no tool to make them.
enum PDFFixtures {
  /// A line of text on a page.
  struct Text {
    /// The distance of the line's start from the page's left edge, in points.
    var x: Double
    /// The distance of the line's baseline from the page's bottom edge, in points.
    var y: Double
    /// The font size, in points.
    var size: Double = 11
    /// The text: printable ASCII.
    var string: String
  }

  /// The width of an A4 page, in points.
  static let pageWidth = 595.0
  /// The height of an A4 page, in points.
  static let pageHeight = 842.0

  /// Lines set one under the other from `top` down, `leading` points apart.
  static func column(
    _ lines: [String], x: Double = 72, top: Double = 760, leading: Double = 14,
    size: Double = 11
  ) -> [Text] {
    lines.enumerated().map { index, line in
      Text(x: x, y: top - Double(index) * leading, size: size, string: line)
    }
  }

  /// A PDF of the given pages, each a list of texts; a page without texts has an empty
  /// content stream (as a scan's page has no text operators), and no pages makes a document
  /// whose page tree is empty.
  static func document(_ pages: [[Text]]) -> [UInt8] {
    var objects: [Int: String] = [
      1: "<< /Type /Catalog /Pages 2 0 R >>",
      3: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    var kids: [Int] = []
    var next = 4
    for texts in pages {
      let content = texts.map { text in
        "BT /F1 \(number(text.size)) Tf \(number(text.x)) \(number(text.y)) Td "
          + "(\(escaped(text.string))) Tj ET\n"
      }.joined()
      objects[next] =
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(number(pageWidth)) \(number(pageHeight))] "
        + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(next + 1) 0 R >>"
      objects[next + 1] = "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream"
      kids.append(next)
      next += 2
    }
    objects[2] =
      "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] "
      + "/Count \(kids.count) >>"
    var output = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
    var offsets: [Int] = []
    for number in 1..<next {
      offsets.append(output.count)
      output += Array("\(number) 0 obj\n\(objects[number]!)\nendobj\n".utf8)
    }
    let table = output.count
    var trailer = "xref\n0 \(next)\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      trailer += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    trailer += "trailer\n<< /Size \(next) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
    return output + Array(trailer.utf8)
  }

  /// A number as PDF writes it: an integer without a fraction, else with up to 2 decimals.
  private static func number(_ value: Double) -> String {
    if value == value.rounded() { return String(Int(value)) }
    return String((value * 100).rounded() / 100)
  }

  /// A string's bytes escaped for a PDF literal string.
  private static func escaped(_ string: String) -> String {
    string.replacingOccurrences(of: "\\", with: "\\\\")
      .replacingOccurrences(of: "(", with: "\\(")
      .replacingOccurrences(of: ")", with: "\\)")
  }
}
