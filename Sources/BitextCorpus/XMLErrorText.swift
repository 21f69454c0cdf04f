/// Short descriptions of the libxml2 error codes `XMLParser` reports most often.
enum XMLErrorText {
  /// A readable description of an `XMLParser` error code.
  static func describe(code: Int) -> String {
    let text: String? =
      switch code {
      case 1:
        "a name, an attribute value or another piece of markup longer than the XML parser's limit of 10,000,000 bytes"
      case 4: "the document is empty"
      case 5: "extra content at the end of the document"
      case 6, 7, 8: "invalid character reference"
      case 9: "a character XML does not allow"
      case 23: "an entity reference lacks its ';'"
      case 26, 27: "reference to an undeclared entity"
      case 38: "'<' in an attribute value"
      case 39, 40, 41: "malformed attribute"
      case 45: "unfinished comment"
      case 63: "unfinished CDATA section"
      case 68: "a name is required here (unescaped '<' or '&'?)"
      case 73: "'>' expected"
      case 76: "closing tag does not match the opening tag"
      case 77: "element not closed before the end of the document"
      case 85: "the document is not well balanced"
      case 86: "extra content at the end of the document"
      default: nil
      }
    return (text ?? "malformed XML") + " (XML error \(code))"
  }
}
