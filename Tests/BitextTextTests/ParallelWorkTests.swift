import Synchronization
import Testing

@testable import BitextText

@Suite struct ParallelWorkTests {
  @Test(arguments: [1, 2, 3, 8])
  func chunksCoverTheRangeOnceAndMapKeepsOrder(threads: Int) {
    let work = ParallelWork(threads: threads)
    let seen = Mutex([Int](repeating: 0, count: 100))
    work.forEachChunk(of: 5..<105) { chunk in
      seen.withLock { counts in
        for index in chunk { counts[index - 5] += 1 }
      }
    }
    #expect(seen.withLock { $0 } == [Int](repeating: 1, count: 100))
    #expect(work.map(37) { $0 * $0 } == (0..<37).map { $0 * $0 })
  }

  @Test func emptyWorkCallsNothing() {
    let calls = Mutex(0)
    ParallelWork(threads: 2).forEachChunk(of: 3..<3) { _ in calls.withLock { $0 += 1 } }
    #expect(calls.withLock { $0 } == 0)
    #expect(ParallelWork(threads: 0).threads == 1)
  }
}
