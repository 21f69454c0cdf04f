import Foundation
import Testing

/// The engine choice of `translate` and `run`, with Apertium absent or replaced by a stand-in.
@Suite struct TranslationOptionsTests {
  /// A folder holding a stand-in `apertium` (two modes, fra-cat and cat-eng; upper-cases each
  /// line; crashes on a line holding CRASH).
  func fakeApertiumFolder() throws -> URL {
    let folder = try temporaryDirectory()
    let script = folder.appendingPathComponent("apertium")
    try Data(
      """
      #!/bin/sh
      if [ "$1" = "-l" ]; then printf '  fra-cat\\n  cat-eng\\n'; exit 0; fi
      while IFS= read -r line; do
        case "$line" in *CRASH*) kill -SEGV $$ ;; esac
        printf '%s\\n' "$line" | tr 'a-z' 'A-Z'
      done

      """.utf8
    ).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return folder
  }

  @Test func apertiumMissingNamesThePackagesToInstall() throws {
    let result = try runBitext(
      ["translate", "--source-lang", "fr", "--target-lang", "en", "--engine", "apertium"],
      stdin: Data("Bonjour.\n".utf8), environment: ["PATH": "/nonexistent"])
    #expect(result.status != 0)
    #expect(
      result.stderr.contains(
        "Apertium is not installed: apt-get install apertium apertium-fra-cat apertium-eng-cat"))
    #expect(result.stdout.isEmpty)
  }

  @Test func autoFallsBackToTheGlossWithAWarning() throws {
    let folder = try temporaryDirectory()
    let lexicon = folder.appendingPathComponent("fr-en.tsv")
    try Data("chat\tcat\n".utf8).write(to: lexicon)
    let result = try runBitext(
      [
        "translate", "--source-lang", "fr", "--target-lang", "en", "--lexicon", lexicon.path,
        "--format", "jsonl",
      ], stdin: Data("le chat\n".utf8), environment: ["PATH": "/nonexistent"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("translating with the gloss translator instead"))
    #expect(result.stdout.contains(#""origin":"mt:gloss""#))
  }

  @Test func runMarksTheReconstructionAndNamesTheSentenceTheEngineFailsOn() throws {
    let apertium = try fakeApertiumFolder()
    let folder = try temporaryDirectory()
    let fr = folder.appendingPathComponent("fr.txt")
    try Data("Le chat dort.\n\nLe chien mange.".utf8).write(to: fr)
    let out = folder.appendingPathComponent("out")
    let environment = ["PATH": "\(apertium.path):/usr/bin:/bin"]
    let arguments = [
      "run", fr.path, "--source-lang", "fr", "--target-lang", "en", "--lexicon", "none",
      "--out", out.path,
    ]
    let result = try runBitext(arguments, environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("(reconstructed by mt:apertium:fr-ca-en)"))
    let jsonl = try String(
      contentsOf: out.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
    #expect(
      jsonl.contains(#""text":"LE CHAT DORT.","range":[0,13],"origin":"mt:apertium:fr-ca-en""#))
    let tmx = try String(contentsOf: out.appendingPathComponent("corpus.tmx"), encoding: .utf8)
    #expect(
      tmx.contains(#"<prop type="x-origin">mt:apertium:fr-ca-en</prop><seg>LE CHAT DORT.</seg>"#))

    try Data("Le chat dort.\n\nLe chien CRASH mange.".utf8).write(to: fr)
    let failed = folder.appendingPathComponent("failed")
    var crashing = arguments
    crashing[crashing.count - 1] = failed.path
    let crash = try runBitext(crashing, environment: environment)
    #expect(crash.status != 0)
    #expect(
      crash.stderr.contains("fr.txt: sentence 2: apertium fra-cat failed (crashed with signal 11)"))
    #expect(!FileManager.default.fileExists(atPath: failed.path))
  }
}
