// swift-tools-version: 6.0
// libFuzzer targets for Bitext's readers. A separate package so that the main `swift build`
// and `swift test` are unaffected; build and run one target with `./run.sh TARGET SECONDS`.
import PackageDescription

let targets = [
  "text", "tmx", "tsv", "jsonl", "moses", "beads", "lexicon-tsv", "dictd", "manifest", "stream",
  "html", "docx", "odt",
]

let package = Package(
  name: "BitextFuzz",
  dependencies: [.package(name: "Bitext", path: "../..")],
  targets: [
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzSupport",
      dependencies: ["CFuzzer", .product(name: "Bitext", package: "Bitext")]),
  ]
    + targets.map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["FuzzSupport", .product(name: "Bitext", package: "Bitext")],
        path: "Sources/fuzz-\(name)")
    }
)
