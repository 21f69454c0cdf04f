/// How documents are read: the settings of `--input-format`, `--encoding` and
/// `--keep-boilerplate`, and the limits that keep a hostile file from exhausting the machine.
public struct DocumentReadOptions: Sendable, Hashable {
  /// The format, or nil to detect it from the content, then the file name's extension.
  public var format: DocumentFormat?
  /// The encoding of a file without a byte order mark or a declaration of its own (an ICU
  /// converter name: `windows-1252`, `ISO-8859-15`, `Shift_JIS`…), or nil for UTF-8.
  public var encoding: String?
  /// Whether HTML navigation, headers, footers and asides are kept (they are dropped by
  /// default: they are rarely translated alike).
  public var keepsBoilerplate: Bool
  /// The most bytes the parts of a zip container (DOCX, ODT) may expand to, in all.
  public var maximumExpandedSize: Int
  /// The most a zip part may expand relative to its compressed size.
  public var maximumCompressionRatio: Int

  /// Creates options; the defaults detect the format, read UTF-8, drop boilerplate, and let a
  /// container expand to at most 1 GiB, at most 200 times its compressed size.
  public init(
    format: DocumentFormat? = nil, encoding: String? = nil, keepsBoilerplate: Bool = false,
    maximumExpandedSize: Int = 1 << 30, maximumCompressionRatio: Int = 200
  ) {
    self.format = format
    self.encoding = encoding
    self.keepsBoilerplate = keepsBoilerplate
    self.maximumExpandedSize = maximumExpandedSize
    self.maximumCompressionRatio = maximumCompressionRatio
  }
}
