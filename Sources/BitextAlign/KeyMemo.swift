import Synchronization

/// Words' keys as computed once, shared by the threads that ask. The table is emptied when it
/// reaches ``capacity`` words, so that memory stays bounded on endless streams.
final class KeyMemo: Sendable {
  /// The most words remembered.
  let capacity: Int
  private let table = Mutex<[String: [String]]>([:])

  /// Creates an empty memo of at most `capacity` words.
  init(capacity: Int = 1 << 20) {
    self.capacity = max(1, capacity)
  }

  /// The keys of `word`: remembered, or computed by `compute` and remembered.
  func keys(of word: String, compute: () -> [String]) -> [String] {
    if let known = table.withLock({ $0[word] }) { return known }
    let keys = compute()
    table.withLock { table in
      if table.count >= capacity { table.removeAll() }
      table[word] = keys
    }
    return keys
  }
}
