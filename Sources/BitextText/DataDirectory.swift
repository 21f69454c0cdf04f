import Foundation

/// Where Bitext keeps the data a user installs (lexicons, models): a folder named by an
/// environment variable, else `$XDG_DATA_HOME/bitext/<name>` (an absolute `XDG_DATA_HOME`
/// only), else `~/.local/share/bitext/<name>`.
public enum DataDirectory {
  /// The folder `name` (`lexicons`, `models`), or the value of `variable` when it is set.
  public static func path(
    _ name: String, overriddenBy variable: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    if let explicit = environment[variable], !explicit.isEmpty { return explicit }
    let dataHome: String
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      dataHome = xdg
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share").path
    }
    return URL(fileURLWithPath: dataHome).appendingPathComponent("bitext/\(name)").path
  }
}
