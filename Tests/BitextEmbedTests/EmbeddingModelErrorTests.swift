import BitextEmbed
import Testing

@Suite struct EmbeddingModelErrorTests {
  @Test func missingModelNamesTheInstallCommand() {
    let error = EmbeddingModelError.notInstalled(name: "e5-small", directory: "/data/models")
    #expect(error.description.contains("bitext model install e5-small"))
    #expect(error.description.contains("/data/models"))
  }
}
