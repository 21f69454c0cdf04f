import Synchronization

/// Words' keys as computed once, shared by the threads that ask. The words are spread over
/// shards, each with its own lock, so that threads rarely wait for each other; a shard is
/// emptied when it reaches its share of ``capacity`` words, so that memory stays bounded on
/// endless streams.
final class KeyMemo: Sendable {
  /// The most words remembered.
  let capacity: Int
  private let shards: [Shard]

  /// A part of the table with its lock.
  private final class Shard: Sendable {
    let table = Mutex<[String: [String]]>([:])
  }

  /// Creates an empty memo of at most `capacity` words (at least one per shard).
  init(capacity: Int = 1 << 20, shards: Int = 16) {
    let shardCount = max(1, shards)
    self.capacity = max(shardCount, capacity)
    self.shards = (0..<shardCount).map { _ in Shard() }
  }

  /// The keys of `word`: remembered, or computed by `compute` and remembered.
  func keys(of word: String, compute: () -> [String]) -> [String] {
    var hasher = Hasher()
    hasher.combine(word)
    let shard = shards[Int(UInt(bitPattern: hasher.finalize()) % UInt(shards.count))]
    if let known = shard.table.withLock({ $0[word] }) { return known }
    let keys = compute()
    let shardCapacity = capacity / shards.count
    shard.table.withLock { table in
      if table.count >= shardCapacity { table.removeAll() }
      table[word] = keys
    }
    return keys
  }
}
