import Foundation
import Testing

@testable import BitextTranslate

@Suite struct MachineTranslatorTests {
  static let installed =
    (try? ApertiumInstallation.discover())??.routes(from: "fr", to: "en")
    .isEmpty == false

  @Test func consensusKeepsTheOutputTheOthersAgreeWith() {
    #expect(RouteCombination.backbone(["the cat sleeps", "a dog barks", "the cat sleep"]) == 0)
    #expect(RouteCombination.backbone(["x", "the cat sleeps", "the cat sleeps"]) == 1)
    #expect(RouteCombination.backbone(["only"]) == 0)
  }

  @Test func englishTypographyAndFinalPunctuation() {
    #expect(
      MachineTranslator.typeset("with « some  experience »  here", language: "en")
        == "with “some experience” here")
    #expect(MachineTranslator.typeset("« oui »", language: "fr") == "« oui »")
    #expect(
      MachineTranslator.keepingFinalPunctuation(of: "Il a vu Xqz.", in: "He saw Xqz")
        == "He saw Xqz.")
    #expect(
      MachineTranslator.keepingFinalPunctuation(of: "« Il vint ! »", in: "“He came”")
        == "“He came!”")
    #expect(MachineTranslator.keepingFinalPunctuation(of: "Titre", in: "Title") == "Title")
    #expect(MachineTranslator.keepingFinalPunctuation(of: "Il vint.", in: "He came.") == "He came.")
  }

  @Test func theEngineIsChosenOrTheMissingPackageNamed() throws {
    let gloss = translator()
    let none = try MachineTranslator(
      sourceLanguage: "fr", targetLanguage: "en", gloss: gloss, installation: nil)
    #expect(none.routes.isEmpty && none.origin == "mt:gloss")
    #expect(none.warnings.first?.contains("apt-get install apertium apertium-fra-cat") == true)
    #expect(try none.translate(["le chat"]).origins == ["mt:gloss"])
    let error = #expect(throws: TranslationError.self) {
      try MachineTranslator(
        sourceLanguage: "fr", targetLanguage: "en", gloss: gloss, installation: nil,
        configuration: .init(engine: .apertium))
    }
    #expect(error?.message.hasPrefix("Apertium is not installed: apt-get install") == true)
    let noRoute = ApertiumInstallation(executable: "/bin/false", modes: ["eo-en"])
    #expect(throws: TranslationError.self) {
      try MachineTranslator(
        sourceLanguage: "fr", targetLanguage: "en", gloss: nil, installation: noRoute)
    }
  }

  @Test func aFakeEngineShowsProtectionRepairAndProvenance() throws {
    let (folder, executable) = try fakeApertium()
    defer { try? FileManager.default.removeItem(at: folder) }
    let installation = try #require(try ApertiumInstallation.discover(executable: executable))
    // The fake upper-cases. Asked about a name alone, it leaves it unmarked (known), so the
    // name is left to it; told to protect every name, the name comes back as written.
    // "?chat" (unknown to the fake) gets the gloss of "chat".
    let lines = ["Le grand Loukachenko a 12 ?chat.", "", "Loukachenko."]
    let asking = try MachineTranslator(
      sourceLanguage: "fr", targetLanguage: "en", gloss: translator(), installation: installation)
    #expect(asking.origin == "mt:apertium:fr-ca-en")
    #expect(try asking.translate(lines).lines[2] == "LOUKACHENKO.")
    let machine = try MachineTranslator(
      sourceLanguage: "fr", targetLanguage: "en", gloss: translator(), installation: installation,
      configuration: .init(asksRouteAboutNames: false))
    let result = try machine.translate(lines)
    #expect(result.lines == ["LE GRAND Loukachenko A 12 Cat.", "", "Loukachenko."])
    #expect(result.origins == ["mt:apertium:fr-ca-en", "", "mt:apertium:fr-ca-en"])
    #expect(result.leftovers == 1 && result.repaired == 1)
    #expect(result.warnings.isEmpty)
    // A line whose protected tokens the engine loses is glossed instead, with a warning.
    let lost = try machine.translate(["le chat perdu de Loukachenko."])
    #expect(lost.lines[0].contains("cat") && lost.lines[0].contains("Loukachenko"))
    #expect(lost.origins == ["mt:gloss"])
    #expect(lost.fallbackLines == 1)
    #expect(lost.warnings.first?.hasPrefix("1 line(s) lost a protected name") == true)
  }

  @Test(
    .enabled(
      if: installed,
      "Apertium with fr→en routes is not installed (apt-get install apertium apertium-fra-cat apertium-eng-cat apertium-fr-es apertium-eng-spa apertium-eo-fr apertium-eo-en)"
    ))
  func apertiumKeepsLinesNamesAndNumbers() throws {
    let installation = try #require(try ApertiumInstallation.discover())
    let machine = try MachineTranslator(
      sourceLanguage: "fr", targetLanguage: "en", gloss: translator(), installation: installation)
    let lines = [
      "Le président Alexandre Loukachenko a vu 300 000 soldats.", "", "…", "!!! ???",
      String(repeating: "La maison est grande et le chat dort. ", count: 200),
      "Écrivez à jean@exemple.fr ou voyez https://exemple.fr/a?b=1.",
      "Loukachenko a parlé à l’armée.",
    ]
    let result = try machine.translate(lines)
    #expect(result.lines.count == lines.count)
    #expect(result.lines[0].contains("Loukachenko") && result.lines[0].contains("300 000"))
    #expect(result.lines[1] == "")
    #expect(!result.lines[2].isEmpty && !result.lines[3].isEmpty)
    #expect(result.lines[4].components(separatedBy: "house").count > 150)
    #expect(result.lines[5].contains("jean@exemple.fr"))
    #expect(result.lines[5].contains("https://exemple.fr/a?b=1"))
    #expect(result.lines[6].hasPrefix("Loukachenko"))
    #expect(result.origins[0].hasPrefix("mt:apertium:fr-"))
    #expect(!result.lines.joined().contains("*"))
  }
}

@Suite struct RouteCombinationTests {
  @Test func aWordEveryOtherRouteReplacesIsReplaced() {
    #expect(
      RouteCombination.vote(
        backbone: "the big cat sleeps", others: ["the large cat sleeps", "a large cat sleeps"])
        == "the large cat sleeps")
    // No agreement: the backbone stays.
    #expect(
      RouteCombination.vote(
        backbone: "the big cat sleeps", others: ["the large cat sleeps", "the huge cat sleeps"])
        == "the big cat sleeps")
    // The same words inserted in the same gap by every other route.
    #expect(
      RouteCombination.vote(
        backbone: "he came", others: ["he has came", "he has came back"]) == "he has came")
  }

  @Test func theAlignmentIgnoresCase() {
    let alignment = RouteCombination.align(["The", "cat"], ["the", "dog", "cat"])
    #expect(alignment.words == ["the", "cat"])
    #expect(alignment.insertions == [[], ["dog"], []])
  }
}
