import CStemmer
import Synchronization

/// A Snowball stemmer (libstemmer) for one language, safe to share between tasks.
///
/// libstemmer's stemmer objects keep their result in an internal buffer, so calls are
/// serialized by a lock; make one stemmer per task when stemming on many threads at once.
public final class SnowballStemmer: Sendable {
  private let handle: Mutex<OpaquePointer?>
  /// The language code the stemmer was created for.
  public let language: String

  /// Creates a stemmer for a language code (`"fr"`, `"en"`, `"german"`…); `nil` when libstemmer
  /// has no algorithm for it.
  public init?(language: String) {
    guard let pointer = sb_stemmer_new(language.lowercased(), "UTF_8") else { return nil }
    self.handle = Mutex(pointer)
    self.language = language
  }

  deinit {
    handle.withLock { pointer in
      if let pointer { sb_stemmer_delete(pointer) }
      pointer = nil
    }
  }

  /// The stem of a (lower-case) word; the word itself if stemming fails.
  public func stem(_ word: String) -> String {
    var utf8 = Array(word.utf8)
    guard !utf8.isEmpty else { return word }
    return handle.withLock { pointer -> String in
      guard let pointer else { return word }
      return utf8.withUnsafeMutableBufferPointer { buffer -> String in
        guard let result = sb_stemmer_stem(pointer, buffer.baseAddress, Int32(buffer.count)) else {
          return word
        }
        let length = Int(sb_stemmer_length(pointer))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
      }
    }
  }
}
