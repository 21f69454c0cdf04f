import Testing

@testable import BitextDocument

@Suite struct HTMLCharsetTests {
  private func declared(_ text: String) -> String? { HTMLCharset.declared(in: Array(text.utf8)) }

  @Test func metaCharset() {
    #expect(declared(#"<html><head><meta charset="windows-1251"><title>"#) == "windows-1251")
    #expect(declared("<META CHARSET=koi8-r>") == "koi8-r")
    #expect(declared("<meta charset = 'Shift_JIS' />") == "Shift_JIS")
  }

  @Test func httpEquivContentType() {
    #expect(
      declared(#"<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">"#)
        == "ISO-8859-2")
  }

  @Test func xmlDeclaration() {
    #expect(declared(#"<?xml version="1.0" encoding="ISO-8859-15"?><html>"#) == "ISO-8859-15")
  }

  @Test func latin1MeansWindows1252AndUTF16MeansUTF8AsBrowsersDo() {
    #expect(declared(#"<meta charset="iso-8859-1">"#) == "windows-1252")
    #expect(declared(#"<meta charset="US-ASCII">"#) == "windows-1252")
    #expect(declared(#"<meta charset="utf-16">"#) == "UTF-8")
  }

  @Test func nothingDeclaredOrTooLate() {
    #expect(declared("<html><body>charset=koi8-r</body>") == nil)
    #expect(declared(String(repeating: " ", count: 1100) + "<meta charset=koi8-r>") == nil)
    #expect(declared("<meta name=x>") == nil)
  }
}
