import Testing

@testable import BitextReview

@Suite struct LinkMismatchDetectorTests {
  let detector = LinkMismatchDetector()

  func reason(_ source: String, _ target: String) -> String? {
    detector.note(for: ReviewFixtures.bead(source, target), languages: ("fr", "en"))?.reason
  }

  @Test func aLinkOnOneSideOnlyIsFlagged() {
    #expect(reason("Voir www.example.fr.", "See the site.") == "www.example.fr only in source")
    #expect(
      reason("Écrivez à info@example.fr.", "Write to help@example.com.")
        == "info@example.fr only in source; help@example.com only in target")
    let note = detector.note(
      for: ReviewFixtures.bead("Voir.", "See https://example.com/a."), languages: ("fr", "en"))
    #expect(note?.flag == .urlMismatch)
  }

  @Test func theSameLinkWrittenDifferentlyMatches() {
    #expect(reason("Voir https://www.example.com/.", "See example.com") == nil)
    #expect(reason("Voir HTTP://Example.com/page", "See http://example.com/page.") == nil)
  }

  @Test func languageCodesInPathsAreLeftOut() {
    #expect(reason("Voir https://example.com/fr/page.", "See https://example.com/en/page.") == nil)
    #expect(
      reason("Voir https://fr.wikipedia.org/wiki/X", "See https://en.wikipedia.org/wiki/X") == nil)
    #expect(reason("Voir example.com/page?lang=fr", "See example.com/page?lang=en") == nil)
    #expect(reason("Voir example.com/fr/a", "See example.com/en/b") != nil)
  }

  @Test func beadsWithAnEmptySideOrNoLinkAreNotChecked() {
    #expect(reason("Voir www.example.fr.", "") == nil)
    #expect(reason("Rien.", "Nothing.") == nil)
  }
}
