#!/usr/bin/env bash
# Same pixels before and after a change (issue 16): compares two folders of PNGs, as `estrado export --png`
# writes them, file by file with ImageMagick (`compare -metric AE`: the number of pixels that differ).
# Prints one line per differing or missing file and a summary; exits 0 only when every file of both
# folders is there in the other and no pixel differs.
# Usage: bench/pixel-compare.sh BEFORE_DIR AFTER_DIR [DIFF_DIR]
#   DIFF_DIR (optional): where to write a highlighted difference image for each file that differs.
# To make the folders (every step of every slide of the bundled deck):
#   java -jar OLD.jar export slides --png=BEFORE_DIR --steps=all
#   java -jar target/estrado.jar export slides --png=AFTER_DIR --steps=all
set -uo pipefail
if [ $# -lt 2 ] || [ ! -d "$1" ] || [ ! -d "$2" ]; then
  echo "usage: $0 BEFORE_DIR AFTER_DIR [DIFF_DIR]" >&2
  exit 2
fi
command -v compare >/dev/null || { echo "ImageMagick's compare is missing (apt-get install imagemagick)" >&2; exit 2; }
before=$1 after=$2 diffs=${3:-}
[ -n "$diffs" ] && mkdir -p "$diffs"
files=0 differing=0 missing=0
for f in "$before"/*.png; do
  name=$(basename "$f")
  files=$((files + 1))
  if [ ! -f "$after/$name" ]; then
    echo "missing after: $name"; missing=$((missing + 1)); continue
  fi
  out=null:
  [ -n "$diffs" ] && out="$diffs/$name"
  # compare writes the metric on stderr and exits 0 when equal, 1 when the images differ, 2 on trouble
  ae=$(compare -metric AE "$f" "$after/$name" "$out" 2>&1 >/dev/null)
  rc=$?
  if [ "$rc" -ne 0 ] || [ "$ae" != "0" ]; then
    echo "differs: $name ($ae pixels)"; differing=$((differing + 1))
  elif [ -n "$diffs" ]; then
    rm -f "$out"
  fi
done
for f in "$after"/*.png; do
  [ -f "$before/$(basename "$f")" ] || { echo "new after: $(basename "$f")"; missing=$((missing + 1)); }
done
echo "$files files compared: $differing differ, $missing missing on one side"
[ "$differing" -eq 0 ] && [ "$missing" -eq 0 ]
