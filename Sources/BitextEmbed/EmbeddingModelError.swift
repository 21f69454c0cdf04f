import BitextText

/// Why a sentence-embedding model cannot be used: not installed, a damaged installation or a
/// damaged or foreign weights file, a processor the encoder's kernels do not run on, or a failed
/// installation.
public enum EmbeddingModelError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The weights file is missing, unreadable, or not a well-formed model of the kind expected
  /// (`FileError.Problem.malformed` names the byte offset and what is wrong).
  case file(FileError)
  /// The model `name` is not in `directory`; the message names the command that installs it.
  case notInstalled(name: String, directory: String)
  /// The model `name` is in `folder` but cannot be used as it is (`reason`: no manifest, a
  /// weights file of the wrong size, a symbolic link…); the message names the command that
  /// installs it again.
  case damaged(name: String, folder: String, reason: String)
  /// The processor lacks what the encoder's kernels are built for (`requirement`).
  case unsupportedProcessor(requirement: String)
  /// Installing the model failed; `reason` says at which step and why.
  case installation(name: String, reason: String)

  public var description: String {
    switch self {
    case .file(let error):
      return error.description
    case .notInstalled(let name, let directory):
      return
        "the embedding model \(name) is not installed in \(directory); "
        + "install it with: bitext model install \(name)"
    case .damaged(let name, let folder, let reason):
      return
        "the embedding model \(name) in \(folder) is damaged (\(reason)); "
        + "install it again with: bitext model install \(name)"
    case .unsupportedProcessor(let requirement):
      return "the sentence encoder needs a processor with \(requirement)"
    case .installation(let name, let reason):
      return "cannot install the embedding model \(name): \(reason)"
    }
  }
}
