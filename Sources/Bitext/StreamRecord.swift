import Foundation

/// One document pair of a JSON Lines stream (`bitext stream`):
///
/// ```
/// {"id":"doc-1","source":"Bonjour. Merci.","target":"Hello. Thank you.","source_lang":"fr","target_lang":"en"}
/// ```
///
/// `id` is a string or an integer and is echoed as given; the languages may be left out when
/// the stream has defaults. Other keys are ignored.
public struct StreamRecord: Sendable, Hashable {
  /// The identifier as JSON text (a quoted string or an integer), echoed in the output.
  public var idJSON: String
  /// The source text.
  public var source: String
  /// The target text.
  public var target: String
  /// The source language, if the record names it.
  public var sourceLanguage: String?
  /// The target language, if the record names it.
  public var targetLanguage: String?

  /// Creates a record.
  public init(
    idJSON: String, source: String, target: String, sourceLanguage: String? = nil,
    targetLanguage: String? = nil
  ) {
    self.idJSON = idJSON
    self.source = source
    self.target = target
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
  }

  /// Parses one line of input.
  ///
  /// - Throws: ``StreamRecordError`` with the record's id when it could be read.
  public static func parse(_ line: some Collection<UInt8>) throws(StreamRecordError) -> StreamRecord
  {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line), options: [])
    } catch {
      throw StreamRecordError(idJSON: nil, message: "malformed JSON: \(Self.reason(error))")
    }
    guard let fields = object as? [String: Any] else {
      throw StreamRecordError(idJSON: nil, message: "expected a JSON object")
    }
    let idJSON: String
    switch fields["id"] {
    case let text as String:
      idJSON = JSONString.quoted(text)
    case let number as NSNumber where !Self.isBoolean(number):
      guard let integer = Int(exactly: number.doubleValue) else {
        throw StreamRecordError(idJSON: nil, message: "\"id\" must be a string or an integer")
      }
      idJSON = String(integer)
    case nil:
      throw StreamRecordError(idJSON: nil, message: "missing \"id\"")
    default:
      throw StreamRecordError(idJSON: nil, message: "\"id\" must be a string or an integer")
    }
    func text(_ key: String, required: Bool) throws(StreamRecordError) -> String? {
      switch fields[key] {
      case let value as String: return value
      case nil, is NSNull:
        if required { throw StreamRecordError(idJSON: idJSON, message: "missing \"\(key)\"") }
        return nil
      default:
        throw StreamRecordError(idJSON: idJSON, message: "\"\(key)\" must be a string")
      }
    }
    return StreamRecord(
      idJSON: idJSON, source: try text("source", required: true)!,
      target: try text("target", required: true)!,
      sourceLanguage: try text("source_lang", required: false),
      targetLanguage: try text("target_lang", required: false))
  }

  private static func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
  }

  private static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let detail = nsError.userInfo[NSDebugDescriptionErrorKey] as? String { return detail }
    return nsError.localizedDescription
  }
}

/// A stream record that cannot be processed; written as an `{"id":…,"error":…}` line.
public struct StreamRecordError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The record's id as JSON text, or nil when it could not be read.
  public var idJSON: String?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(idJSON: String?, message: String) {
    self.idJSON = idJSON
    self.message = message
  }

  /// The message.
  public var description: String { message }
}

/// JSON string literals written by hand (RFC 8259), so the output never depends on an
/// encoder's choices.
enum JSONString {
  /// `text` as a quoted JSON string.
  static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    append(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a quoted JSON string.
  static func append(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0x08: out.append(contentsOf: "\\b".utf8)
      case 0x0C: out.append(contentsOf: "\\f".utf8)
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out.append(contentsOf: "\\u00".utf8)
        out.append(hex[Int(byte >> 4)])
        out.append(hex[Int(byte & 0xF)])
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
