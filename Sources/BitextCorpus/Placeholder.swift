// BitextCorpus: work in progress.
