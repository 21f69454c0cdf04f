/// Renders the progress of a long run: a bar for terminals, plain lines for logs.
///
/// A reporter is a value: it holds the totals and formats what it is given; the caller owns
/// the clock and the output.
public struct ProgressReporter: Sendable, Hashable {
  /// How progress is shown.
  public enum Style: Sendable, Hashable {
    /// A bar redrawn in place (`\r`), for a terminal.
    case bar
    /// One line per report, for logs and pipes.
    case lines
    /// Nothing.
    case quiet
  }

  /// The style.
  public var style: Style
  /// The number of items to do.
  public var total: Int
  /// What the items are, in the plural (`"pairs"`, `"sentences"`).
  public var unit: String
  /// The width of the bar in characters.
  public var barWidth: Int

  /// Creates a reporter for `total` items.
  public init(style: Style, total: Int, unit: String = "pairs", barWidth: Int = 30) {
    self.style = style
    self.total = total
    self.unit = unit
    self.barWidth = barWidth
  }

  /// The text to write when `done` items (of which `failed` failed) are finished after
  /// `elapsed` seconds, or nil for the quiet style. Bars start with `\r` and have no newline;
  /// lines end with one.
  public func render(done: Int, failed: Int, elapsed: Double) -> String? {
    let rate = elapsed > 0 ? Double(done) / elapsed : 0
    let remaining = max(0, total - done)
    let eta = rate > 0 ? Self.duration(Double(remaining) / rate) : "?"
    let failures = failed > 0 ? ", \(failed) failed" : ""
    let rateText = Self.fixed(rate, digits: 1)
    switch style {
    case .quiet:
      return nil
    case .lines:
      let percent = total > 0 ? done * 100 / total : 100
      return
        "\(done)/\(total) \(unit) (\(percent)%)\(failures), \(rateText) \(unit)/s, ETA \(eta), elapsed \(Self.duration(elapsed))\n"
    case .bar:
      let filled = total > 0 ? min(barWidth, done * barWidth / total) : barWidth
      let bar =
        String(repeating: "#", count: filled)
        + String(repeating: "-", count: barWidth - filled)
      // Trailing spaces wipe what a longer previous bar left.
      return "\r[\(bar)] \(done)/\(total)\(failures) \(rateText)/s ETA \(eta)   "
    }
  }

  /// A duration as `1h02m03s`, `2m03s` or `3s`.
  public static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "?" }
    let whole = Int(seconds.rounded())
    let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
    if hours > 0 { return "\(hours)h\(pad(minutes))m\(pad(secs))s" }
    if minutes > 0 { return "\(minutes)m\(pad(secs))s" }
    return "\(secs)s"
  }

  /// `value` with `digits` digits after the point, without Foundation.
  static func fixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "?" }
    var scale = 1
    for _ in 0..<digits { scale *= 10 }
    let scaled = Int((value * Double(scale)).rounded())
    let integer = scaled / scale
    let fraction = String(scaled % scale)
    return digits == 0
      ? "\(integer)"
      : "\(integer)." + String(repeating: "0", count: digits - fraction.count) + fraction
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
