import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the outside tools Bitext reads or translates with (`pdftotext`, `apertium`): a
/// subprocess started with `posix_spawn`, its input from a private temporary file, its output
/// and errors read together, and a time limit after which it is killed.
package enum Subprocess {
  /// Writes `bytes` to a new file in the system's temporary folder (`TMPDIR`, else `/tmp`)
  /// and returns its path. `mkstemp` creates the file itself, readable by its owner only, and
  /// never through a symbolic link (it fails if the name exists); the caller removes it.
  package static func temporaryFile(_ bytes: [UInt8], prefix: String = "bitext")
    throws(SpawnError) -> String
  {
    var folder = ProcessInfo.processInfo.environment["TMPDIR"] ?? ""
    if folder.isEmpty { folder = "/tmp" }
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    var template = Array((folder + "/\(prefix)-XXXXXX").utf8CString)
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
  package static func executable(named name: String) -> String? {
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
  package struct Output {
    /// Its standard output.
    package var output: Data
    /// Its standard error.
    package var error: Data
    /// Its exit status, or the signal that ended it.
    package var status: Int32
    /// Whether a signal ended it.
    package var signaled: Bool
    /// Whether it was killed for running longer than its time limit.
    package var timedOut = false
  }

  /// Why a subprocess could not be started.
  package struct SpawnError: Error, CustomStringConvertible {
    /// The system's reason.
    package var description: String
  }

  /// Runs `executable` with `arguments` through `posix_spawn` (with the default signal mask
  /// and dispositions, standard input the file `input`, else `/dev/null`), reading its standard output and error
  /// together with `poll`, so that neither pipe fills up and blocks the process. A process
  /// still running after `timeLimit` seconds is killed (`SIGKILL`). No thread is started.
  package static func run(
    _ executable: String, arguments: [String], input: String? = nil, timeLimit: Double = 600
  ) throws(SpawnError) -> Output {
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
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
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
    // A program written a moment ago can be busy ("text file busy") while another thread's
    // child still holds it open for writing; that passes within milliseconds.
    var spawned = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
    var attempts = 0
    while spawned == ETXTBSY, attempts < 50 {
      attempts += 1
      usleep(20_000)
      spawned = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
    }
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
