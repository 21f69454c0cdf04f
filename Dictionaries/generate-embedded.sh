#!/bin/sh
# Regenerates the Swift files that embed the data folders listed in Dictionaries/embedded.txt:
# each data file becomes one raw string of the type's `embeddedData`, keyed by its name without
# the extension, keys in byte order. Run it after editing a data file (tests check they agree).
set -eu
cd "$(dirname "$0")/.."
export LC_ALL=C
tab=$(printf '\t')
grep -v '^#' Dictionaries/embedded.txt | grep -v '^$' |
  while IFS="$tab" read -r folder extension output type doc; do
    for file in "Dictionaries/$folder"/*."$extension"; do
      if grep -n -e '"""#' -e '\\#' "$file" >&2; then
        echo "$file: these lines would end or escape the Swift raw string" >&2
        exit 1
      fi
    done
    tmp="$output.tmp.$$"
    {
      echo "// swift-format-ignore-file"
      echo "// Generated from Dictionaries/$folder/*.$extension by Dictionaries/generate-embedded.sh."
      echo "// Do not edit: edit the data files and run the script (a test checks they agree)."
      echo ""
      echo "extension $type {"
      echo "  /// $doc"
      echo "  static let embeddedData: [String: String] = ["
      for file in "Dictionaries/$folder"/*."$extension"; do
        echo "    \"$(basename "$file" ".$extension")\": #\"\"\""
        cat "$file"
        echo ""
        echo "\"\"\"#,"
      done
      echo "  ]"
      echo "}"
    } > "$tmp"
    mv "$tmp" "$output"
  done
