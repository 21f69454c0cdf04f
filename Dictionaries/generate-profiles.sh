#!/bin/sh
# Regenerates Sources/BitextText/LanguageProfile+Data.swift from Dictionaries/segmentation.
cd "$(dirname "$0")/.."
out=Sources/BitextText/LanguageProfile+Data.swift
{
  echo "// swift-format-ignore-file"
  echo "// Generated from Dictionaries/segmentation/*.txt by Dictionaries/generate-profiles.sh."
  echo "// Do not edit: edit the data files and run the script (a test checks they agree)."
  echo ""
  echo "extension LanguageProfile {"
  echo "  /// The text of each segmentation data file, by language code."
  echo "  static let embeddedData: [String: String] = ["
  for f in Dictionaries/segmentation/*.txt; do
    lang=$(basename "$f" .txt)
    echo "    \"$lang\": #\"\"\""
    cat "$f"
    echo ""
    echo "\"\"\"#,"
  done
  echo "  ]"
  echo "}"
} > "$out"
