import BitextAlign
import BitextCorpus
import BitextText
import Foundation

extension CorrectionSet {
  /// Reads a corrections file; an error names the file and what is wrong with it.
  public static func read(file path: String) throws -> CorrectionSet {
    let bytes = try TextFile.read(path)
    let set: CorrectionSet
    do {
      set = try JSONDecoder().decode(CorrectionSet.self, from: Data(bytes.utf8))
    } catch let DecodingError.dataCorrupted(context) {
      throw BitextError("\(path): not a corrections file: \(context.debugDescription)")
    } catch let DecodingError.keyNotFound(key, context) {
      throw BitextError(
        "\(path): not a corrections file: no \"\(key.stringValue)\"\(Self.place(context))")
    } catch let DecodingError.typeMismatch(_, context) {
      throw BitextError(
        "\(path): not a corrections file: wrong type\(Self.place(context)): \(context.debugDescription)"
      )
    } catch {
      throw BitextError("\(path): not a corrections file: \(error)")
    }
    guard set.format == formatName else {
      throw BitextError(
        "\(path): not a corrections file: \"format\" is \"\(set.format)\", not \"\(formatName)\"")
    }
    guard set.version == 1 else {
      throw BitextError(
        "\(path): corrections format version \(set.version) is not known to this Bitext (version 1 is)"
      )
    }
    return set
  }

  /// Where in the JSON a decoding error is.
  private static func place(_ context: DecodingError.Context) -> String {
    let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }
      .joined()
    return path.isEmpty ? "" : " at \(path)"
  }

  /// The fixed beads of `document` for texts whose sentences are `source` and `target`: the
  /// entry of that document, or the only entry when there is one. An error, naming `path` and
  /// the bead, when the texts are not those reviewed (other sentence counts, a bead whose text
  /// hash differs) or a bead is malformed (ids not consecutive, outside the texts).
  public func constraints(
    document: String, source: [String], target: [String], path: String
  ) throws -> AlignmentConstraints {
    guard
      let entry = documents.first(where: { $0.document == document })
        ?? (documents.count == 1 ? documents[0] : nil)
    else {
      let names = documents.map { "\"\($0.document)\"" }.joined(separator: ", ")
      throw BitextError(
        "\(path) has no corrections for document \"\(document)\" (it has \(documents.isEmpty ? "none" : names)); name it with --document"
      )
    }
    guard entry.sourceSentences == source.count, entry.targetSentences == target.count else {
      throw BitextError(
        "\(path) was made for \(entry.sourceSentences) source and \(entry.targetSentences) target sentences, the texts have \(source.count) and \(target.count): they changed since the review (or were read with other options)"
      )
    }
    var beads: [Bead] = []
    for (offset, confirmed) in entry.confirmed.enumerated() {
      let name =
        "confirmed bead \(offset + 1) ([\(confirmed.sourceIDs.map(String.init).joined(separator: ", "))]:[\(confirmed.targetIDs.map(String.init).joined(separator: ", "))])"
      guard let sources = Self.range(confirmed.sourceIDs, at: confirmed.sourceAt),
        let targets = Self.range(confirmed.targetIDs, at: confirmed.targetAt)
      else {
        throw BitextError(
          "\(path): \(name): sentence ids must be consecutive, and an empty side needs its position (source_at, target_at)"
        )
      }
      guard !(sources.isEmpty && targets.isEmpty) else {
        throw BitextError("\(path): \(name) has no sentence")
      }
      guard sources.lowerBound >= 0, sources.upperBound <= source.count, targets.lowerBound >= 0,
        targets.upperBound <= target.count
      else {
        throw BitextError(
          "\(path): \(name) lies outside the texts (\(source.count) source and \(target.count) target sentences)"
        )
      }
      let hash = CorrectionSet.textHash(
        source: Array(source[sources]), target: Array(target[targets]))
      guard hash == confirmed.hash else {
        throw BitextError(
          "\(path): \(name): the texts of these sentences changed since the review (hash \(hash), the file says \(confirmed.hash))"
        )
      }
      beads.append(Bead(source: sources, target: targets, score: 1))
    }
    return AlignmentConstraints(beads: beads)
  }

  /// Consecutive ids as a range, `at..<at` for none, or nil.
  private static func range(_ ids: [Int], at position: Int?) -> Range<Int>? {
    guard let first = ids.first else { return position.map { $0..<$0 } }
    for (offset, id) in ids.enumerated() where id != first + offset { return nil }
    return first..<(first + ids.count)
  }
}
