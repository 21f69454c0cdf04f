import BitextTestSupport
import Testing

@testable import BitextLexicon
@testable import BitextReview
@testable import BitextText
@testable import BitextTranslate

/// How a type reads one data file (the text and the file's path), throwing its first issue.
private typealias Parse = @Sendable (String, String) throws -> Void

/// The embedded copies of the language data (and of the review page's files) and how their type
/// parses them, by the type `Dictionaries/embedded.txt` names; no parser where the type reads
/// any text.
private let embeddedCopies: [String: (texts: [String: String], parse: Parse?)] = [
  "LanguageProfile": (LanguageProfile.embeddedData, nil),
  "LanguageCodes": (LanguageCodes.embeddedData, { _ = try LanguageCodes.parse($0, file: $1) }),
  "LemmaData": (LemmaData.embeddedData, { _ = try LemmaData.parse($0, file: $1) }),
  "FunctionWords": (FunctionWords.embeddedData, { _ = try FunctionWords.parse($0, file: $1) }),
  "EnglishInflection": (EnglishInflection.embeddedData, nil),
  "GrammarData": (GrammarData.embeddedData, { _ = try GrammarData.parse($0, file: $1) }),
  "ReviewPage": (ReviewPage.embeddedData, nil),
]

/// Every data file of a folder `Dictionaries/embedded.txt` lists equals its copy embedded in the
/// libraries, every copy has its file, and every copy parses without an issue. After editing a
/// data file, run `Dictionaries/generate-embedded.sh`.
@Test(arguments: try EmbeddedDataFolder.all())
func embeddedCopiesEqualTheDataFiles(_ folder: EmbeddedDataFolder) throws {
  let embedded = try #require(
    embeddedCopies[folder.type], "no embedded copy of \(folder) in this test's table")
  let files = try folder.files()
  #expect(!files.isEmpty, "\(folder): no data files")
  for difference in folder.differences(files: files, embedded: embedded.texts) {
    Issue.record("\(difference): run Dictionaries/generate-embedded.sh")
  }
  guard let parse = embedded.parse else { return }
  for (name, text) in embedded.texts.sorted(by: { $0.key < $1.key }) {
    #expect(throws: Never.self) { try parse(text, folder.path(of: name)) }
  }
}

/// Every data file in `Dictionaries/` is embedded: a new data folder goes into
/// `Dictionaries/embedded.txt` (and this test's table) before `generate-embedded.sh` is run.
@Test func everyDataFileIsEmbedded() throws {
  let folders = try EmbeddedDataFolder.all()
  #expect(Set(folders.map(\.type)) == Set(embeddedCopies.keys))
  #expect(try EmbeddedDataFolder.unembeddedFiles(listed: folders) == [])
}

/// The comparison names each file whose copy differs, is missing or has no file.
@Test func differencesNameTheFile() {
  let folder = EmbeddedDataFolder(
    folder: "lemmas", fileExtension: "txt", output: "LemmaData+Data.swift", type: "LemmaData")
  let files = ["de": "a", "en": "b", "fr": "c"]
  #expect(folder.differences(files: files, embedded: files) == [])
  #expect(
    folder.differences(files: files, embedded: ["de": "a", "en": "B", "it": "d"]) == [
      "Dictionaries/lemmas/en.txt differs from its copy in LemmaData+Data.swift",
      "Dictionaries/lemmas/fr.txt has no embedded copy in LemmaData+Data.swift",
      "LemmaData+Data.swift embeds 'it', which has no file Dictionaries/lemmas/it.txt",
    ])
}

/// A folder whose name holds a slash is from the repository root, and the extension `*` embeds
/// every file, keyed by its whole name.
@Test func aFolderOutsideDictionariesKeepsWholeFileNames() throws {
  let folder = EmbeddedDataFolder(
    folder: "Sources/BitextReview/Page", fileExtension: "*", output: "ReviewPage+Assets.swift",
    type: "ReviewPage")
  #expect(folder.description == "Sources/BitextReview/Page/*")
  #expect(folder.path(of: "review.js") == "Sources/BitextReview/Page/review.js")
  let files = try folder.files()
  #expect(files.keys.contains("review.html"))
  #expect(files.keys.contains("review.js"))
}
