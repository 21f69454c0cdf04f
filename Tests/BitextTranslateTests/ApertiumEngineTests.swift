import Foundation
import Testing

@testable import BitextTranslate

/// A stand-in for `apertium`: lists two modes, "translates" by upper-casing each line, marks
/// words written `?word` as unknown (`*word`), and crashes, hangs, loses a line or drops the
/// placeholders of a line on request.
func fakeApertium() throws -> (folder: URL, executable: String) {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "bitext-fake-apertium-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let script = folder.appendingPathComponent("apertium")
  try Data(
    """
    #!/bin/sh
    if [ "$1" = "-l" ]; then printf '  fra-cat\\n  cat-eng\\n  cat-eng_US\\n'; exit 0; fi
    while IFS= read -r line; do
      case "$line" in
        *CRASH*) kill -SEGV $$ ;;
        *HANG*) exec sleep 30 ;;
        *DROP*) continue ;;
        *perdu*) printf '%s\\n' "$line" | sed 's/[Zz]qx[a-z]*//g'; continue ;;
      esac
      printf '%s\\n' "$line" | tr 'a-z?' 'A-Z*'
    done

    """.utf8
  ).write(to: script)
  try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
  return (folder, script.path)
}

@Suite struct ApertiumEngineTests {
  let route = ApertiumRoute(modes: ["fra-cat", "cat-eng"], languages: ["fr", "ca", "en"])

  @Test func oneOutputLinePerInputLineEmptyLinesKept() throws {
    let (folder, executable) = try fakeApertium()
    defer { try? FileManager.default.removeItem(at: folder) }
    let engine = ApertiumEngine(executable: executable)
    let lines = ["un", "", "  ", "deux ?trois", "!!!", String(repeating: "long ", count: 5000)]
    let output = try engine.translate(lines, route: route)
    #expect(output.count == lines.count)
    #expect(output[0] == "UN")
    #expect(output[1] == "" && output[2] == "")
    #expect(output[3] == "DEUX *TROIS")
    #expect(output[4] == "!!!")
    #expect(output[5].hasPrefix("LONG LONG"))
  }

  @Test func discoveryListsTheModes() throws {
    let (folder, executable) = try fakeApertium()
    defer { try? FileManager.default.removeItem(at: folder) }
    let installation = try #require(try ApertiumInstallation.discover(executable: executable))
    #expect(installation.modes == ["fra-cat", "cat-eng", "cat-eng_US"])
    #expect(installation.routes(from: "fr", to: "en").map(\.description) == ["fr-ca-en"])
  }

  @Test(arguments: [
    ("CRASH", "crashed with signal 11"), ("HANG", "no answer within"), ("DROP", "lines out for"),
  ])
  func aFailingLineIsNamed(trigger: String, reason: String) throws {
    let (folder, executable) = try fakeApertium()
    defer { try? FileManager.default.removeItem(at: folder) }
    let engine = ApertiumEngine(
      executable: executable, timeLimit: .init(base: 1, perLine: 0.01))
    let lines = ["un", "deux", "", "trois", "quatre \(trigger) ici", "cinq", "six"]
    let error = #expect(throws: TranslationError.self) {
      try engine.translate(lines, route: route)
    }
    #expect(error?.line == 4)
    #expect(error?.message.contains(reason) == true, "\(String(describing: error))")
    #expect(error?.message.contains("quatre \(trigger) ici") == true)
    #expect(error?.description.hasPrefix("line 5: apertium fra-cat failed") == true)
  }
}
