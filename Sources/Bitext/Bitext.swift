// The umbrella module: `import Bitext` brings every pipeline stage.
@_exported import BitextAlign
@_exported import BitextCorpus
@_exported import BitextDocument
@_exported import BitextEmbed
@_exported import BitextLexicon
@_exported import BitextReview
@_exported import BitextText
@_exported import BitextTranslate
