import Synchronization
import Testing

@testable import BitextAlign

@Suite struct KeyMemoTests {
  @Test func eachWordIsComputedOnceUntilTheTableIsFull() {
    let memo = KeyMemo(capacity: 2, shards: 1)
    let calls = Mutex(0)
    func keys(_ word: String) -> [String] {
      memo.keys(of: word) {
        calls.withLock { $0 += 1 }
        return [word.uppercased()]
      }
    }
    #expect(keys("chat") == ["CHAT"])
    #expect(keys("chat") == ["CHAT"])
    #expect(keys("chien") == ["CHIEN"])
    #expect(calls.withLock { $0 } == 2)
    // A third word empties the full table: the first ones are computed again.
    #expect(keys("loup") == ["LOUP"])
    #expect(keys("chat") == ["CHAT"])
    #expect(calls.withLock { $0 } == 4)
  }

  @Test func shardsKeepEveryWordOfASmallVocabulary() {
    let memo = KeyMemo(capacity: 1 << 10, shards: 4)
    let calls = Mutex(0)
    let words = (0..<100).map { "mot\($0)" }
    for _ in 0..<3 {
      for word in words {
        let keys = memo.keys(of: word) {
          calls.withLock { $0 += 1 }
          return [word + "!"]
        }
        #expect(keys == [word + "!"])
      }
    }
    #expect(calls.withLock { $0 } == 100)
  }
}
