import BitextCorpus
import BitextText
import Foundation

/// One document pair of a JSON Lines stream (`bitext stream`):
///
/// ```
/// {"id":"doc-1","source":"Bonjour. Merci.","target":"Hello. Thank you.","source_lang":"fr","target_lang":"en"}
/// ```
///
/// `id` is a string or an integer and is echoed as given; the languages may be left out when
/// the stream has defaults. Instead of a text, a record may name a file to read it from
/// (`"source_file":"a/page.fr.html"`): any format Bitext reads. Other keys are ignored.
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
  /// The file the source text is read from, when the record names one instead of a text.
  public var sourceFile: String?
  /// The file the target text is read from, when the record names one instead of a text.
  public var targetFile: String?

  /// Creates a record.
  public init(
    idJSON: String, source: String, target: String, sourceLanguage: String? = nil,
    targetLanguage: String? = nil, sourceFile: String? = nil, targetFile: String? = nil
  ) {
    self.sourceFile = sourceFile
    self.targetFile = targetFile
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
    let idJSON = try Self.idJSON(fields["id"])
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
    /// A side's text, or the file it is read from: one of the two, not both.
    func side(_ key: String) throws(StreamRecordError) -> (text: String, file: String?) {
      let file = try text("\(key)_file", required: false)
      if let file {
        if try text(key, required: false) != nil {
          throw StreamRecordError(
            idJSON: idJSON, message: "give \"\(key)\" or \"\(key)_file\", not both")
        }
        if file.isEmpty || file == TextFile.standardInputPath {
          throw StreamRecordError(
            idJSON: idJSON,
            message: "\"\(key)_file\" must name a file (standard input carries the stream)")
        }
        return ("", file)
      }
      guard let value = try text(key, required: false) else {
        throw StreamRecordError(
          idJSON: idJSON, message: "missing \"\(key)\" (or \"\(key)_file\")")
      }
      return (value, nil)
    }
    let source = try side("source")
    let target = try side("target")
    return StreamRecord(
      idJSON: idJSON, source: source.text, target: target.text,
      sourceLanguage: try text("source_lang", required: false),
      targetLanguage: try text("target_lang", required: false), sourceFile: source.file,
      targetFile: target.file)
  }

  /// The id as JSON text from a decoded `"id"` value.
  private static func idJSON(_ value: Any?) throws(StreamRecordError) -> String {
    switch value {
    case let text as String:
      return JSONText.quoted(text)
    case let number as NSNumber where !Self.isBoolean(number):
      guard let integer = Int(exactly: number.doubleValue) else {
        throw StreamRecordError(idJSON: nil, message: "\"id\" must be a string or an integer")
      }
      return String(integer)
    case nil:
      throw StreamRecordError(idJSON: nil, message: "missing \"id\"")
    default:
      throw StreamRecordError(idJSON: nil, message: "\"id\" must be a string or an integer")
    }
  }

  /// The id (as JSON text) of a record of which only the first bytes are at hand, as for a line
  /// too long to be read whole: the top-level keys are scanned without decoding the values, and
  /// the id is found when its key and value lie inside `prefix`. Nil when it does not, or when
  /// the prefix is not the start of a JSON object.
  static func idJSON(inPrefix prefix: some Collection<UInt8>) -> String? {
    let bytes = Array(prefix)
    var index = 0
    func skipSpace() {
      while index < bytes.count, [0x20, 0x09, 0x0D, 0x0A].contains(bytes[index]) { index += 1 }
    }
    /// The index after the string that opens at `start`, or nil when it does not end in time.
    func stringEnd(from start: Int) -> Int? {
      var cursor = start + 1
      while cursor < bytes.count {
        switch bytes[cursor] {
        case UInt8(ascii: "\\"): cursor += 2
        case UInt8(ascii: "\""): return cursor + 1
        default: cursor += 1
        }
      }
      return nil
    }
    /// The index after the value that starts at `index`, or nil when it does not end in time.
    func valueEnd() -> Int? {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        return stringEnd(from: index)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        var depth = 0
        var cursor = index
        while cursor < bytes.count {
          switch bytes[cursor] {
          case UInt8(ascii: "\""):
            guard let end = stringEnd(from: cursor) else { return nil }
            cursor = end
            continue
          case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
          case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if depth == 0 { return cursor + 1 }
          default: break
          }
          cursor += 1
        }
        return nil
      default:
        var cursor = index
        while cursor < bytes.count,
          ![UInt8(ascii: ","), UInt8(ascii: "}"), 0x20, 0x09, 0x0D, 0x0A].contains(bytes[cursor])
        {
          cursor += 1
        }
        return cursor < bytes.count ? cursor : nil
      }
    }
    func decoded(_ json: ArraySlice<UInt8>) -> Any? {
      let wrapped = Data([UInt8(ascii: "[")] + json + [UInt8(ascii: "]")])
      return (try? JSONSerialization.jsonObject(with: wrapped, options: [])).flatMap {
        ($0 as? [Any])?.first
      }
    }
    skipSpace()
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
    index += 1
    while true {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\""),
        let keyEnd = stringEnd(from: index)
      else { return nil }
      let key = bytes[index..<keyEnd]
      index = keyEnd
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
      index += 1
      skipSpace()
      guard index < bytes.count, let end = valueEnd() else { return nil }
      if decoded(key) as? String == "id" {
        return try? Self.idJSON(decoded(bytes[index..<end]))
      }
      index = end
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
      index += 1
    }
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
