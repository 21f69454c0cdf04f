import Testing

@testable import BitextReview

@Suite struct LinkScannerTests {
  let scanner = LinkScanner()

  @Test func urlsWithASchemeOrWWW() {
    let links = scanner.links(in: "Voir (https://www.example.com/fr/page/). Ou www.bitext.org.")
    #expect(links.map(\.text) == ["https://www.example.com/fr/page/", "www.bitext.org"])
    #expect(links.map(\.key) == ["example.com/fr/page", "bitext.org"])
    #expect(links.allSatisfy { !$0.isEmail })
  }

  @Test func bareDomainsOfCommonTopLevelDomains() {
    #expect(
      scanner.links(in: "Sur bitext.org et lemonde.fr/economie.").map(\.key)
        == ["bitext.org", "lemonde.fr/economie"])
    for text in ["M.Sc", "Node.js", "e.g. this", "the U.S. army", "3.5 km", "end.The next"] {
      #expect(scanner.links(in: text).isEmpty, "\(text)")
    }
  }

  @Test func emailAddresses() {
    let links = scanner.links(
      in: "Écrivez à « Marie.Dupont@Example.fr » ou mailto:info@bitext.org.")
    #expect(links.map(\.key) == ["marie.dupont@example.fr", "info@bitext.org"])
    #expect(links.allSatisfy { $0.isEmail })
    #expect(scanner.links(in: "@home, a@b, user@localhost").isEmpty)
  }

  @Test func removingLinksLeavesTheRest() {
    #expect(scanner.removingLinks(from: "See example.com/2021 now.") == "See   now.")
    #expect(scanner.removingLinks(from: "No link here.") == "No link here.")
  }
}
