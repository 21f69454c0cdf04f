/// Descriptions in words of the libxml2 error codes the XML parser reports (the numbering of
/// libxml2's `xmlParserErrors`), so that no message says only "XML error N".
package enum XMLErrorText {
  /// A readable description of a libxml2 error code, with the code after it; for a code
  /// without words here, libxml2's own message (`detail`) when there is one.
  package static func describe(code: Int, detail: String = "") -> String {
    (text(code) ?? (detail.isEmpty ? "malformed XML" : detail)) + " (XML error \(code))"
  }

  // One line per code keeps the table readable.
  // swift-format-ignore
  private static func text(_ code: Int) -> String? {
    switch code {
    case 1: "a name, an attribute value or another piece of markup longer than the XML parser's limit of 10,000,000 bytes"
    case 2: "the XML parser ran out of memory"
    case 3: "the document does not start with markup ('<' expected)"
    case 4: "the document is empty"
    case 5: "extra content at the end of the document"
    case 6, 7, 8: "invalid character reference"
    case 9: "a character XML does not allow"
    case 10, 14, 18: "a reference cut off by the end of the document"
    case 11, 12, 15, 16, 19, 20: "a reference outside the root element"
    case 13, 17, 21: "a reference in the document type declaration"
    case 22, 24: "'&' or '%' not followed by a name (write '&amp;')"
    case 23, 25: "an entity reference lacks its ';'"
    case 26, 27: "reference to an undeclared entity"
    case 28, 29, 30: "reference to an entity Bitext does not expand"
    case 31, 32, 79, 81, 101: "an encoding that is not declared correctly or not supported (TMX is read as UTF-8)"
    case 33, 34, 43, 44: "a quoted value not opened or not closed"
    case 35: "a malformed namespace declaration"
    case 36, 37: "a malformed entity declaration"
    case 38: "'<' in an attribute value"
    case 39, 40, 41, 84: "malformed attribute (a value in quotes expected)"
    case 42, 203: "the same attribute twice in one element"
    case 45: "unfinished comment"
    case 46, 47: "a malformed processing instruction ('<?…?>')"
    case 48, 49, 105: "a malformed notation declaration"
    case 50, 51: "a malformed attribute list declaration"
    case 52, 53, 54, 55: "a malformed element declaration"
    case 56, 57: "a malformed XML declaration ('<?xml version=\"1.0\"?>')"
    case 58, 59, 83, 95: "a malformed conditional section"
    case 60, 61, 94: "a malformed document type declaration"
    case 62: "']]>' outside a CDATA section"
    case 63: "unfinished CDATA section"
    case 64: "a processing instruction named 'xml' after the start of the document"
    case 65, 66: "white space required here"
    case 67, 68: "a name is required here (unescaped '<' or '&'?)"
    case 69, 70, 71, 91, 92: "a malformed identifier or URI in the document type"
    case 72: "'<' expected"
    case 73: "'>' expected"
    case 74: "'</' expected"
    case 75: "'=' expected after an attribute name"
    case 76: "closing tag does not match the opening tag"
    case 77: "element not closed before the end of the document"
    case 78, 82, 103: "a wrong 'standalone' declaration"
    case 80: "'--' inside a comment"
    case 85: "the document is not well balanced"
    case 86: "extra content at the end of the document"
    case 87, 88, 89, 90, 104, 107: "a malformed or recursive entity"
    case 96: "the XML declaration lacks its version ('<?xml version=\"1.0\"?>')"
    case 97, 108, 109: "an XML version other than 1.0"
    case 110: "a name longer than the XML parser's limit"
    case 200, 201, 202, 204, 205, 99, 100, 106: "a malformed or undeclared namespace prefix"
    default: nil
    }
  }
}
