import BitextText
import Foundation

/// The Apertium engine installed on this machine: the `apertium` program and the modes
/// (translation directions) its language pairs provide.
public struct ApertiumInstallation: Sendable, Hashable {
  /// The path of the `apertium` program.
  public var executable: String
  /// The modes `apertium -l` lists (`fra-cat`, `cat-eng`, `cat-eng_US`, …).
  public var modes: [String]

  /// Creates an installation from known parts.
  public init(executable: String, modes: [String]) {
    self.executable = executable
    self.modes = modes
  }

  /// The installation found on `PATH` (or at `executable`), or nil when there is no
  /// `apertium` program. Its modes come from `apertium -l`.
  public static func discover(executable: String? = nil) throws(TranslationError)
    -> ApertiumInstallation?
  {
    guard let program = executable ?? Subprocess.executable(named: "apertium") else {
      return nil
    }
    let listed: Subprocess.Output
    do throws(Subprocess.SpawnError) {
      listed = try Subprocess.run(program, arguments: ["-l"], timeLimit: 30)
    } catch {
      throw TranslationError("cannot run \(program): \(error)")
    }
    guard !listed.signaled, listed.status == 0 else {
      throw TranslationError(
        "\(program) -l failed (\(listed.signaled ? "signal" : "exit status") \(listed.status))")
    }
    let modes = String(decoding: listed.output, as: UTF8.self)
      .split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    return ApertiumInstallation(executable: program, modes: modes)
  }

  /// The routes this installation offers from `source` to `target` (see
  /// ``ApertiumRoute/routes(from:to:among:)``).
  public func routes(from source: String, to target: String) -> [ApertiumRoute] {
    ApertiumRoute.routes(from: source, to: target, among: modes)
  }

  /// Debian's Apertium language-pair packages (Debian 12) and the two languages of each; most
  /// translate both ways.
  static let debianPairs: [(package: String, languages: (String, String))] = [
    ("apertium-afr-nld", ("af", "nl")), ("apertium-arg-cat", ("an", "ca")),
    ("apertium-bel-rus", ("be", "ru")), ("apertium-br-fr", ("br", "fr")),
    ("apertium-cat-ita", ("ca", "it")), ("apertium-cat-srd", ("ca", "sc")),
    ("apertium-dan-nor", ("da", "no")), ("apertium-en-gl", ("en", "gl")),
    ("apertium-eng-cat", ("en", "ca")), ("apertium-eng-spa", ("en", "es")),
    ("apertium-eo-ca", ("eo", "ca")), ("apertium-eo-en", ("eo", "en")),
    ("apertium-eo-es", ("eo", "es")), ("apertium-eo-fr", ("eo", "fr")),
    ("apertium-es-gl", ("es", "gl")), ("apertium-es-pt", ("es", "pt")),
    ("apertium-es-ro", ("es", "ro")), ("apertium-eu-en", ("eu", "en")),
    ("apertium-eu-es", ("eu", "es")), ("apertium-fr-es", ("fr", "es")),
    ("apertium-fra-cat", ("fr", "ca")), ("apertium-hbs-eng", ("sh", "en")),
    ("apertium-isl-eng", ("is", "en")), ("apertium-isl-swe", ("is", "sv")),
    ("apertium-mkd-bul", ("mk", "bg")), ("apertium-mkd-eng", ("mk", "en")),
    ("apertium-nno-nob", ("nn", "nb")), ("apertium-oc-ca", ("oc", "ca")),
    ("apertium-oc-es", ("oc", "es")), ("apertium-oci-fra", ("oc", "fr")),
    ("apertium-por-cat", ("pt", "ca")), ("apertium-pt-gl", ("pt", "gl")),
    ("apertium-rus-ukr", ("ru", "uk")), ("apertium-spa-arg", ("es", "an")),
    ("apertium-spa-ast", ("es", "ast")), ("apertium-spa-cat", ("es", "ca")),
    ("apertium-spa-ita", ("es", "it")), ("apertium-swe-dan", ("sv", "da")),
    ("apertium-swe-nor", ("sv", "no")),
  ]

  /// The `apt-get install` line that gives a route from `source` to `target`: the direct pair's
  /// package when Debian has one, else the two packages of a pivot (preferred pivots first),
  /// or nil when Debian packages no way between them.
  public static func installCommand(from source: String, to target: String) -> String? {
    let source = LanguageTag.primaryLanguage(source)
    let target = LanguageTag.primaryLanguage(target)
    func package(_ a: String, _ b: String) -> String? {
      debianPairs.first {
        ($0.languages.0 == a && $0.languages.1 == b) || ($0.languages.0 == b && $0.languages.1 == a)
      }?.package
    }
    if let direct = package(source, target) {
      return "apt-get install apertium \(direct)"
    }
    let pivots = Set(debianPairs.flatMap { [$0.languages.0, $0.languages.1] })
    let ordered =
      ApertiumRoute.preferredPivots
      + pivots.subtracting(ApertiumRoute.preferredPivots).sorted()
    for pivot in ordered {
      if let first = package(source, pivot), let second = package(pivot, target) {
        return "apt-get install apertium \(first) \(second)"
      }
    }
    return nil
  }
}
