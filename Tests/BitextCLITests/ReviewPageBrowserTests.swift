import BitextTestSupport
import Foundation
import Testing

/// The review page in a real browser: `Tests/Browser/review_page_browser.py` writes the sample's
/// page with the built `bitext`, opens it in headless Chromium (Selenium, through
/// chromium-driver) and works it as a reviewer does — counts, search, merge, check, keyboard
/// navigation, flag filters, export — then re-aligns with the exported corrections.
///
/// It needs Debian's `chromium` and `chromium-driver` and the venv `.venv-test/` that
/// `Tests/Browser/setup.sh` makes. Without them the test is skipped, saying what is missing;
/// under CI (`CI` set), where `.ci/run` installs them, it fails instead.
@Suite struct ReviewPageBrowserTests {
  /// The browser test's folder.
  static let folder = TestFiles.repository.appendingPathComponent("Tests/Browser")

  /// The venv's Python.
  static let python = TestFiles.repository.appendingPathComponent(".venv-test/bin/python")

  /// What the browser test needs and cannot find, in words; empty when all is there.
  static let missing: [String] = {
    var missing: [String] = []
    let environment = ProcessInfo.processInfo.environment
    func found(_ variable: String, _ names: [String]) -> Bool {
      if let given = environment[variable], !given.isEmpty {
        return FileManager.default.isExecutableFile(atPath: given)
      }
      let path = environment["PATH"] ?? "/usr/bin:/bin"
      return names.contains { name in
        path.split(separator: ":").contains {
          FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
      }
    }
    if !found("BITEXT_CHROMIUM", ["chromium", "chromium-browser"]) {
      missing.append("chromium")
    }
    if !found("BITEXT_CHROMEDRIVER", ["chromedriver"]) { missing.append("chromium-driver") }
    // setup.sh copies requirements.txt into the venv once every package is installed.
    let requirements = folder.appendingPathComponent("requirements.txt")
    let installed = TestFiles.repository.appendingPathComponent(".venv-test/requirements.txt")
    if !FileManager.default.isExecutableFile(atPath: python.path)
      || FileManager.default.contents(atPath: requirements.path)
        != FileManager.default.contents(atPath: installed.path)
    {
      missing.append("the venv .venv-test/ with Selenium (missing or out of date)")
    }
    return missing
  }()

  /// Whether this is a CI run, where a missing browser is a failure rather than a skip.
  static let underCI = !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty

  static let setupAdvice =
    "run Tests/Browser/setup.sh (apt-get installs chromium and chromium-driver, pip installs Selenium into .venv-test/)"

  @Test(
    .enabled(
      if: missing.isEmpty || underCI,
      "needs \(missing.joined(separator: ", ")): \(setupAdvice)"),
    .timeLimit(.minutes(10)))
  func aReviewerWorksTheSamplePageInChromium() throws {
    guard Self.missing.isEmpty else {
      Issue.record(
        "CI is set but the browser test cannot run: missing \(Self.missing.joined(separator: ", ")); \(Self.setupAdvice)"
      )
      return
    }
    let work = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: work) }
    let result = try runPython(
      [
        Self.folder.appendingPathComponent("review_page_browser.py").path,
        "--bitext", bitextExecutable().path, "--work", work.path,
      ], in: work)
    let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
    // One issue per failed check, with its reason (up to the next check or the closing
    // "N passed, N failed").
    for (offset, line) in lines.enumerated() where line.hasPrefix("FAIL ") {
      let detail = lines[(offset + 1)...].prefix {
        !$0.hasPrefix("PASS ") && !$0.hasPrefix("FAIL ") && !$0.contains(" passed, ")
      }
      let reason = ([line.dropFirst(5)] + detail).joined(separator: "\n")
      Issue.record(Comment(rawValue: reason.trimmingCharacters(in: .whitespacesAndNewlines)))
    }
    #expect(result.status == 0, "exit status \(result.status)\n\(result.output)\n\(result.errors)")
    if result.status == 0 {
      // Every check ran (the script's checks() lists 13).
      let passed = lines.filter { $0.hasPrefix("PASS ") }.count
      #expect(passed >= 13, "only \(passed) checks ran:\n\(result.output)")
    }
  }

  /// Runs the venv's Python; its standard output and error, and its status.
  func runPython(_ arguments: [String], in folder: URL) throws -> (
    output: String, errors: String, status: Int32
  ) {
    let result = try TestProcess.run(Self.python, arguments, in: folder)
    return (result.output, result.errors, result.status)
  }

}
