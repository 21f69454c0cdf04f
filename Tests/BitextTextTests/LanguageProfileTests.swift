import Foundation
import Testing

@testable import BitextText

@Suite struct LanguageProfileTests {
  /// The embedded data must equal the files in Dictionaries/segmentation (run
  /// `Dictionaries/generate-embedded.sh` after editing them).
  @Test func embeddedDataMatchesDictionaries() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let folder = root.appendingPathComponent("Dictionaries/segmentation")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    #expect(files.map { String($0.dropLast(4)) } == LanguageProfile.availableLanguages)
    for file in files {
      let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      #expect(LanguageProfile.embeddedData[String(file.dropLast(4))] == text, "\(file) differs")
    }
  }

  @Test func parsesSections() {
    let profile = LanguageProfile.parse(
      "# comment\n[titles]\nM\nDr # doctor\n[starters]\nLe\n[elisions]\nqu\n", language: "fr")
    #expect(profile.titles == ["M", "Dr"])
    #expect(profile.starters == ["Le"])
    #expect(profile.elisions == ["qu"])
  }

  @Test func regionalCodesUseThePrimaryLanguage() {
    #expect(LanguageProfile.named("fr-CA").language == "fr")
    #expect(LanguageProfile.named("en_US").titles.contains("Mr"))
    #expect(!LanguageProfile.named("tlh").hasRules)
  }

  @Test func everySpellingOfFrenchReachesTheFrenchRules() {
    for code in ["fr-CA", "fr_CA", "FR-fr", "fra"] {
      #expect(LanguageProfile.named(code) == LanguageProfile.named("fr"))
      #expect(LanguageProfile.missingRulesWarning(for: code) == nil)
    }
    #expect(
      LanguageProfile.missingRulesWarning(for: "ja")
        == "no sentence rules for 'ja': using ICU's rules alone")
  }
}
