import BitextText
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the blocks of a PDF document through Poppler's `pdftotext` (Debian `poppler-utils`),
/// run as a subprocess.
///
/// The PDF's bytes go to `pdftotext` in a private temporary file (see ``temporaryFile(_:)``),
/// removed right after. Poppler 22.12 reads standard input with `-`, but a damaged file given
/// that way can make it loop for ever (one found by fuzzing takes 0.01 s as a file and never
/// ends from a pipe), so a pipe is not used. `pdftotext -tsv` is used: it gives
/// Poppler's default reading order — each column (flow) whole before the next, which
/// `-layout` would interleave line by line on a two-column page — with every word's box and
/// the lines' hyphens as they are printed (plain default mode joins hyphenated lines and
/// drops every hyphen, `Jean-Paul` included). ``PDFTextLayout`` then drops running headers,
/// footers and page numbers, cuts paragraphs and undoes hyphenation.
enum PDFReader {
  /// The blocks of a document given as the file's bytes; `path` names it in errors.
  static func blocks(_ bytes: [UInt8], path: String, options: DocumentReadOptions) throws(FileError)
    -> [DocumentBlock]
  {
    let layout = try layout(bytes, path: path)
    guard layout.pageCount > 0 else {
      throw FileError(path: path, .malformed(location: "", reason: "the PDF has no pages"))
    }
    guard layout.hasText else {
      throw FileError(
        path: path,
        .malformed(
          location: "", reason: "no text layer (a scanned PDF?): run OCR first, e.g. ocrmypdf"))
    }
    return layout.blocks()
  }

  /// The message when `pdftotext` cannot be found.
  static let missingTool =
    "pdftotext (poppler-utils) is needed to read PDF files: apt-get install poppler-utils"

  /// The lines of the document, as `pdftotext -tsv` lays them out.
  static func layout(_ bytes: [UInt8], path: String) throws(FileError) -> PDFTextLayout {
    guard let tool = executable(named: "pdftotext") else {
      throw FileError(path: path, .malformed(location: "", reason: missingTool))
    }
    let file: String
    do throws(SpawnError) { file = try temporaryFile(bytes) } catch {
      throw FileError(
        path: path, .unreadable("cannot write a temporary copy for pdftotext: \(error)"))
    }
    defer { unlink(file) }
    let result: Output
    do throws(SpawnError) {
      result = try run(
        tool, arguments: ["-tsv", "-enc", "UTF-8", "-eol", "unix", file, "-"],
        timeLimit: timeLimit(bytes.count))
    } catch {
      throw FileError(path: path, .malformed(location: "", reason: "cannot run \(tool): \(error)"))
    }
    if result.timedOut {
      throw FileError(
        path: path,
        .malformed(
          location: "",
          reason: "pdftotext did not finish within \(Int(timeLimit(bytes.count))) seconds "
            + "(a damaged PDF?)"))
    }
    let messages = String(decoding: result.error, as: UTF8.self)
    if let problem = problem(status: result.status, signaled: result.signaled, messages: messages) {
      throw FileError(path: path, .malformed(location: "", reason: problem))
    }
    return PDFTextLayout.parse(tsv: String(decoding: result.output, as: UTF8.self))
  }

  /// How long `pdftotext` may take on a PDF of `size` bytes: 60 seconds, and 10 more for
  /// each MiB over 6 (it reads some MB/s; a damaged file can make it loop).
  static func timeLimit(_ size: Int) -> Double {
    max(60, 10 * Double(size) / Double(1 << 20))
  }

  /// What went wrong, from `pdftotext`'s exit status and messages, or nil when it succeeded.
  ///
  /// Poppler's exit codes: 0 success, 1 the file cannot be opened (an encrypted one says
  /// `Incorrect password`), 2 the output cannot be written, 3 the owner's permissions forbid
  /// copying, 99 anything else (a document of zero pages gives `Invalid page count 0`).
  static func problem(status: Int32, signaled: Bool, messages: String) -> String? {
    let lines = messages.split(whereSeparator: \.isNewline).map {
      String($0).trimmingCharacters(in: .whitespaces)
    }
    var seen = Set<String>()
    let unique = lines.filter { !$0.isEmpty && seen.insert($0).inserted }
    let summary = unique.prefix(3).joined(separator: "; ")
    if signaled {
      return "pdftotext crashed on this PDF (signal \(status))"
        + (summary.isEmpty ? "" : ": \(summary)")
    }
    if status == 0 { return nil }
    if messages.contains("Incorrect password") || status == 3 {
      return "encrypted PDF: remove the password first (e.g. qpdf --decrypt)"
    }
    if messages.contains("Invalid page count 0") || messages.contains("Wrong page range") {
      return "the PDF has no pages"
    }
    if status == 1 {
      return "damaged PDF, pdftotext cannot open it"
        + (summary.isEmpty ? "" : ": \(summary)")
    }
    return "pdftotext failed (exit status \(status))" + (summary.isEmpty ? "" : ": \(summary)")
  }

  /// Writes `bytes` to a new file in the system's temporary folder (`TMPDIR`, else `/tmp`)
  /// and returns its path. `mkstemp` creates the file itself, readable by its owner only, and
  /// never through a symbolic link (it fails if the name exists); the caller removes it.
  static func temporaryFile(_ bytes: [UInt8]) throws(SpawnError) -> String {
    var folder = ProcessInfo.processInfo.environment["TMPDIR"] ?? ""
    if folder.isEmpty { folder = "/tmp" }
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    var template = Array((folder + "/bitext-pdf-XXXXXX").utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw SpawnError(description: "\(folder): \(String(cString: strerror(errno)))")
    }
    let file = String(cString: template.map { UInt8(bitPattern: $0) })
    let failure: Int32? = bytes.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    close(descriptor)
    if let failure {
      unlink(file)
      throw SpawnError(description: "\(file): \(String(cString: strerror(failure)))")
    }
    return file
  }

  /// The path of an executable named `name` in a folder of `PATH`, or nil.
  static func executable(named name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/\(name)"
      var info = stat()
      if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
        access(candidate, X_OK) == 0
      {
        return candidate
      }
    }
    return nil
  }

  /// What a subprocess wrote and how it ended.
  struct Output {
    /// Its standard output.
    var output: Data
    /// Its standard error.
    var error: Data
    /// Its exit status, or the signal that ended it.
    var status: Int32
    /// Whether a signal ended it.
    var signaled: Bool
    /// Whether it was killed for running longer than its time limit.
    var timedOut = false
  }

  /// Why a subprocess could not be started.
  struct SpawnError: Error, CustomStringConvertible {
    /// The system's reason.
    var description: String
  }

  /// Runs `executable` with `arguments` through `posix_spawn` (with the default signal mask
  /// and dispositions, standard input `/dev/null`), reading its standard output and error
  /// together with `poll`, so that neither pipe fills up and blocks the process. A process
  /// still running after `timeLimit` seconds is killed (`SIGKILL`). No thread is started.
  static func run(_ executable: String, arguments: [String], timeLimit: Double = 600)
    throws(SpawnError) -> Output
  {
    // Each pipe is [read end, write end], closed on exec (`pipe2` is not visible from Swift, so
    // the flag is set right after); the child's ends are duplicated onto its descriptors 1 and
    // 2, which clears that flag for them.
    var pipes: [[Int32]] = []
    for _ in 0..<2 {
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else {
        let reason = String(cString: strerror(errno))
        for ends in pipes { for end in ends { close(end) } }
        throw SpawnError(description: "cannot create a pipe: \(reason)")
      }
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      pipes.append(ends)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipes[0][1], 1)
    posix_spawn_file_actions_adddup2(&actions, pipes[1][1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var pipeSignal = sigset_t()
    sigemptyset(&pipeSignal)
    sigaddset(&pipeSignal, SIGPIPE)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &pipeSignal)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK) | Int16(POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var child: pid_t = 0
    let spawned = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
    close(pipes[0][1])
    close(pipes[1][1])
    guard spawned == 0 else {
      close(pipes[0][0])
      close(pipes[1][0])
      throw SpawnError(description: String(cString: strerror(spawned)))
    }
    var collected = [Data(), Data()]
    var open = [pipes[0][0], pipes[1][0]]
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(timeLimit, 0) * 1e9)
    var timedOut = false
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while open.contains(where: { $0 >= 0 }) {
      let now = DispatchTime.now().uptimeNanoseconds
      guard now < deadline else {
        timedOut = true
        kill(child, SIGKILL)
        break
      }
      var watched = open.filter { $0 >= 0 }.map {
        pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
      }
      let wait = Int32(min((deadline - now) / 1_000_000 + 1, 60_000))
      let ready = poll(&watched, nfds_t(watched.count), wait)
      if ready < 0, errno != EINTR { break }
      for entry in watched where entry.revents != 0 {
        let index = open.firstIndex(of: entry.fd)!
        let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress!, $0.count) }
        if count > 0 {
          collected[index].append(contentsOf: buffer[..<count])
        } else if count == 0 || errno != EINTR {
          close(entry.fd)
          open[index] = -1
        }
      }
    }
    for descriptor in open where descriptor >= 0 { close(descriptor) }
    var status: Int32 = 0
    while waitpid(child, &status, 0) < 0, errno == EINTR {}
    // The wait status: the low 7 bits are the signal that ended the process, or 0 when it
    // exited, with its exit code in the next 8 bits.
    let signal = status & 0x7F
    return Output(
      output: collected[0], error: collected[1],
      status: signal == 0 ? (status >> 8) & 0xFF : signal, signaled: signal != 0,
      timedOut: timedOut)
  }
}
