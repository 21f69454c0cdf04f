import BitextTestSupport
import Testing

@testable import BitextEmbed

@Suite struct SentencePieceTokenizerTests {
  private let model = SyntheticEncoderModel()

  private func pieces(_ text: String) throws -> [String] {
    let tokenizer = try EmbeddingModelFile(data: model.bytes(), path: "model.bin").tokenizer
    return tokenizer.tokenIDs(text).map { id in
      id == SyntheticEncoderModel.unknown ? "<unk>" : model.pieces[Int(id) - 4].0
    }
  }

  @Test func wordsStartWithTheMarkAndTheBestScoringSegmentationWins() throws {
    // "▁sleeps" (−8) beats "▁sleep" + "s" (−12).
    #expect(try pieces("the cat sleeps.") == ["▁the", "▁cat", "▁sleeps", "."])
    #expect(
      try pieces("le chat dort, le chien dort.") == [
        "▁le", "▁chat", "▁dort", ",", "▁le", "▁chien", "▁dort", ".",
      ])
  }

  @Test func theNormalizationTableAndSpacesAreApplied() throws {
    // Full-width A, a ligature, a tab, a no-break space, a control character, spaces around:
    // a leading space is the first word's mark, a trailing one a mark of its own.
    #expect(
      try pieces("  \u{FF21}\t\u{FB01}ne\u{A0}\u{A0}cat\u{07}  ") == [
        "▁A", "▁fi", "ne", "▁cat", "▁",
      ])
    #expect(try pieces("\u{FF21}") == ["▁A"])
  }

  @Test func aCharacterNoPieceCoversIsUnknown() throws {
    #expect(try pieces("cat жж") == ["▁cat", "▁", "<unk>", "<unk>"])
  }

  @Test func emptyAndBlankTextsAreAWordMark() throws {
    #expect(try pieces("") == ["▁"])
    #expect(try pieces(" \t\u{A0} ") == ["▁"])
  }
}
