// BitextTranslate: work in progress.
