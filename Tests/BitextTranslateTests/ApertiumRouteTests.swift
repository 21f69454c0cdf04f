import Testing

@testable import BitextTranslate

@Suite struct ApertiumRouteTests {
  let modes = [
    "cat-eng", "cat-eng_US", "cat-fra", "eco-fr-es", "en-eo", "en-eo-bytecode", "eng-cat",
    "eo-en", "es-fr", "fr-eo", "fr-es", "fra-cat", "spa-eng", "isl-eng",
  ]

  @Test func pivotsComeInTheMeasuredOrderAndVariantsAreLeftOut() {
    let routes = ApertiumRoute.routes(from: "fr", to: "en", among: modes)
    #expect(routes.map(\.description) == ["fr-ca-en", "fr-es-en", "fr-eo-en"])
    #expect(routes[0].modes == ["fra-cat", "cat-eng"])
    #expect(routes[0].origin == "mt:apertium:fr-ca-en")
  }

  @Test func aDirectModeComesFirst() {
    let routes = ApertiumRoute.routes(from: "fra", to: "eng", among: modes + ["fr-en"])
    #expect(routes.first?.modes == ["fr-en"])
    #expect(ApertiumRoute.routes(from: "is", to: "en", among: modes).map(\.modes) == [["isl-eng"]])
    #expect(ApertiumRoute.routes(from: "de", to: "en", among: modes).isEmpty)
  }

  @Test func modeNamesAreReadAsTwoLanguages() {
    #expect(ApertiumRoute.languages(ofMode: "fra-cat")! == ("fr", "ca"))
    #expect(ApertiumRoute.languages(ofMode: "cat-eng_US") == nil)
    #expect(ApertiumRoute.languages(ofMode: "en-eo-bytecode") == nil)
  }

  @Test func theInstallLineNamesDebianPackages() {
    #expect(
      ApertiumInstallation.installCommand(from: "fr", to: "en")
        == "apt-get install apertium apertium-fra-cat apertium-eng-cat")
    #expect(
      ApertiumInstallation.installCommand(from: "is", to: "en")
        == "apt-get install apertium apertium-isl-eng")
    #expect(ApertiumInstallation.installCommand(from: "ja", to: "en") == nil)
  }
}
