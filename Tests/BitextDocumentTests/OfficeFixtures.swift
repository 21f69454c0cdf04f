import Foundation
import ZIPFoundation

/// Minimal DOCX and ODT files built in memory for the readers' tests.
enum OfficeFixtures {
  /// A zip archive of `parts` in order; each part deflated unless `stored` names it.
  static func zip(_ parts: [(String, [UInt8])], stored: Set<String> = []) throws -> [UInt8] {
    let archive = try Archive(accessMode: .create)
    for (name, bytes) in parts {
      try archive.addEntry(
        with: name, type: .file, uncompressedSize: Int64(bytes.count),
        compressionMethod: stored.contains(name) ? .none : .deflate
      ) { position, size in
        Data(bytes[Int(position)..<(Int(position) + size)])
      }
    }
    return [UInt8](archive.data ?? Data())
  }

  static let wordNamespaces =
    #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape""#

  /// A paragraph of WordprocessingML: one run of `text`, with the paragraph properties `pPr`.
  static func p(_ text: String, pPr: String = "") -> String {
    "<w:p>\(pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>")<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  /// A paragraph with the style `style`.
  static func p(_ text: String, style: String) -> String {
    p(text, pPr: "<w:pStyle w:val=\"\(style)\"/>")
  }

  /// A DOCX whose body is `body`; the other parts are left out when nil, and `extra` parts are
  /// added as they are.
  static func docx(
    body: String, styles: String? = nil, footnotes: String? = nil, endnotes: String? = nil,
    prolog: String = "", leavesOutDocument: Bool = false
  ) throws -> [UInt8] {
    let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    var parts: [(String, [UInt8])] = [
      (
        "[Content_Types].xml",
        Array(
          (header
            + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
            .utf8)
      ),
      (
        "_rels/.rels",
        Array(
          (header
            + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
            .utf8)
      ),
    ]
    if !leavesOutDocument {
      parts.append(
        (
          "word/document.xml",
          Array(
            (header + prolog + "<w:document \(wordNamespaces)><w:body>\(body)</w:body></w:document>")
              .utf8)
        ))
    } else {
      parts.append(("word/other.xml", Array("<x/>".utf8)))
    }
    if let styles {
      parts.append(
        (
          "word/styles.xml",
          Array((header + "<w:styles \(wordNamespaces)>\(styles)</w:styles>").utf8)
        ))
    }
    if let footnotes {
      parts.append(
        (
          "word/footnotes.xml",
          Array((header + "<w:footnotes \(wordNamespaces)>\(footnotes)</w:footnotes>").utf8)
        ))
    }
    if let endnotes {
      parts.append(
        (
          "word/endnotes.xml",
          Array((header + "<w:endnotes \(wordNamespaces)>\(endnotes)</w:endnotes>").utf8)
        ))
    }
    return try zip(parts)
  }

  static let odfNamespaces =
    #"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3""#

  /// An ODT whose `office:text` holds `body`; `automaticStyles` go to `content.xml`'s
  /// automatic styles; `encrypted` declares content.xml encrypted in the manifest.
  static func odt(
    body: String, automaticStyles: String = "", encrypted: Bool = false,
    leavesOutContent: Bool = false
  ) throws -> [UInt8] {
    let header = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    let encryption =
      encrypted
      ? #"<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/></manifest:encryption-data>"#
      : ""
    let manifest =
      header
      + #"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">"#
      + encryption + "</manifest:file-entry></manifest:manifest>"
    var parts: [(String, [UInt8])] = [
      ("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)),
      ("META-INF/manifest.xml", Array(manifest.utf8)),
    ]
    if !leavesOutContent {
      parts.append(
        (
          "content.xml",
          Array(
            (header
              + "<office:document-content \(odfNamespaces)><office:automatic-styles>\(automaticStyles)</office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>")
              .utf8)
        ))
    }
    return try zip(parts, stored: ["mimetype"])
  }
}
