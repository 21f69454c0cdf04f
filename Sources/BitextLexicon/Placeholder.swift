// BitextLexicon: work in progress.
