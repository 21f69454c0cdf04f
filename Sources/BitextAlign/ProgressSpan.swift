/// A part of a long computation's progress: shares of the part's own work, in [0, 1], are
/// mapped into the span `lower...upper` of the whole and passed to the handler, if any.
struct ProgressSpan {
  /// Receives the share of the whole work done.
  let handler: ((Double) -> Void)?
  /// Where the part starts in the whole.
  var lower = 0.0
  /// Where the part ends in the whole.
  var upper = 1.0

  /// Reports that `share` of this part is done.
  func callAsFunction(_ share: Double) {
    handler?(lower + (upper - lower) * min(max(share, 0), 1))
  }

  /// The sub-part from `start` to `end` of this part (both shares of this part).
  func scaled(from start: Double, to end: Double) -> ProgressSpan {
    ProgressSpan(
      handler: handler, lower: lower + (upper - lower) * start,
      upper: lower + (upper - lower) * end)
  }
}
