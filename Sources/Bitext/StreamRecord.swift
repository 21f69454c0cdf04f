import BitextCorpus
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
      idJSON = JSONText.quoted(text)
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
