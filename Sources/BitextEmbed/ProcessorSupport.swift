import Foundation

/// Whether this processor runs the encoder's kernels, which are built for AVX2 and FMA on
/// x86-64 (any processor elsewhere).
enum ProcessorSupport {
  /// What the kernels need, for messages.
  static let requirement = "AVX2 and FMA (x86-64 from 2013 on)"

  /// Throws when the kernels cannot run here.
  static func check() throws(EmbeddingModelError) {
    #if arch(x86_64) && os(Linux)
      guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return }
      guard let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else {
        return
      }
      let names = Set(flags.split(separator: " ").map(String.init))
      guard names.contains("avx2") && names.contains("fma") else {
        throw .unsupportedProcessor(requirement: requirement)
      }
    #endif
  }
}
