/// Small files written by the tests themselves.
enum Fixtures {
  /// "maison\nhouse\n" compressed with gzip.
  static let gzipMaisonHouse: [UInt8] = [
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff, 0xcb, 0x4d, 0xcc, 0x2c, 0xce, 0xcf,
    0xe3, 0xca, 0xc8, 0x2f, 0x2d, 0x4e, 0xe5, 0x02, 0x00, 0xa1, 0x74, 0xbc, 0x2c, 0x0d, 0x00, 0x00,
    0x00,
  ]

  /// A dictd dictionary: articles and the index that points into them (base64 offsets).
  static func dictd(_ articles: [(indexHeadword: String, text: String)]) -> (
    index: String, dict: String
  ) {
    var dict = "00-database-info\nA test dictionary.\n"
    var index = "00databaseinfo\t\(base64(0))\t\(base64(dict.utf8.count))\n"
    for article in articles {
      let offset = dict.utf8.count
      dict += article.text
      index += "\(article.indexHeadword)\t\(base64(offset))\t\(base64(article.text.utf8.count))\n"
    }
    return (index, dict)
  }

  static func base64(_ value: Int) -> String {
    let digits = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    if value == 0 { return "A" }
    var v = value
    var out: [Character] = []
    while v > 0 {
      out.insert(digits[v % 64], at: 0)
      v /= 64
    }
    return String(out)
  }
}
