import Dispatch

/// Splits work over `threads` threads in contiguous chunks. What each chunk computes must not
/// depend on the split, so that results are the same whatever the number of threads.
package struct ParallelWork: Sendable {
  /// The most threads used; 1 runs everything on the calling thread.
  package let threads: Int

  /// Creates a splitter for `threads` threads (at least one).
  package init(threads: Int) {
    self.threads = max(1, threads)
  }

  /// Calls `body` on contiguous, disjoint chunks covering `range`, at most ``threads`` at a
  /// time, and returns when all are done.
  package func forEachChunk(of range: Range<Int>, _ body: (Range<Int>) -> Void) {
    let chunks = min(threads, range.count)
    if chunks <= 1 {
      if !range.isEmpty { body(range) }
      return
    }
    withoutActuallyEscaping(body) { body in
      let shared = UncheckedBox(body)
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        let lower = range.lowerBound + range.count * chunk / chunks
        let upper = range.lowerBound + range.count * (chunk + 1) / chunks
        shared.value(lower..<upper)
      }
    }
  }

  /// `body` applied to each index of `0..<count`, the calls spread over the threads.
  package func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      let results = UncheckedBox(buffer.baseAddress)
      forEachChunk(of: 0..<count) { chunk in
        for index in chunk { (results.value! + index).initialize(to: body(index)) }
      }
      initialized = count
    }
  }
}

/// A value handed to the threads of ``ParallelWork``: each thread touches only its own part.
package struct UncheckedBox<Value>: @unchecked Sendable {
  package let value: Value
  package init(_ value: Value) { self.value = value }
}
