import ArgumentParser
import Bitext
import Foundation

/// Reading documents: extraction throughput (MB/s of input) and peak memory per format, on the
/// sample article rendered as a text, a web page, and Word, OpenDocument and PDF files (the
/// office and PDF files converted from the page by LibreOffice, when it is installed).
struct DocumentBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "documents",
    abstract: "Extraction throughput and peak memory per input format.")

  @Option(help: "The sample documents (fr.html from Corpora/lukashenko-2022/documents).")
  var sample = "Corpora/lukashenko-2022/documents"

  @Option(help: "Size of the generated text and web page, in MB.")
  var megabytes = 20

  @Option(help: "Size of the page LibreOffice converts to DOCX, ODT and PDF, in MB.")
  var officeMegabytes = 2

  @Option(help: .hidden)
  var read: String?

  func run() throws {
    if let read { return try child(read) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-documents-\(ProcessInfo.processInfo.processIdentifier)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = try String(
      contentsOfFile: URL(fileURLWithPath: sample).appendingPathComponent("fr.html").path,
      encoding: .utf8)
    let text = try String(
      contentsOfFile: URL(fileURLWithPath: sample).deletingLastPathComponent()
        .appendingPathComponent("fr.txt").path, encoding: .utf8)
    let html = folder.appendingPathComponent("article.html")
    try Self.page(page, megabytes: megabytes).write(to: html, atomically: true, encoding: .utf8)
    let txt = folder.appendingPathComponent("article.txt")
    try Self.repeated(text + "\n\n", megabytes: megabytes).write(
      to: txt, atomically: true, encoding: .utf8)
    var files = [txt, html]
    if let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: {
      FileManager.default.isExecutableFile(atPath: $0)
    }) {
      let small = folder.appendingPathComponent("office.html")
      try Self.page(page, megabytes: officeMegabytes).write(
        to: small, atomically: true, encoding: .utf8)
      for format in ["docx", "odt", "pdf"] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = [
          "-env:UserInstallation=file://\(folder.path)/profile", "--headless",
          "--infilter=HTML (StarWriter)", "--convert-to", format, "--outdir", folder.path,
          small.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        files.append(folder.appendingPathComponent("office.\(format)"))
      }
    } else {
      print("(LibreOffice not installed: no DOCX, ODT or PDF rows)")
    }
    print("Reading documents (one child process per file: read = extraction into blocks;")
    print("segment = normalization and segmentation of the blocks; peak RSS of the whole child)")
    print(
      "| format | input MB | text MB | blocks | sentences | read s | input MB/s | text MB/s | segment s | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    for file in files where FileManager.default.fileExists(atPath: file.path) {
      let process = Process()
      process.executableURL = executable
      process.arguments = ["documents", "--read", file.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let data = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let line = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
      print(process.terminationStatus == 0 ? line : "| \(file.lastPathComponent) | failed |")
    }
  }

  /// Child mode: reads, then segments one file, and prints its row.
  private func child(_ path: String) throws {
    let clock = ContinuousClock()
    let size = Double(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0)
    let start = clock.now
    let document = try DocumentReader().read(path)
    let read = clock.now
    let text = try document.textDocument(segmenter: SentenceSegmenter(language: "fr"))
    let end = clock.now
    func seconds(_ duration: Duration) -> Double {
      Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
    let megabytes = size / 1_000_000
    let textMegabytes = Double(document.blocks.reduce(0) { $0 + $1.text.utf8.count }) / 1_000_000
    print(
      String(
        format: "| %@ | %.2f | %.2f | %d | %d | %.2f | %.1f | %.1f | %.2f | %d |",
        document.format.rawValue, megabytes, textMegabytes, text.blocks.count,
        text.sentences.count, seconds(read - start), megabytes / max(seconds(read - start), 1e-9),
        textMegabytes / max(seconds(read - start), 1e-9), seconds(end - read),
        PeakMemory.megabytes()))
  }

  /// The page with its article repeated to about `megabytes` MB.
  static func page(_ page: String, megabytes: Int) -> String {
    guard let start = page.range(of: "<article>"), let end = page.range(of: "</article>") else {
      return repeated(page, megabytes: megabytes)
    }
    let article = String(page[start.upperBound..<end.lowerBound])
    return String(page[..<start.upperBound]) + repeated(article, megabytes: megabytes)
      + String(page[end.lowerBound...])
  }

  static func repeated(_ text: String, megabytes: Int) -> String {
    let count = max(1, megabytes * 1_000_000 / max(text.utf8.count, 1))
    return String(repeating: text, count: count)
  }
}
