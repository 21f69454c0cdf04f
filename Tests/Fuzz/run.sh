#!/usr/bin/env bash
# Builds one libFuzzer target of Bitext and runs it on its seed corpus.
#
#   Tests/Fuzz/run.sh TARGET SECONDS [extra libFuzzer options…]
#
# TARGET is one of: text tmx tsv jsonl moses beads lexicon-tsv dictd manifest stream html docx odt
# pdf (pdf needs pdftotext, Debian poppler-utils, and runs a process per execution: slow).
# New inputs found go to .build-fuzz/corpus/TARGET (the committed seeds in corpus/TARGET are
# only read); crashes and property violations are written to .build-fuzz/artifacts/TARGET/.
# Set FUZZ_RUNS to stop after that many executions instead of after SECONDS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${1:?usage: run.sh TARGET SECONDS [libFuzzer options]}"
seconds="${2:?usage: run.sh TARGET SECONDS [libFuzzer options]}"
shift 2
cd "$here"
[ -d "corpus/$target" ] || { echo "unknown target: $target" >&2; exit 2; }
# SwiftPM gives each executable its own main, which starts libFuzzer with LLVMFuzzerRunDriver
# (see Sources/FuzzSupport), so no -parse-as-library is needed.
swift build -c release --product "fuzz-$target" --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address >&2
binary="$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/fuzz-$target"
work=".build-fuzz/corpus/$target"
artifacts=".build-fuzz/artifacts/$target"
mkdir -p "$work" "$artifacts"
options=(-max_total_time="$seconds" -artifact_prefix="$artifacts/" -print_final_stats=1
  -rss_limit_mb=4096 -timeout=20)
[ -n "${FUZZ_RUNS:-}" ] && options+=(-runs="$FUZZ_RUNS")
[ -f "dict/$target.dict" ] && options+=(-dict="dict/$target.dict")
# Swift's own crash backtracer is slow and not needed: libFuzzer prints the stack.
export SWIFT_BACKTRACE=enable=no
exec "$binary" "${options[@]}" "$@" "$work" "corpus/$target"
