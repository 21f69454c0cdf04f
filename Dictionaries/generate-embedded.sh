#!/bin/sh
# Regenerates the Swift files that embed the data folders listed in Dictionaries/embedded.txt:
# each data file becomes one raw string of the type's `embeddedData`, keyed by its name without
# the extension (with extension `*`: every file of the folder but README.md, keyed by its whole
# name), keys in byte order. A folder is under Dictionaries/, or from the repository root when its
# name holds a slash (Sources/BitextReview/Page). Run it after editing a data file (tests check
# they agree).
set -eu
cd "$(dirname "$0")/.."
export LC_ALL=C
tab=$(printf '\t')
grep -v '^#' Dictionaries/embedded.txt | grep -v '^$' |
  while IFS="$tab" read -r folder extension output type doc; do
    case "$folder" in
      */*) directory="$folder" ;;
      *) directory="Dictionaries/$folder" ;;
    esac
    if [ "$extension" = "*" ]; then
      files=$(ls "$directory" | grep -v '^README\.md$' | sed "s|^|$directory/|")
      pattern="$directory/*"
    else
      files=$(ls "$directory" | grep "\.$extension\$" | sed "s|^|$directory/|")
      pattern="$directory/*.$extension"
    fi
    for file in $files; do
      if grep -n -e '"""#' -e '\\#' "$file" >&2; then
        echo "$file: these lines would end or escape the Swift raw string" >&2
        exit 1
      fi
    done
    tmp="$output.tmp.$$"
    {
      echo "// swift-format-ignore-file"
      echo "// Generated from $pattern by Dictionaries/generate-embedded.sh."
      echo "// Do not edit: edit the data files and run the script (a test checks they agree)."
      echo ""
      echo "extension $type {"
      echo "  /// $doc"
      echo "  static let embeddedData: [String: String] = ["
      for file in $files; do
        if [ "$extension" = "*" ]; then
          key=$(basename "$file")
        else
          key=$(basename "$file" ".$extension")
        fi
        echo "    \"$key\": #\"\"\""
        cat "$file"
        echo ""
        echo "\"\"\"#,"
      done
      echo "  ]"
      echo "}"
    } > "$tmp"
    mv "$tmp" "$output"
  done
