import Testing

@testable import Bitext

@Suite struct ProgressReporterTests {
  @Test func barShowsCountRateAndETA() throws {
    let reporter = ProgressReporter(style: .bar, total: 100, barWidth: 10)
    let text = try #require(reporter.render(done: 50, failed: 0, elapsed: 10))
    #expect(text.hasPrefix("\r[#####-----] 50/100 "))
    #expect(text.contains("5.0/s"))
    #expect(text.contains("ETA 10s"))
    #expect(!text.contains("\n"))
  }

  @Test func linesEndWithNewlineAndCountFailures() throws {
    let reporter = ProgressReporter(style: .lines, total: 4)
    let text = try #require(reporter.render(done: 1, failed: 1, elapsed: 0))
    #expect(text.hasPrefix("1/4 pairs (25%), 1 failed"))
    #expect(text.contains("ETA ?"))
    #expect(text.hasSuffix("\n"))
  }

  @Test func linesNameTheirUnit() throws {
    let reporter = ProgressReporter(style: .lines, total: 2000, unit: "sentences")
    let text = try #require(reporter.render(done: 500, failed: 0, elapsed: 2))
    #expect(text.hasPrefix("500/2000 sentences (25%), 250.0 sentences/s, ETA 6s"))
  }

  @Test func quietRendersNothing() {
    #expect(ProgressReporter(style: .quiet, total: 3).render(done: 1, failed: 0, elapsed: 1) == nil)
  }

  @Test func durations() {
    #expect(ProgressReporter.duration(59.6) == "1m00s")
    #expect(ProgressReporter.duration(3723) == "1h02m03s")
    #expect(ProgressReporter.duration(.infinity) == "?")
    #expect(ProgressReporter.fixed(2.05, digits: 2) == "2.05")
  }
}
