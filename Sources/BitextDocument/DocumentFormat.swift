/// The formats Bitext reads a text from.
public enum DocumentFormat: String, CaseIterable, Sendable, Hashable {
  /// Plain text in UTF-8, UTF-16 or UTF-32 (with a byte order mark), or a legacy encoding
  /// named with ``DocumentReadOptions/encoding``.
  case text
  /// An HTML or XHTML page.
  case html
  /// A Word document (Office Open XML, `.docx`).
  case docx
  /// An OpenDocument text (LibreOffice, `.odt`).
  case odt
  /// A PDF with a text layer.
  case pdf

  /// The names accepted by `--input-format`.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
